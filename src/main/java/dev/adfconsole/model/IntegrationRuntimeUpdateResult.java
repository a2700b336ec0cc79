package dev.adfconsole.model;

/** Result of a node's last update (spec enum {@code IntegrationRuntimeUpdateResult}). */
public enum IntegrationRuntimeUpdateResult implements WireEnum {
    NONE("None"),
    SUCCEED("Succeed"),
    FAIL("Fail"),
    UNKNOWN("");

    private final String wire;

    IntegrationRuntimeUpdateResult(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
