package dev.adfconsole.sandbox.auth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.adfconsole.sandbox.Json;
import dev.adfconsole.sandbox.Paging;
import dev.adfconsole.sandbox.http.SandboxRequest;
import dev.adfconsole.sandbox.http.SandboxResponse;
import dev.adfconsole.sandbox.http.SandboxRoutes;
import dev.adfconsole.sandbox.http.SandboxTokens;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal OAuth 2.0 / OpenID Connect authority in the shape of Microsoft Entra ID's v2.0 endpoints: discovery,
 * authorize with PKCE and a loopback redirect (consent is automatic: the sandbox has one operator), and a token
 * endpoint for authorization-code, refresh-token and device-code grants. Tokens are opaque, expire and rotate.
 */
public final class OAuthAuthority implements SandboxRoutes {

    private static final Pattern PATH = Pattern.compile("^/([^/]+)/(v2\\.0/\\.well-known/openid-configuration|oauth2/v2\\.0/"
            + "(authorize|token|devicecode))$");

    private final SandboxTokens tokens;
    private final Clock clock;
    private final String tenantId;
    private final SandboxUser user;
    private final SandboxUser second;
    private final Duration accessLifetime;
    private final Grants grants;

    /** The tenants (by id or domain) the user can get tokens for, besides the home tenant; empty when not one. */
    private final java.util.function.Function<String, Optional<String>> guestTenant;

    public OAuthAuthority(SandboxTokens tokens, Clock clock, String tenantId, SandboxUser user, Duration accessLifetime,
                          Duration deviceAutoApproval) {
        this(tokens, clock, tenantId, user, accessLifetime, deviceAutoApproval, id -> Optional.empty());
    }

    public OAuthAuthority(SandboxTokens tokens, Clock clock, String tenantId, SandboxUser user, Duration accessLifetime,
                          Duration deviceAutoApproval, java.util.function.Function<String, Optional<String>> guestTenant) {
        this.guestTenant = guestTenant;
        this.tokens = tokens;
        this.clock = clock;
        this.tenantId = tenantId;
        this.user = user;
        this.second = new SandboxUser(java.util.UUID.nameUUIDFromBytes((SECOND_USER + tenantId).getBytes(StandardCharsets.UTF_8)).toString(),
                SECOND_USER, "Sandbox Auditor");
        this.accessLifetime = accessLifetime;
        this.grants = new Grants(clock, deviceAutoApproval);
    }

    /**
     * Revokes the user's sessions, as an admin or a password change does in Entra ID: the next refresh is refused
     * with {@code invalid_grant}, which MSAL reports as interaction required.
     */
    public void revokeSessions() {
        tokens.revokeRefreshTokensOf(user.objectId());
    }

    /** Tenants whose conditional access asks for MFA: no silent token there until an interactive sign-in there. */
    private final java.util.Set<String> mfaRequired = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * From now on {@code tenantId} refuses refresh-token grants with AADSTS50076 (MFA required), as a guest
     * directory's conditional access does, until the user signs in interactively (code or device code) there.
     */
    public void requireMfa(String tenantId) {
        mfaRequired.add(tenantId.toLowerCase(java.util.Locale.ROOT));
    }

    /** Approves a device code as the operator would on the verification page. */
    public boolean approveDeviceCode(String userCode) {
        return grants.approve(userCode, null);
    }

    /** Approves a device code as {@code username}: the operator or {@link #SECOND_USER}, for trying two accounts. */
    public boolean approveDeviceCode(String userCode, String username) {
        return grants.approve(userCode, username);
    }

    /** A second account in the home tenant; signing in as it (device code, or login_hint) gives a second connection. */
    public static final String SECOND_USER = "auditor@contoso-sandbox.onmicrosoft.com";

    /** The user a grant names: the second account by its name, else the operator. */
    private SandboxUser user(String username) {
        return SECOND_USER.equalsIgnoreCase(username) ? second : user;
    }

