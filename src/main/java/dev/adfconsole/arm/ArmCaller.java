package dev.adfconsole.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Whose buckets a connection's calls draw on: ARM keeps them per principal, so what one client learns of them may be
 * used by another only for the same endpoint, tenant and principal. The principal is read from the token's claims
 * ({@code oid}, else {@code sub}, and {@code tid}) when the token is a JWT, as Entra ID's are; the token itself, or
 * anything derived from it, is never kept. A token that is not a JWT has no caller: nothing is remembered for it.
 */
final class ArmCaller {

    /** An endpoint's host (and port) and a principal of a tenant; no secret in it. */
    record Key(String endpoint, String tenantId, String principalId) {
    }

    private static final ObjectMapper CLAIMS = new ObjectMapper();

    private final String endpoint;
    /** The last token seen and its caller: a sweep's thousand calls use the one token, read once. */
    private volatile Seen seen;

    private record Seen(AccessToken token, Key caller) {
    }

    ArmCaller(URI endpoint) {
        String authority = endpoint.getAuthority();
        this.endpoint = authority == null ? endpoint.toString() : authority.toLowerCase(Locale.ROOT);
    }

    /** The caller of a call sent with this token; null when the token says nothing of who it is. */
    Key of(AccessToken token) {
        Seen last = seen;
        if (last != null && last.token() == token) {
            return last.caller();
        }
        Key caller = principal(token.token()).map(p -> new Key(endpoint, p[0], p[1])).orElse(null);
        seen = new Seen(token, caller);
        return caller;
    }

    /**
     * Who is calling before the call has its token: the token at hand (a fixed one), else the one seen last. Null
     * before any token is seen: the bucket then probes ARM, as it would with nothing remembered.
     */
    Key current(TokenProvider tokens, String scope) {
        AccessToken atHand = tokens.tokenAtHand(scope);
        if (atHand != null) {
            return of(atHand);
        }
        Seen last = seen;
        return last == null ? null : last.caller();
    }

    /** {tenant id or "", object id (else subject)} from a JWT's payload; empty for anything else. */
    static Optional<String[]> principal(String token) {
        int first = token == null ? -1 : token.indexOf('.');
        int second = first < 0 ? -1 : token.indexOf('.', first + 1);
        if (second < 0 || token.indexOf('.', second + 1) >= 0) {
            return Optional.empty();
        }
        try {
            JsonNode claims = CLAIMS.readTree(Base64.getUrlDecoder().decode(token.substring(first + 1, second)));
            String principal = text(claims, "oid");
            if (principal == null) {
                principal = text(claims, "sub");
            }
            String tenant = text(claims, "tid");
            return principal == null ? Optional.empty() : Optional.of(new String[] {tenant == null ? "" : tenant, principal});
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String text(JsonNode claims, String name) {
        JsonNode value = claims == null ? null : claims.get(name);
        return value != null && value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }
}
