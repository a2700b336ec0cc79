package dev.adfconsole.arm;

import java.time.Instant;

/** A bearer token and when it expires. {@link #toString()} never shows the token. */
public record AccessToken(String token, Instant expiresOn) {

    @Override
    public String toString() {
        return "AccessToken[token=****, expiresOn=" + expiresOn + "]";
    }
}
