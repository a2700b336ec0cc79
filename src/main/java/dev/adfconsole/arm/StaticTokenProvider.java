package dev.adfconsole.arm;

import java.time.Instant;

/** A token given from outside (a file, an environment variable, the sandbox); it is never refreshed. */
public final class StaticTokenProvider implements TokenProvider {

    private final AccessToken token;

    public StaticTokenProvider(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("The access token is empty");
        }
        this.token = new AccessToken(token.strip(), Instant.MAX);
    }

    @Override
    public AccessToken getToken(String scope) {
        return token;
    }

    @Override
    public AccessToken tokenAtHand(String scope) {
        return token;
    }

    @Override
    public String toString() {
        return "StaticTokenProvider[****]";
    }
}
