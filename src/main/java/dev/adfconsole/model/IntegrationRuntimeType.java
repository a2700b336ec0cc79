package dev.adfconsole.model;

/** Managed (Azure, Azure-SSIS) or SelfHosted; {@code type} of a runtime and of its status. */
public enum IntegrationRuntimeType implements WireEnum {
    MANAGED("Managed"),
    SELF_HOSTED("SelfHosted"),
    UNKNOWN("");

    private final String wire;

    IntegrationRuntimeType(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
