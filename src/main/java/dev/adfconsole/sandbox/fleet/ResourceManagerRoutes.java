package dev.adfconsole.sandbox.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.adfconsole.sandbox.Json;
import dev.adfconsole.sandbox.Paging;
import dev.adfconsole.sandbox.http.SandboxRequest;
import dev.adfconsole.sandbox.http.SandboxResponse;
import dev.adfconsole.sandbox.http.SandboxRoutes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tenants, subscriptions, resource groups, factories and the Resource Graph query for factories. */
public final class ResourceManagerRoutes implements SandboxRoutes {

    private static final Pattern SUBSCRIPTION = Pattern.compile("^/subscriptions/([^/]+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern GROUPS = Pattern.compile("^/subscriptions/([^/]+)/resourcegroups$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FACTORIES = Pattern.compile(
            "^/subscriptions/([^/]+)(?:/resourceGroups/([^/]+))?/providers/Microsoft\\.DataFactory/factories$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FACTORY = Pattern.compile(
            "^/subscriptions/([^/]+)/resourceGroups/([^/]+)/providers/Microsoft\\.DataFactory/factories/([^/]+)$", Pattern.CASE_INSENSITIVE);

    private final Fleet fleet;
    private final int pageSize;
    /** The tenant of the caller's token: subscriptions and Resource Graph answer for that tenant only, as ARM does. */
    private final java.util.function.Function<SandboxRequest, String> callerTenant;

    public ResourceManagerRoutes(Fleet fleet, int pageSize, java.util.function.Function<SandboxRequest, String> callerTenant) {
        this.fleet = fleet;
        this.pageSize = pageSize;
        this.callerTenant = callerTenant;
    }

    private boolean visible(SandboxRequest request, String subscriptionId) {
        String caller = callerTenant.apply(request);
        return caller == null || fleet.tenantOf(subscriptionId).map(caller::equalsIgnoreCase).orElse(false);
    }

    @Override
    public Optional<SandboxResponse> handle(SandboxRequest request) {
        String path = request.path();
        boolean get = request.method().equals("GET");
        if (get && path.equalsIgnoreCase("/tenants")) {
            // Every directory the user can sign in to, whichever tenant the token is for.
            List<ObjectNode> tenants = fleet.tenants().stream().map(t -> Json.object().put("id", "/tenants/" + t.tenantId())
                    .put("tenantId", t.tenantId()).put("displayName", t.displayName()).put("defaultDomain", t.defaultDomain())
                    .put("tenantCategory", t.home() ? "Home" : "ProjectedBy")).toList();
            return Optional.of(Paging.page(request, tenants, pageSize));
        }
        if (get && path.equalsIgnoreCase("/subscriptions")) {
            return Optional.of(Paging.page(request, fleet.subscriptions().stream().filter(s -> visible(request, s.subscriptionId()))
                    .map(this::subscription).toList(), pageSize));
        }
        Matcher m;
        if (get && (m = SUBSCRIPTION.matcher(path)).matches()) {
            return Optional.of(fleet.subscription(m.group(1)).map(s -> SandboxResponse.json(200, subscription(s).toString()))
                    .orElse(SandboxResponse.error(404, "SubscriptionNotFound", "The subscription '" + m.group(1) + "' could not be found.")));
        }
        if (get && (m = GROUPS.matcher(path)).matches()) {
            List<ObjectNode> groups = new ArrayList<>();
            fleet.subscription(m.group(1)).ifPresent(s -> s.resourceGroups().forEach((name, location) -> groups.add(Json.object()
                    .put("id", "/subscriptions/" + s.subscriptionId() + "/resourceGroups/" + name).put("name", name)
                    .put("type", "Microsoft.Resources/resourceGroups").put("location", location))));
            return Optional.of(Paging.page(request, groups, pageSize));
        }
        if (get && (m = FACTORIES.matcher(path)).matches()) {
            List<ObjectNode> factories = fleet.factories(m.group(1), m.group(2)).stream().map(ResourceManagerRoutes::factory).toList();
            return Optional.of(Paging.page(request, factories, pageSize));
        }
        if (get && (m = FACTORY.matcher(path)).matches()) {
            return fleet.factory(m.group(1), m.group(2), m.group(3)).map(f -> SandboxResponse.json(200, factory(f).toString()));
        }
        if (request.method().equals("POST") && path.equalsIgnoreCase("/providers/Microsoft.ResourceGraph/resources")) {
            return Optional.of(ResourceGraph.query(fleet, request, pageSize, id -> visible(request, id)));
        }
        return Optional.empty();
    }

    private ObjectNode subscription(Fleet.Subscription s) {
        ObjectNode json = Json.object().put("id", "/subscriptions/" + s.subscriptionId()).put("subscriptionId", s.subscriptionId())
                .put("tenantId", fleet.tenantOf(s.subscriptionId()).orElse(fleet.tenantId)).put("displayName", s.displayName())
                .put("state", "Enabled");
        json.putObject("subscriptionPolicies").put("locationPlacementId", "Public_2014-09-01").put("spendingLimit", "Off");
        return json;
    }

    static ObjectNode factory(SandboxFactory f) {
        ObjectNode json = Json.object().put("id", f.id()).put("name", f.name).put("type", "Microsoft.DataFactory/factories")
                .put("location", f.location).put("eTag", "\"" + f.eTag + "\"");
        json.putObject("tags").put("environment", "sandbox");
        json.putObject("identity").put("type", "SystemAssigned").put("principalId", f.eTag).put("tenantId", f.eTag);
        json.putObject("properties").put("provisioningState", "Succeeded").put("createTime", Json.time(f.createTime))
                .put("version", "2018-06-01").put("publicNetworkAccess", "Enabled");
        return json;
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    static boolean isArray(JsonNode node) {
        return node != null && node.isArray();
    }
}
