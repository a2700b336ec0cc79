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

    public CompletableFuture<Factory> get(FactoryRef factory) {
        return calls.read(ArmRequest.get(factory.path()), Factory.class);
    }
}
