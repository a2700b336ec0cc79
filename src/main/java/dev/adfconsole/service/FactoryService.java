package dev.adfconsole.service;

import dev.adfconsole.arm.ArmRequest;
import dev.adfconsole.model.Factory;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** Data factories, by subscription or by resource group. */
public final class FactoryService {

    private final ArmCalls calls;

    FactoryService(ArmCalls calls) {
        this.calls = calls;
    }

    public CompletableFuture<List<Factory>> listBySubscription(String subscriptionId, Consumer<List<Factory>> onPage) {
        String path = "/subscriptions/" + Paths.segment(subscriptionId) + "/providers/Microsoft.DataFactory/factories";
        return calls.list(ArmRequest.get(path), Factory.class, onPage);
    }

    public CompletableFuture<List<Factory>> listByResourceGroup(String subscriptionId, String resourceGroupName,
                                                                Consumer<List<Factory>> onPage) {
        ResourceNames.resourceGroup(resourceGroupName);
        String path = "/subscriptions/" + Paths.segment(subscriptionId) + "/resourceGroups/"
                + Paths.segment(resourceGroupName) + "/providers/Microsoft.DataFactory/factories";
        return calls.list(ArmRequest.get(path), Factory.class, onPage);
    }

    /**
     * Every factory in {@code subscriptionIds} from Azure Resource Graph: one query (paged by {@code $skipToken},
     * 1,000 rows a page) instead of one list call per subscription. Resource Graph is fed from ARM with a short delay,
     * and not every cloud or private endpoint has it; callers fall back to {@link #listBySubscription}.
     */
    public CompletableFuture<List<Factory>> listByResourceGraph(List<String> subscriptionIds) {
        return graphPage(subscriptionIds, null, new java.util.ArrayList<>());
    }

    /**
     * Every factory in the subscriptions of the token's tenant the caller can read, from Azure Resource Graph: the
     * query at tenant scope (no {@code subscriptions} in the body, Microsoft's "basic tenant query"), so it need not
     * wait for the list of subscriptions.
     */
    public CompletableFuture<List<Factory>> listByResourceGraphInTenant() {
        return graphPage(null, null, new java.util.ArrayList<>());
    }

    private CompletableFuture<List<Factory>> graphPage(List<String> subscriptionIds, String skipToken, List<Factory> sofar) {
        var body = calls.mapper().createObjectNode();
        if (subscriptionIds != null) {
            subscriptionIds.forEach(body.putArray("subscriptions")::add);
        }
        body.put("query", FACTORIES_QUERY);
        var options = body.putObject("options").put("$top", 1000).put("resultFormat", "objectArray");
        if (skipToken != null) {
            options.put("$skipToken", skipToken);
        }
        ArmRequest request = ArmRequest.postRead("/providers/Microsoft.ResourceGraph/resources", body.toString())
                .withApiVersion(RESOURCE_GRAPH_API);
        return calls.readTree(request).thenCompose(answer -> {
            answer.path("data").forEach(row -> sofar.add(calls.map(row, Factory.class)));
            String next = answer.path("$skipToken").asText(null);
            return next == null || next.isEmpty() ? CompletableFuture.completedFuture(List.copyOf(sofar))
                    : graphPage(subscriptionIds, next, sofar);
        });
    }

    /** The Resource Graph api-version and query the console uses. */
    static final String RESOURCE_GRAPH_API = "2021-03-01";
    static final String FACTORIES_QUERY = "resources | where type =~ 'microsoft.datafactory/factories'"
            + " | project id, name, type, location, tags, properties";

    public CompletableFuture<Factory> get(FactoryRef factory) {
        return calls.read(ArmRequest.get(factory.path()), Factory.class);
    }
}
