package dev.adfconsole.model;

/** Status of a node of a Managed runtime (spec enum {@code ManagedIntegrationRuntimeNodeStatus}). */
public enum ManagedNodeStatus implements WireEnum {
    STARTING("Starting"),
    AVAILABLE("Available"),
    RECYCLING("Recycling"),
    UNAVAILABLE("Unavailable"),
    UNKNOWN("");

    private final String wire;

    ManagedNodeStatus(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
