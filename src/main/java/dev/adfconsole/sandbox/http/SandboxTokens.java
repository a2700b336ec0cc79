package dev.adfconsole.sandbox.http;

import dev.adfconsole.sandbox.Json;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sandbox's token store: access and refresh tokens that it issued, with an expiry. The ARM routes accept only
 * live access tokens from here; the OAuth authority issues and refreshes them. Access tokens are shaped as Entra ID's
 * (a JWT whose payload carries {@code oid}, {@code sub}, {@code tid}, {@code aud}, {@code exp}), because clients read
 * those claims (the ARM client keys what it remembers of ARM's buckets by principal); the third part is random, so a
 * token still cannot be guessed from its claims, and nothing but this store's lookup makes it valid.
 */
public final class SandboxTokens {

    /** Who a token was issued to, and until when it is good. */
    public record Grant(String subject, String tenantId, String scope, Instant expiresOn) {
    }

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, Grant> refreshTokens = new ConcurrentHashMap<>();

    public SandboxTokens(Clock clock) {
        this.clock = clock;
    }

    public String issueAccessToken(String subject, String tenantId, String scope, Duration lifetime) {
        Instant expiresOn = clock.instant().plus(lifetime);
        String tenant = tenantId == null ? "" : tenantId;
        String who = subject == null ? "" : subject;
        String claims = Json.write(Json.object().put("aud", audience(scope))
                .put("iss", "https://sts.windows.net/" + tenant + "/").put("iat", clock.instant().getEpochSecond())
                .put("exp", expiresOn.getEpochSecond()).put("oid", who).put("sub", who).put("tid", tenant).put("ver", "1.0"));
        String token = base64Url("{\"typ\":\"JWT\",\"alg\":\"RS256\",\"kid\":\"sandbox\"}") + "." + base64Url(claims) + "."
                + base64Url(randomHex());
        accessTokens.put(token, new Grant(subject, tenantId, scope, expiresOn));
        return token;
    }

    public String issueRefreshToken(String subject, String tenantId, String scope, Duration lifetime) {
        String token = "sbx-rt-" + randomHex();
        refreshTokens.put(token, new Grant(subject, tenantId, scope, clock.instant().plus(lifetime)));
        return token;
    }

    /** The grant behind a live access token; empty when unknown or expired. */
    public Optional<Grant> validateAccessToken(String token) {
        return live(accessTokens, token);
    }

    /** The grant behind a live refresh token; empty when unknown, expired or already revoked. */
    public Optional<Grant> validateRefreshToken(String token) {
        return live(refreshTokens, token);
    }

    public void revokeRefreshToken(String token) {
        refreshTokens.remove(token);
    }

    /** Every refresh token of {@code subject} (an admin's "revoke sessions", a password reset). */
    public void revokeRefreshTokensOf(String subject) {
        refreshTokens.values().removeIf(grant -> grant.subject().equals(subject));
    }

    /** True when the token was issued here at some time, live or not (ARM says "expired" rather than "invalid"). */
    public boolean wasIssued(String token) {
        return accessTokens.containsKey(token);
    }

    private Optional<Grant> live(Map<String, Grant> store, String token) {
        if (token == null) {
            return Optional.empty();
        }
        Grant grant = store.get(token);
        if (grant == null || !grant.expiresOn().isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(grant);
    }

    /** "https://management.azure.com/.default" → "https://management.azure.com", as Entra ID puts it in {@code aud}. */
    private static String audience(String scope) {
        String first = scope == null ? "" : scope.trim().split("\\s+")[0];
        return first.endsWith("/.default") ? first.substring(0, first.length() - "/.default".length()) : first;
    }

    /** A JWT part: base64url without padding, as Entra ID writes them. */
    public static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private String randomHex() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
