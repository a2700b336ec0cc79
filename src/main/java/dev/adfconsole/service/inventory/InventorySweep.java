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
import dev.adfconsole.service.Futures;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionException;

/**
 * Every integration runtime of every factory in the chosen subscriptions, with its status. One failing call fills
 * the error of the rows it concerns and never hides the rest; status calls run at bounded concurrency.
 */
public final class InventorySweep {

    /** What a sweep reports as it goes; every method may be called from any thread. */
    public interface Listener {
        /** A row is known: a runtime's status, or a failure. */
        void row(InventoryRow row);

        /** {@code count} more runtimes were listed, each with a row to come. */
        default void runtimesFound(int count) {
        }

        /** How the factories were found: Resource Graph, or per subscription (and why). */
        default void factorySource(String description) {
        }
    }

    /**
     * Listing calls (subscriptions, Resource Graph, factories, runtime lists) on the wire at once, beside the status
     * calls: enough to list ahead of them, few enough that a status call never queues behind 100 runtime lists.
     */
    public static final int LISTING_CALLS = 16;

    /** The listing calls, {@link #LISTING_CALLS} at once. */
    private final DataFactoryServices services;
    /**
     * The status calls, at most "concurrency" of them on the wire at once, across subscriptions. A call takes its
     * place only once its subscription's ARM bucket lets it go: while a fresh client's first call of a subscription
     * probes ARM's count, or a drained subscription refills, the places go to calls of other subscriptions
     * (issue #17's rerun benchmark). The listing calls go beside them, outside the limit.
     */
    private final DataFactoryServices statusCalls;
    /**
     * Status calls of one subscription handed to the client at once, on the wire or waiting in its bucket: at most
     * the concurrency, per subscription so a drained one does not hold up the others, and so its bucket (first come,
     * first go) never holds more of the sweep's calls than that ahead of a user's action in the same subscription.
     */
    private final Map<String, AsyncLimiter> submitted = new ConcurrentHashMap<>();
    private final int concurrency;
    private final Clock clock;

    public InventorySweep(DataFactoryServices services, int concurrency) {
        this(services, concurrency, Clock.systemUTC());
    }

    public InventorySweep(DataFactoryServices services, int concurrency, Clock clock) {
        this.statusCalls = services.withInFlightLimit(concurrency);
        this.concurrency = concurrency;
        this.services = services.withInFlightLimit(LISTING_CALLS);
        this.clock = clock;
    }

    /**
     * Completes with all rows in a stable order; {@code listener} sees each row as it is known (a lambda takes just
     * the rows) and, if it wants, how far the sweep is.
     */
    public CompletableFuture<List<InventoryRow>> run(List<String> subscriptionIds, boolean withStatus, Listener listener) {
        // The models' readers are built once, while the first round trip is out, rather than by each of the threads
        // the first answers arrive on, all at once, while the calls after them wait.
        CompletableFuture.runAsync(() -> services.prepareReading(IntegrationRuntimeResource.class,
                IntegrationRuntimeStatusResponse.class, IntegrationRuntimeStatus.Managed.class,
                IntegrationRuntimeStatus.SelfHosted.class));
        CompletableFuture<List<String>> subscriptions;
        CompletableFuture<List<Factory>> graph;
        if (subscriptionIds.isEmpty()) {
            // Resource Graph asked at tenant scope beside the list of subscriptions, not after it: one round trip
            // fewer before the first runtime list. Its factories are kept only for the subscriptions listed.
            subscriptions = services.subscriptions().subscriptions()
                    .thenApply(list -> list.stream().map(Subscription::subscriptionId).toList());
            graph = services.factories().listByResourceGraphInTenant();
        } else {
            subscriptions = CompletableFuture.completedFuture(subscriptionIds);
            graph = services.factories().listByResourceGraph(subscriptionIds);
        }
        return subscriptions.thenCompose(ids -> graph
                .thenApply(factories -> {
                    listener.factorySource("Factories from Resource Graph (one query for " + ids.size()
                            + (ids.size() == 1 ? " subscription)." : " subscriptions)."));
                    return ids.stream().map(id -> fromGraph(id, factories, withStatus, listener)).toList();
                })
                // Resource Graph may be missing (custom clouds, private endpoints) or not allowed: list per subscription.
                .exceptionally(failure -> {
                    listener.factorySource("Factories listed per subscription (Resource Graph: " + message(failure) + ").");
                    return ids.stream().map(id -> subscription(id, withStatus, listener)).toList();
                })
                .thenCompose(Futures::concat));
    }

    private CompletableFuture<List<InventoryRow>> fromGraph(String subscriptionId, List<Factory> factories, boolean withStatus,
                                                            Listener listener) {
        return Futures.concat(factories.stream().filter(f -> subscriptionId.equalsIgnoreCase(f.subscriptionId()))
                .map(f -> factory(f, withStatus, listener)).toList());
    }

    private CompletableFuture<List<InventoryRow>> subscription(String id, boolean withStatus, Listener listener) {
        return services.factories().listBySubscription(id, page -> { })
                .thenCompose(factories -> Futures.concat(factories.stream().map(f -> factory(f, withStatus, listener)).toList()))
                .exceptionally(failure -> emit(listener, InventoryRow.failure(id, null, null, null, message(failure), clock.instant())));
    }