    @Override
    public Optional<SandboxResponse> handle(SandboxRequest request) {
        if (request.path().equals("/common/discovery/instance")) {
            return Optional.of(instanceDiscovery(request));
        }
        Matcher m = PATH.matcher(request.path());
        if (!m.matches()) {
            return Optional.empty();
        }
        String base = Paging.baseUrl(request) + "/" + m.group(1);
        if (m.group(3) == null) {
            return Optional.of(discovery(base));
        }
        Map<String, String> form = request.method().equals("POST") ? Forms.parse(request.body()) : request.query();
        return Optional.of(switch (m.group(3)) {
            case "authorize" -> authorize(form);
            case "devicecode" -> deviceCode(base, form);
            default -> tenant(m.group(1)).map(tenant -> token(base, form, tenant)).orElseGet(() -> error(400, "invalid_request",
                    "AADSTS90002: Tenant '" + m.group(1) + "' not found. Check to make sure you have the correct tenant ID.", 90002));
        });
    }

    private SandboxResponse instanceDiscovery(SandboxRequest request) {
        String host = request.header("Host").orElse("127.0.0.1");
        ObjectNode json = Json.object().put("tenant_discovery_endpoint", "http://" + host + "/" + tenantId
                + "/v2.0/.well-known/openid-configuration").put("api-version", "1.1");
        json.putArray("metadata").addObject().put("preferred_network", host).put("preferred_cache", host)
                .putArray("aliases").add(host);
        return SandboxResponse.json(200, json.toString());
    }

    private SandboxResponse discovery(String base) {
        ObjectNode json = Json.object();
        json.put("issuer", base + "/v2.0");
        json.put("authorization_endpoint", base + "/oauth2/v2.0/authorize");
        json.put("token_endpoint", base + "/oauth2/v2.0/token");
        json.put("device_authorization_endpoint", base + "/oauth2/v2.0/devicecode");
        json.put("jwks_uri", base + "/discovery/v2.0/keys");
        json.put("tenant_region_scope", "WW");
        json.putArray("response_types_supported").add("code");
        json.putArray("scopes_supported").add("openid").add("profile").add("offline_access");
        json.putArray("code_challenge_methods_supported").add("S256");
        json.putArray("grant_types_supported").add("authorization_code").add("refresh_token")
                .add("urn:ietf:params:oauth:grant-type:device_code");
        return SandboxResponse.json(200, json.toString());
    }

    private SandboxResponse authorize(Map<String, String> query) {
        String redirect = query.get("redirect_uri");
        URI uri;
        try {
            uri = URI.create(redirect == null ? "" : redirect);
        } catch (IllegalArgumentException e) {
            uri = URI.create("");
        }
        if (!"http".equals(uri.getScheme()) || !("localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost()))) {
            return error(400, "invalid_request", "AADSTS50011: The redirect URI must be a loopback address (http://localhost).", 50011);
        }
        if (!"S256".equals(query.get("code_challenge_method")) || query.get("code_challenge") == null) {
            return error(400, "invalid_request", "AADSTS9002325: Proof Key for Code Exchange is required (S256).", 9002325);
        }
        // login_hint picks the account, as the user would on the sign-in page.
        String code = grants.issueCode(query.get("code_challenge"), redirect, query.getOrDefault("scope", ""),
                user(query.get("login_hint")).username());
        if ("form_post".equals(query.get("response_mode"))) {
            // As Entra ID does for form_post (MSAL's choice): a page that posts code and state to the redirect URI.
            String state = query.get("state") == null ? "" : "<input type=\"hidden\" name=\"state\" value=\""
                    + html(query.get("state")) + "\"/>";
            String page = "<html><head><title>Working...</title></head><body onload=\"document.forms[0].submit()\">"
                    + "<form method=\"POST\" name=\"hiddenform\" action=\"" + html(redirect) + "\">"
                    + "<input type=\"hidden\" name=\"code\" value=\"" + code + "\"/>" + state
                    + "<noscript><p>Script is disabled. Click Submit to continue.</p><input type=\"submit\" value=\"Submit\"/></noscript>"
                    + "</form></body></html>";
            return new SandboxResponse(200, java.util.Map.of("Content-Type", "text/html; charset=utf-8"), page);
        }
        String location = redirect + (redirect.contains("?") ? "&" : "?") + "code=" + code
                + (query.get("state") == null ? "" : "&state=" + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8));
        return SandboxResponse.empty(302).withHeader("Location", location);
    }

