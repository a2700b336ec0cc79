package dev.adfconsole.service.runs;

import dev.adfconsole.model.Factory;
import dev.adfconsole.model.Subscription;
import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.FactoryRef;
import dev.adfconsole.service.Failures;
import dev.adfconsole.service.Futures;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The factories of a scope, found as the inventory finds them: Resource Graph in one query, or per subscription
 * when Resource Graph cannot be used. A subscription that cannot be listed is reported and left out.
 */
final class ScopeFactories {

    private ScopeFactories() {
    }

    static CompletableFuture<List<FactoryRef>> list(DataFactoryServices services, RunScope scope,
                                                    Consumer<ScopeFailure> failures) {
        if (scope.factory() != null) {
            return CompletableFuture.completedFuture(List.of(scope.factory()));
        }
        CompletableFuture<List<String>> subscriptions = scope.subscriptionIds().isEmpty()
                ? services.subscriptions().subscriptions().thenApply(list -> list.stream().map(Subscription::subscriptionId).toList())
                : CompletableFuture.completedFuture(scope.subscriptionIds());
        return subscriptions.thenCompose(ids -> services.factories().listByResourceGraph(ids)
                .thenApply(factories -> factories.stream()
                        .filter(f -> ids.stream().anyMatch(id -> id.equalsIgnoreCase(f.subscriptionId()))).toList())
                .exceptionallyCompose(graphFailure -> Futures.concat(ids.stream()
                        .map(id -> services.factories().listBySubscription(id, page -> { })
                                .exceptionally(failure -> {
                                    failures.accept(new ScopeFailure(id, null, Failures.describe(failure)));
                                    return List.of();
                                })).toList())))
                .thenApply(factories -> factories.stream()
                        .filter(f -> scope.factoryName() == null || scope.factoryName().equalsIgnoreCase(f.name()))
                        .map(ScopeFactories::ref).toList());
    }

    private static FactoryRef ref(Factory factory) {
        return new FactoryRef(factory.subscriptionId(), factory.resourceGroupName(), factory.name());
    }
}
