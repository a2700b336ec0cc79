package dev.adfconsole.model;

/** Encryption between self-hosted nodes (spec enum {@code IntegrationRuntimeInternalChannelEncryptionMode}). */
public enum InternalChannelEncryptionMode implements WireEnum {
    NOT_SET("NotSet"),
    SSL_ENCRYPTED("SslEncrypted"),
    NOT_ENCRYPTED("NotEncrypted"),
    UNKNOWN("");

    private final String wire;

    InternalChannelEncryptionMode(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
