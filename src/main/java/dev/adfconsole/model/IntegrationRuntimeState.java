package dev.adfconsole.model;

/** The state of an integration runtime (spec enum {@code IntegrationRuntimeState}). */
public enum IntegrationRuntimeState implements WireEnum {
    INITIAL("Initial"),
    STOPPED("Stopped"),
    STARTED("Started"),
    STARTING("Starting"),
    STOPPING("Stopping"),
    NEED_REGISTRATION("NeedRegistration"),
    ONLINE("Online"),
    LIMITED("Limited"),
    OFFLINE("Offline"),
    ACCESS_DENIED("AccessDenied"),
    UNKNOWN("");

    private final String wire;

    IntegrationRuntimeState(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
