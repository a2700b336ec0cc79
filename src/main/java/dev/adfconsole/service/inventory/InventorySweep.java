package dev.adfconsole.service.inventory;

import dev.adfconsole.arm.ArmException;
import dev.adfconsole.model.Factory;
import dev.adfconsole.model.IntegrationRuntimeResource;
import dev.adfconsole.model.IntegrationRuntimeStatus;
import dev.adfconsole.model.IntegrationRuntimeStatusResponse;
import dev.adfconsole.model.ManagedNodeStatus;
import dev.adfconsole.model.SelfHostedNodeStatus;
import dev.adfconsole.model.Subscription;
import dev.adfconsole.service.AsyncLimiter;
import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.FactoryRef;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * Every integration runtime of every factory in the chosen subscriptions, with its status. One failing call fills
 * the error of the rows it concerns and never hides the rest; status calls run at bounded concurrency.
 */
public final class InventorySweep {

    private final DataFactoryServices services;
    private final AsyncLimiter limiter;

    public InventorySweep(DataFactoryServices services, int concurrency) {
        this.services = services;
        this.limiter = new AsyncLimiter(concurrency);
    }

    /** Completes with all rows in a stable order; {@code onRow} sees each as it is known. */
    public CompletableFuture<List<InventoryRow>> run(List<String> subscriptionIds, boolean withStatus, Consumer<InventoryRow> onRow) {
        CompletableFuture<List<String>> subscriptions = subscriptionIds.isEmpty()
                ? services.subscriptions().subscriptions().thenApply(list -> list.stream().map(Subscription::subscriptionId).toList())
                : CompletableFuture.completedFuture(subscriptionIds);
        return subscriptions.thenCompose(ids -> {
            List<CompletableFuture<List<InventoryRow>>> perSubscription = ids.stream()
                    .map(id -> subscription(id, withStatus, onRow)).toList();
            return CompletableFuture.allOf(perSubscription.toArray(CompletableFuture[]::new)).thenApply(done -> {
                List<InventoryRow> rows = new ArrayList<>();
                perSubscription.forEach(f -> rows.addAll(f.join()));
                return rows;
            });
        });
    }

    private CompletableFuture<List<InventoryRow>> subscription(String id, boolean withStatus, Consumer<InventoryRow> onRow) {
        return services.factories().listBySubscription(id, page -> { })
                .thenCompose(factories -> all(factories.stream().map(f -> factory(f, withStatus, onRow)).toList()))
                .exceptionally(failure -> emit(onRow, List.of(InventoryRow.failure(id, null, null, null, message(failure)))));
    }

    private CompletableFuture<List<InventoryRow>> factory(Factory factory, boolean withStatus, Consumer<InventoryRow> onRow) {
        FactoryRef ref = new FactoryRef(factory.subscriptionId(), factory.resourceGroupName(), factory.name());
        return services.runtimes().list(ref, page -> { })
                .thenCompose(runtimes -> all(runtimes.stream().map(r -> runtime(ref, r, withStatus, onRow)).toList()))
                .exceptionally(failure -> emit(onRow, List.of(InventoryRow.failure(ref.subscriptionId(),
                        ref.resourceGroupName(), ref.factoryName(), null, message(failure)))));
    }

    private CompletableFuture<List<InventoryRow>> runtime(FactoryRef factory, IntegrationRuntimeResource runtime,
                                                          boolean withStatus, Consumer<InventoryRow> onRow) {
        if (!withStatus) {
            return CompletableFuture.completedFuture(emit(onRow, List.of(new InventoryRow(factory.subscriptionId(),
                    factory.resourceGroupName(), factory.factoryName(), runtime.name(), runtime.properties().type(),
                    null, null, null, null, null, null, null, null))));
        }
        return limiter.submit(() -> services.runtimes().getStatus(factory.runtime(runtime.name())))
                .thenApply(status -> emit(onRow, List.of(row(factory, runtime.name(), status))))
                .exceptionally(failure -> emit(onRow, List.of(InventoryRow.failure(factory.subscriptionId(),
                        factory.resourceGroupName(), factory.factoryName(), runtime.name(), message(failure)))));
    }

    static InventoryRow row(FactoryRef factory, String name, IntegrationRuntimeStatusResponse response) {
        IntegrationRuntimeStatus status = response.properties();
        String state = status.state() == null ? null : status.state().raw();
        String type = status.type() == null ? null : status.type().raw();
        if (status instanceof IntegrationRuntimeStatus.SelfHosted selfHosted && selfHosted.typeProperties() != null) {
            var props = selfHosted.typeProperties();
            var nodes = props.nodes() == null ? List.<dev.adfconsole.model.SelfHostedIntegrationRuntimeNode>of() : props.nodes();
            int online = (int) nodes.stream().filter(n -> n.status() != null && n.status().is(SelfHostedNodeStatus.ONLINE)).count();
            return new InventoryRow(factory.subscriptionId(), factory.resourceGroupName(), factory.factoryName(), name, type,
                    state, online, nodes.size(), props.version(), props.latestVersion(), props.versionStatus(),
                    props.autoUpdate() == null ? null : props.autoUpdate().raw(), null);
        }
        if (status instanceof IntegrationRuntimeStatus.Managed managed && managed.typeProperties() != null) {
            var nodes = managed.typeProperties().nodes() == null ? List.<IntegrationRuntimeStatus.ManagedIntegrationRuntimeNode>of()
                    : managed.typeProperties().nodes();
            int available = (int) nodes.stream().filter(n -> n.status() != null && n.status().is(ManagedNodeStatus.AVAILABLE)).count();
            return new InventoryRow(factory.subscriptionId(), factory.resourceGroupName(), factory.factoryName(), name, type,
                    state, available, nodes.size(), null, null, null, null, null);
        }
        return new InventoryRow(factory.subscriptionId(), factory.resourceGroupName(), factory.factoryName(), name, type,
                state, null, null, null, null, null, null, null);
    }

    private static List<InventoryRow> emit(Consumer<InventoryRow> onRow, List<InventoryRow> rows) {
        rows.forEach(onRow);
        return rows;
    }

    private static <T> CompletableFuture<List<T>> all(List<CompletableFuture<List<T>>> futures) {
        return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).thenApply(done -> {
            List<T> out = new ArrayList<>();
            futures.forEach(f -> out.addAll(f.join()));
            return out;
        });
    }

    static String message(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause instanceof ArmException arm ? arm.userMessage()
                : cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    /** True when the failure means the token itself was refused (exit code 3 for the command). */
    public static boolean isAuthenticationFailure(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause instanceof ArmException arm && arm.kind() == ArmException.Kind.UNAUTHORIZED;
    }
}
