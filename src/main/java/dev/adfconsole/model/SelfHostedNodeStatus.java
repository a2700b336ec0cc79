package dev.adfconsole.model;

/** Status of a self-hosted node (spec enum {@code SelfHostedIntegrationRuntimeNodeStatus}). */
public enum SelfHostedNodeStatus implements WireEnum {
    NEED_REGISTRATION("NeedRegistration"),
    ONLINE("Online"),
    LIMITED("Limited"),
    OFFLINE("Offline"),
    UPGRADING("Upgrading"),
    INITIALIZING("Initializing"),
    INITIALIZE_FAILED("InitializeFailed"),
    UNKNOWN("");

    private final String wire;

    SelfHostedNodeStatus(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
