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
     * A token for {@code scope} that is at hand without blocking (a fixed token), or null: then the client asks
     * {@link #getToken} on a thread of its own. Saves a hand-over between threads on every call of a sweep.
     */
    default AccessToken tokenAtHand(String scope) {
        return null;
    }

    /**
     * ARM refused the last token for {@code scope} (expired mid-session, revoked): the next {@link #getToken} must
     * fetch a new one rather than hand the cached one out again. Returns whether it will; a fixed token cannot.
     */
    default boolean rejected(String scope) {
        return false;
    }
}
