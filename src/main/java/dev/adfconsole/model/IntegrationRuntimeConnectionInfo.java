package dev.adfconsole.model;

/** Answer of {@code getConnectionInfo}; the service token is a secret and is masked in {@link #toString()}. */
public record IntegrationRuntimeConnectionInfo(String serviceToken, String identityCertThumbprint, String hostServiceUri,
                                               String version, String publicKey, Boolean isIdentityCertExprired) {

    @Override
    public String toString() {
        return "IntegrationRuntimeConnectionInfo[serviceToken=" + IntegrationRuntimeAuthKeys.mask(serviceToken)
                + ", identityCertThumbprint=" + identityCertThumbprint + ", hostServiceUri=" + hostServiceUri
                + ", version=" + version + ", isIdentityCertExprired=" + isIdentityCertExprired + "]";
    }
}
