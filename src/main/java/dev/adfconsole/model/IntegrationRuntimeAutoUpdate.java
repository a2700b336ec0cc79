package dev.adfconsole.model;

/** Whether a self-hosted runtime updates itself (spec enum {@code IntegrationRuntimeAutoUpdate}). */
public enum IntegrationRuntimeAutoUpdate implements WireEnum {
    ON("On"),
    OFF("Off"),
    UNKNOWN("");

    private final String wire;

    IntegrationRuntimeAutoUpdate(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
