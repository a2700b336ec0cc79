package dev.adfconsole.sandbox;

import dev.adfconsole.sandbox.fleet.Fleet;
import dev.adfconsole.sandbox.http.SandboxRequest;
import dev.adfconsole.sandbox.http.SandboxResponse;
import dev.adfconsole.sandbox.http.SandboxTokens;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks ARM makes before a provider sees a request, with ARM's error codes: the bearer token, the
 * api-version, that the subscription, resource group and factory exist, and the per-subscription token buckets.
 */
final class ArmGate {

    static final String DATA_FACTORY_API = "2018-06-01";
    private static final Set<String> RESOURCE_MANAGER_APIS = Set.of("2016-06-01", "2019-06-01", "2019-11-01",
            "2020-01-01", "2021-01-01", "2021-04-01", "2022-01-01", "2022-09-01", "2022-12-01");
    private static final Set<String> RESOURCE_GRAPH_APIS = Set.of("2019-04-01", "2021-03-01", "2022-10-01");
    /** Azure Monitor's metrics API: its own versions, though the path runs through the Data Factory provider. */
    private static final Set<String> METRICS_APIS = Set.of("2018-01-01", "2019-07-01", "2021-05-01", "2023-10-01", "2024-02-01");
    private static final Pattern SCOPE = Pattern.compile(
            "^/subscriptions/([^/]+)(?:/resourceGroups/([^/]+)(?:/providers/Microsoft\\.DataFactory/factories/([^/]+))?)?",
            Pattern.CASE_INSENSITIVE);

    private final Fleet fleet;
    private final SandboxTokens tokens;
    private final Clock clock;
    private final double[] limits;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    ArmGate(Fleet fleet, SandboxTokens tokens, Clock clock, double readRate, double readBurst, double writeRate, double writeBurst) {
        this.fleet = fleet;
        this.tokens = tokens;
        this.clock = clock;
        this.limits = new double[] {readRate, readBurst, writeRate, writeBurst};
    }

