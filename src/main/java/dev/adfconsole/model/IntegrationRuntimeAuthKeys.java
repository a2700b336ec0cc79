package dev.adfconsole.model;

/**
 * The two keys that register self-hosted nodes. Secrets: {@link #toString()} shows the last 4 characters only, and
 * unlike the other models it keeps no raw JSON, so no JSON view can show the keys unmasked.
 */
public record IntegrationRuntimeAuthKeys(String authKey1, String authKey2) {

    /** "****abcd": enough to tell keys apart, not enough to use one. */
    public static String mask(String secret) {
        if (secret == null) {
            return null;
        }
        return secret.length() <= 8 ? "****" : "****" + secret.substring(secret.length() - 4);
    }

    @Override
    public String toString() {
        return "IntegrationRuntimeAuthKeys[authKey1=" + mask(authKey1) + ", authKey2=" + mask(authKey2) + "]";
    }
}
