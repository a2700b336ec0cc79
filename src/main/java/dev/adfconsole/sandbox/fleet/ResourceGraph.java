package dev.adfconsole.sandbox.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.adfconsole.sandbox.Json;
import dev.adfconsole.sandbox.http.SandboxRequest;
import dev.adfconsole.sandbox.http.SandboxResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Azure Resource Graph, for the one query the console makes: every data factory the caller can see, in one call
 * instead of one per subscription. Other queries are refused as the real service refuses unknown tables.
 */
final class ResourceGraph {

    private ResourceGraph() {
    }

    /** {@code visible}: the subscriptions the caller's tenant holds (Resource Graph never crosses tenants). */
    static SandboxResponse query(Fleet fleet, SandboxRequest request, int pageSize, java.util.function.Predicate<String> visible) {
        JsonNode body = Json.parse(request.body()).orElse(null);
        String query = body == null ? "" : body.path("query").asText("");
        if (!query.toLowerCase(Locale.ROOT).replace(" ", "").contains("type=~'microsoft.datafactory/factories'")) {
            return SandboxResponse.error(400, "BadRequest", "The sandbox's Resource Graph answers only queries for "
                    + "type =~ 'microsoft.datafactory/factories'.");
        }
        Set<String> subscriptions = new HashSet<>();
        body.path("subscriptions").forEach(s -> subscriptions.add(s.asText().toLowerCase(Locale.ROOT)));
        List<SandboxFactory> factories = fleet.allFactories().stream()
                .filter(f -> subscriptions.isEmpty() || subscriptions.contains(f.subscriptionId.toLowerCase(Locale.ROOT)))
                .filter(f -> visible.test(f.subscriptionId)).toList();
        int skip = 0;
        String token = body.path("options").path("$skipToken").asText(null);
        if (token != null) {
            try {
                skip = Integer.parseInt(token);
            } catch (NumberFormatException e) {
                return SandboxResponse.error(400, "InvalidSkipToken", "The $skipToken is not one the sandbox issued.");
            }
        }
        int top = Math.min(body.path("options").path("$top").asInt(pageSize), 1000);
        ObjectNode answer = Json.object();
        ArrayNode data = answer.putArray("data");
        factories.stream().skip(skip).limit(top).forEach(f -> data.addObject().put("id", f.id()).put("name", f.name)
                .put("type", "microsoft.datafactory/factories").put("resourceGroup", f.resourceGroup)
                .put("subscriptionId", f.subscriptionId).put("location", f.location));
        answer.put("totalRecords", factories.size());
        answer.put("count", data.size());
        answer.put("resultTruncated", "false");
        if (skip + top < factories.size()) {
            answer.put("$skipToken", String.valueOf(skip + top));
        }
        return SandboxResponse.json(200, answer.toString());
    }
}
