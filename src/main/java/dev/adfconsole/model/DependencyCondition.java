package dev.adfconsole.model;

/** When an activity runs after another (spec enum {@code DependencyCondition}). */
public enum DependencyCondition implements WireEnum {
    SUCCEEDED("Succeeded"),
    FAILED("Failed"),
    SKIPPED("Skipped"),
    COMPLETED("Completed"),
    UNKNOWN("");

    private final String wire;

    DependencyCondition(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
