package dev.adfconsole.arm;

/**
 * Where the client gets bearer tokens. Sign-in (MSAL) implements it; so does a fixed token for automation. It may
 * block (a refresh is a network call), so the client calls it off the caller's thread.
 */
@FunctionalInterface
public interface TokenProvider {

    /** A token valid for {@code scope}; throws {@link ArmException} of kind UNAUTHORIZED when none can be had. */
    AccessToken getToken(String scope);

    /**
     * ARM refused the last token for {@code scope} (expired mid-session, revoked): the next {@link #getToken} must
     * fetch a new one rather than hand the cached one out again. Returns whether it will; a fixed token cannot.
     */
    default boolean rejected(String scope) {
        return false;
    }
}
