package dev.adfconsole.sandbox.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.adfconsole.sandbox.Json;
import dev.adfconsole.sandbox.http.SandboxTokens;
import java.time.Clock;
import java.time.Duration;

/**
 * The token endpoint's answer as Entra ID writes it. MSAL builds its account cache from {@code id_token} and
 * {@code client_info}, so both are there; the id token is unsigned (alg "none"): it identifies, it grants nothing.
 */
final class TokenResponse {

    private TokenResponse() {
    }

    /** {@code tenantId}: the tenant the tokens are for; {@code homeTenantId}: the user's own (MSAL's account key). */
    static ObjectNode issue(SandboxTokens tokens, Clock clock, String base, String tenantId, String homeTenantId,
                            SandboxUser user, String clientId, String scope, Duration lifetime) {
        String access = tokens.issueAccessToken(user.objectId(), tenantId, scope, lifetime);
        String refresh = tokens.issueRefreshToken(user.objectId(), tenantId, scope, Duration.ofDays(90));
        long now = clock.instant().getEpochSecond();
        ObjectNode claims = Json.object().put("iss", base + "/v2.0").put("aud", clientId).put("sub", user.objectId())
                .put("oid", user.objectId()).put("tid", tenantId).put("preferred_username", user.username())
                .put("name", user.displayName()).put("iat", now).put("nbf", now).put("exp", now + lifetime.toSeconds())
                .put("ver", "2.0");
        ObjectNode json = Json.object();
        json.put("token_type", "Bearer");
        json.put("scope", scope.isBlank() ? "https://management.azure.com/user_impersonation" : scope);
        json.put("expires_in", lifetime.toSeconds());
        json.put("ext_expires_in", lifetime.toSeconds());
        json.put("access_token", access);
        json.put("refresh_token", refresh);
        json.put("id_token", SandboxTokens.base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + SandboxTokens.base64Url(claims.toString()) + ".");
        json.put("client_info", SandboxTokens.base64Url("{\"uid\":\"" + user.objectId() + "\",\"utid\":\"" + homeTenantId + "\"}"));
        return json;
    }
}