    Optional<SandboxResponse> authenticate(SandboxRequest request) {
        Optional<String> header = request.header("Authorization");
        if (header.isEmpty()) {
            return Optional.of(unauthorized("AuthenticationFailed", "Authentication failed. The 'Authorization' header is missing."));
        }
        String value = header.get();
        if (!value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(unauthorized("InvalidAuthenticationToken", "The access token is invalid: the 'Authorization' header must be 'Bearer <token>'."));
        }
        String token = value.substring(7).trim();
        if (tokens.validateAccessToken(token).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(tokens.wasIssued(token)
                ? unauthorized("ExpiredAuthenticationToken", "The access token expiry UTC time is earlier than current UTC time.")
                : unauthorized("InvalidAuthenticationToken", "The access token is invalid."));
    }

    /** The tenant the request's access token was issued for (null without a live token). */
    String tenantOf(SandboxRequest request) {
        return request.header("Authorization").filter(v -> v.regionMatches(true, 0, "Bearer ", 0, 7))
                .flatMap(v -> tokens.validateAccessToken(v.substring(7).trim())).map(SandboxTokens.Grant::tenantId).orElse(null);
    }

    Optional<SandboxResponse> checkApiVersion(SandboxRequest request) {
        String version = request.query().get("api-version");
        if (version == null || version.isBlank()) {
            return Optional.of(SandboxResponse.error(400, "MissingApiVersionParameter",
                    "The api-version query parameter (?api-version=) is required for all requests."));
        }
        Set<String> supported = OperationTable.isMetrics(request.path()) ? METRICS_APIS
                : OperationTable.isDataFactory(request.path()) ? Set.of(DATA_FACTORY_API)
                : request.path().toLowerCase().startsWith("/providers/microsoft.resourcegraph") ? RESOURCE_GRAPH_APIS
                : RESOURCE_MANAGER_APIS;
        if (!supported.contains(version)) {
            return Optional.of(SandboxResponse.error(400, "InvalidApiVersionParameter", "The api-version '" + version
                    + "' is invalid. The supported versions are '" + String.join(",", new java.util.TreeSet<>(supported)) + "'."));
        }
        return Optional.empty();
    }

    /** 404 with ARM's code for the first missing level: subscription, resource group, then factory. */
    Optional<SandboxResponse> checkScope(SandboxRequest request) {
        Matcher m = SCOPE.matcher(request.path());
        if (!m.find()) {
            return Optional.empty();
        }
        if (fleet.subscription(m.group(1)).isEmpty()) {
            return Optional.of(SandboxResponse.error(404, "SubscriptionNotFound", "The subscription '" + m.group(1) + "' could not be found."));
        }
        // A token is for one tenant; ARM refuses it for a subscription of another, and says which authority to ask.
        String owner = fleet.tenantOf(m.group(1)).orElseThrow();
        String caller = tenantOf(request);
        if (caller != null && !caller.equalsIgnoreCase(owner)) {
            return Optional.of(unauthorized("InvalidAuthenticationTokenTenant", "The access token is from the wrong issuer"
                    + " 'https://sts.windows.net/" + caller + "/'. It must match the tenant 'https://sts.windows.net/" + owner
                    + "/' associated with this subscription. Please use the authority (URL) 'https://login.windows.net/"
                    + owner + "' to get the token."));
        }
        if (m.group(2) != null && fleet.resourceGroup(m.group(1), m.group(2)).isEmpty()) {
            return Optional.of(SandboxResponse.error(404, "ResourceGroupNotFound", "Resource group '" + m.group(2) + "' could not be found."));
        }
        if (m.group(3) != null) {
            String name = m.group(3);
            if (name.length() < 3 || name.length() > 63 || !name.matches("^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$")) {
                return Optional.of(SandboxResponse.error(400, "InvalidResourceName", "The factory name '" + name
                        + "' is invalid: it must be 3 to 63 characters and match ^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$.", "factoryName"));
            }
            if (fleet.factory(m.group(1), m.group(2), name).isEmpty()) {
                return Optional.of(SandboxResponse.error(404, "ResourceNotFound", "The Resource 'Microsoft.DataFactory/factories/"
                        + name + "' under resource group '" + m.group(2) + "' was not found."));
            }
        }
        return Optional.empty();
    }

    /** Takes a token from the subscription's bucket; 429 with Retry-After when it is empty. */
    Throttle throttle(SandboxRequest request) {
        Matcher m = SCOPE.matcher(request.path());
        String subscription = m.find() ? m.group(1).toLowerCase() : "tenant";
        boolean write = !request.method().equals("GET");
        Bucket bucket = buckets.computeIfAbsent(subscription + (write ? "/w" : "/r"),
                key -> write ? new Bucket(limits[3], limits[2]) : new Bucket(limits[1], limits[0]));
        return bucket.take(clock.millis(), write);
    }

    /** Tokens in a subscription's bucket now (full when it was never used), without taking one. */
    double level(String subscription, boolean write) {
        Bucket bucket = buckets.get(subscription.toLowerCase() + (write ? "/w" : "/r"));
        return bucket == null ? limits[write ? 3 : 1] : bucket.level(clock.millis());
    }

    /** The bucket's answer: allowed or not, tokens left, seconds until one is back. */
    record Throttle(boolean allowed, long remaining, long retryAfterSeconds, boolean write) {
    }

    private static SandboxResponse unauthorized(String code, String message) {
        return SandboxResponse.error(401, code, message).withHeader("WWW-Authenticate",
                "Bearer authorization_uri=\"sandbox\", error=\"invalid_token\", error_description=\"" + message + "\"");
    }

    private static final class Bucket {
        private final double capacity;
        private final double perMilli;
        private double tokens;
        private long last = -1;

        Bucket(double capacity, double perSecond) {
            this.capacity = capacity;
            this.perMilli = perSecond / 1000.0;
            this.tokens = capacity;
        }

        synchronized double level(long now) {
            return last < 0 ? capacity : Math.min(capacity, tokens + (now - last) * perMilli);
        }

        synchronized Throttle take(long now, boolean write) {
            if (last >= 0) {
                tokens = Math.min(capacity, tokens + (now - last) * perMilli);
            }
            last = now;
            if (tokens >= 1) {
                tokens -= 1;
                return new Throttle(true, (long) tokens, 0, write);
            }
            return new Throttle(false, 0, Math.max(1, (long) Math.ceil((1 - tokens) / perMilli / 1000.0)), write);
        }
    }
}
