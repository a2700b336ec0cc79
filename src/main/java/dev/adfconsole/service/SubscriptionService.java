package dev.adfconsole.service;

import dev.adfconsole.arm.ArmRequest;
import dev.adfconsole.model.ResourceGroup;
import dev.adfconsole.model.Subscription;
import dev.adfconsole.model.TenantIdDescription;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Tenants, subscriptions and resource groups: ARM's own resource-manager APIs, with their api-versions. */
public final class SubscriptionService {

    /** The resource-manager api-version for tenants, subscriptions and resource groups. */
    public static final String RESOURCE_MANAGER_API = "2022-12-01";
    static final String RESOURCE_GROUPS_API = "2021-04-01";

    private final ArmCalls calls;

    SubscriptionService(ArmCalls calls) {
        this.calls = calls;
    }

    public CompletableFuture<List<TenantIdDescription>> tenants() {
        return calls.list(ArmRequest.get("/tenants").withApiVersion(RESOURCE_MANAGER_API), TenantIdDescription.class, page -> { });
    }

    public CompletableFuture<List<Subscription>> subscriptions() {
        return calls.list(ArmRequest.get("/subscriptions").withApiVersion(RESOURCE_MANAGER_API), Subscription.class, page -> { });
    }

    public CompletableFuture<List<ResourceGroup>> resourceGroups(String subscriptionId) {
        String path = "/subscriptions/" + Paths.segment(subscriptionId) + "/resourcegroups";
        return calls.list(ArmRequest.get(path).withApiVersion(RESOURCE_GROUPS_API), ResourceGroup.class, page -> { });
    }
}