    private CompletableFuture<List<InventoryRow>> factory(Factory factory, boolean withStatus, Listener listener) {
        FactoryRef ref = new FactoryRef(factory.subscriptionId(), factory.resourceGroupName(), factory.name());
        return services.runtimes().list(ref, page -> { })
                .thenCompose(runtimes -> {
                    listener.runtimesFound(runtimes.size());
                    return Futures.concat(runtimes.stream().map(r -> runtime(ref, r, withStatus, listener)).toList());
                })
                .exceptionally(failure -> emit(listener, InventoryRow.failure(ref.subscriptionId(),
                        ref.resourceGroupName(), ref.factoryName(), null, message(failure), clock.instant())));
    }

    private CompletableFuture<List<InventoryRow>> runtime(FactoryRef factory, IntegrationRuntimeResource runtime,
                                                          boolean withStatus, Listener listener) {
        if (!withStatus) {
            return CompletableFuture.completedFuture(emit(listener, new InventoryRow(factory.subscriptionId(),
                    factory.resourceGroupName(), factory.factoryName(), runtime.name(), runtime.properties().type(),
                    null, null, null, null, null, null, null, null, null, clock.instant())));
        }
        AsyncLimiter subscription = submitted.computeIfAbsent(factory.subscriptionId().toLowerCase(Locale.ROOT),
                id -> new AsyncLimiter(concurrency));
        return subscription.submit(() -> statusCalls.runtimes().getStatus(factory.runtime(runtime.name())))
                .thenApply(status -> emit(listener, row(factory, runtime.name(), status, clock.instant(), linked(runtime))))
                .exceptionally(failure -> emit(listener, InventoryRow.failure(factory.subscriptionId(),
                        factory.resourceGroupName(), factory.factoryName(), runtime.name(), message(failure), clock.instant())));
    }

    static InventoryRow row(FactoryRef factory, String name, IntegrationRuntimeStatusResponse response, Instant at) {
        return row(factory, name, response, at, false);
    }

    /** A runtime shared from another factory: its nodes are managed there. */
    private static boolean linked(IntegrationRuntimeResource runtime) {
        return runtime.properties() instanceof dev.adfconsole.model.IntegrationRuntime.SelfHosted selfHosted
                && selfHosted.typeProperties() != null && selfHosted.typeProperties().linkedInfo() != null;
    }

    static InventoryRow row(FactoryRef factory, String name, IntegrationRuntimeStatusResponse response, Instant at,
                            boolean linked) {
        IntegrationRuntimeStatus status = response.properties();
        String state = status.state() == null ? null : status.state().raw();
        String type = status.type() == null ? null : status.type().raw();
        if (status instanceof IntegrationRuntimeStatus.SelfHosted selfHosted && selfHosted.typeProperties() != null) {
            var props = selfHosted.typeProperties();
            var nodes = props.nodes() == null ? List.<dev.adfconsole.model.SelfHostedIntegrationRuntimeNode>of() : props.nodes();
            int online = (int) nodes.stream().filter(n -> n.status() != null && n.status().is(SelfHostedNodeStatus.ONLINE)).count();
            return new InventoryRow(factory.subscriptionId(), factory.resourceGroupName(), factory.factoryName(), name, type,
                    state, online, nodes.size(), props.version(), props.latestVersion(), props.versionStatus(),
                    props.autoUpdate() == null ? null : props.autoUpdate().raw(), null, inSync(props.capabilities()), at,
                    nodes.stream().map(n -> new InventoryNode(n.nodeName(), n.status() == null ? null : n.status().raw(),
                            n.version(), n.versionStatus(), n.expiryTime(), n.lastConnectTime(), linked)).toList());
        }
        if (status instanceof IntegrationRuntimeStatus.Managed managed && managed.typeProperties() != null) {
            var nodes = managed.typeProperties().nodes() == null ? List.<IntegrationRuntimeStatus.ManagedIntegrationRuntimeNode>of()
                    : managed.typeProperties().nodes();
            int available = (int) nodes.stream().filter(n -> n.status() != null && n.status().is(ManagedNodeStatus.AVAILABLE)).count();
            return new InventoryRow(factory.subscriptionId(), factory.resourceGroupName(), factory.factoryName(), name, type,
                    state, available, nodes.size(), null, null, null, null, null, null, at);
        }
        return new InventoryRow(factory.subscriptionId(), factory.resourceGroupName(), factory.factoryName(), name, type,
                state, null, null, null, null, null, null, null, null, at);
    }

    /** The runtime's {@code credentialInSync} capability ("True"/"False"), null when it reports none. */
    private static Boolean inSync(java.util.Map<String, String> capabilities) {
        String value = capabilities == null ? null : capabilities.get("credentialInSync");
        return value == null ? null : Boolean.valueOf(value.equalsIgnoreCase("true"));
    }

    private static List<InventoryRow> emit(Listener listener, InventoryRow row) {
        listener.row(row);
        return List.of(row);
    }

    static String message(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause instanceof ArmException arm ? arm.userMessage()
                : cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    /** True when the failure means the token itself was refused (exit code 3 for the command). */
    public static boolean isAuthenticationFailure(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause instanceof ArmException arm
                && (arm.kind() == ArmException.Kind.UNAUTHORIZED || arm.kind() == ArmException.Kind.SIGN_IN_REQUIRED);
    }
}
