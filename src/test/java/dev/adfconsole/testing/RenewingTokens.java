package dev.adfconsole.testing;

import dev.adfconsole.arm.AccessToken;
import dev.adfconsole.arm.TokenProvider;
import dev.adfconsole.sandbox.SandboxServer;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tokens from the sandbox's own token store, kept until ARM refuses one, then fetched anew: what MSAL does with a
 * refresh token, without a browser. Counts how many were issued, so a test sees the renewal happen.
 */
public final class RenewingTokens {

    public final AtomicInteger issued = new AtomicInteger();

    TokenProvider on(SandboxServer sandbox) {
        return new TokenProvider() {
            private volatile AccessToken current;

            @Override
            public AccessToken getToken(String scope) {
                AccessToken token = current;
                if (token == null) {
                    issued.incrementAndGet();
                    token = new AccessToken(sandbox.issueToken(Duration.ofHours(1)), Instant.now().plus(Duration.ofHours(1)));
                    current = token;
                }
                return token;
            }

            @Override
            public boolean rejected(String scope) {
                current = null;
                return true;
            }

            @Override
            public String toString() {
                return "RenewingTokens[****]";
            }
        };
    }
}