    private SandboxResponse deviceCode(String base, Map<String, String> form) {
        Grants.DeviceCode code = grants.issueDeviceCode(form.getOrDefault("scope", ""));
        ObjectNode json = Json.object().put("user_code", code.userCode()).put("device_code", code.deviceCode())
                .put("verification_uri", base + "/devicelogin").put("expires_in", 900).put("interval", 1)
                .put("message", "To sign in to the ADF Console sandbox, enter the code " + code.userCode()
                        + " at " + base + "/devicelogin.");
        return SandboxResponse.json(200, json.toString());
    }

    /**
     * The tenant a token from {@code /{segment}/oauth2/v2.0/token} is for: the home tenant for "organizations",
     * "common" or its own id; a tenant the user is a guest in by its id; none otherwise.
     */
    private Optional<String> tenant(String segment) {
        if (segment.equals("organizations") || segment.equals("common") || segment.equalsIgnoreCase(tenantId)) {
            return Optional.of(tenantId);
        }
        return guestTenant.apply(segment);
    }

    private SandboxResponse token(String base, Map<String, String> form, String tenant) {
        String grant = form.getOrDefault("grant_type", "");
        String scope;
        SandboxUser who;
        switch (grant) {
            case "authorization_code" -> {
                Optional<Grants.Code> code = grants.redeemCode(form.get("code"));
                if (code.isEmpty()) {
                    return error(400, "invalid_grant", "AADSTS70008: The provided authorization code is expired or was already used.", 70008);
                }
                if (!Grants.verifies(form.get("code_verifier"), code.get().challenge())) {
                    return error(400, "invalid_grant", "AADSTS501481: The Code_Verifier does not match the code_challenge.", 501481);
                }
                scope = code.get().scope();
                who = user(code.get().user());
            }
            case "refresh_token" -> {
                Optional<SandboxTokens.Grant> refresh = tokens.validateRefreshToken(form.get("refresh_token"));
                if (refresh.isEmpty()) {
                    return error(400, "invalid_grant", "AADSTS700082: The refresh token has expired or was revoked.", 700082);
                }
                // Entra ID answers with a new refresh token but leaves the old one valid ("doesn't revoke old refresh
                // tokens when used"): clients refreshing for two tenants at once must not lock each other out.
                scope = form.getOrDefault("scope", refresh.get().scope());
                who = refresh.get().subject().equals(second.objectId()) ? second : user;
            }
            case "urn:ietf:params:oauth:grant-type:device_code", "device_code" -> {
                Grants.Poll poll = grants.poll(form.get("device_code"));
                who = user(poll.user());
                switch (poll.state()) {
                    case PENDING -> {
                        return error(400, "authorization_pending", "AADSTS70016: OAuth 2.0 device flow error. Authorization is pending.", 70016);
                    }
                    case EXPIRED -> {
                        return error(400, "expired_token", "AADSTS70019: Verification code expired.", 70019);
                    }
                    default -> scope = "https://management.azure.com/.default";
                }
            }
            default -> {
                return error(400, "unsupported_grant_type", "AADSTS70003: The grant type '" + grant + "' is not supported.", 70003);
            }
        }
        String key = tenant.toLowerCase(java.util.Locale.ROOT);
        if (grant.equals("refresh_token") && mfaRequired.contains(key)) {
            return error(400, "invalid_grant", "AADSTS50076: Due to a configuration change made by your administrator, or"
                    + " because you moved to a new location, you must use multi-factor authentication to access '" + tenant + "'.", 50076);
        }
        mfaRequired.remove(key); // an interactive sign-in at the tenant: MFA done
        // A refresh token works for every tenant the user can reach, as Entra ID's do; the access token is the tenant's.
        return SandboxResponse.json(200, TokenResponse.issue(tokens, clock, base, tenant, tenantId, who,
                form.getOrDefault("client_id", ""), scope, accessLifetime).toString());
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static SandboxResponse error(int status, String error, String description, int code) {
        ObjectNode json = Json.object().put("error", error).put("error_description", description);
        json.putArray("error_codes").add(code);
        json.put("timestamp", java.time.Instant.now().toString()).put("trace_id", java.util.UUID.randomUUID().toString())
                .put("correlation_id", java.util.UUID.randomUUID().toString());
        return SandboxResponse.json(status, json.toString());
    }
}
