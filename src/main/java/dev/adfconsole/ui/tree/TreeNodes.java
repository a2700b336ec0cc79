package dev.adfconsole.ui.tree;

import dev.adfconsole.model.Factory;
import dev.adfconsole.model.IntegrationRuntimeResource;
import dev.adfconsole.model.IntegrationRuntimeStatus;
import dev.adfconsole.model.IntegrationRuntimeStatusResponse;
import dev.adfconsole.model.PipelineResource;
import dev.adfconsole.model.SelfHostedIntegrationRuntimeNode;
import dev.adfconsole.model.Subscription;
import dev.adfconsole.service.AsyncLimiter;
import dev.adfconsole.service.FactoryRef;
import dev.adfconsole.service.RuntimeRef;
import dev.adfconsole.ui.common.UiExecutor;
import dev.adfconsole.ui.tree.NavigationTreeViewModel.Connection;
import dev.adfconsole.ui.tree.NavigationTreeViewModel.PipelineItem;
import dev.adfconsole.ui.tree.NavigationTreeViewModel.RuntimeItem;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The tree's levels below a connection, each with the loader of its children: subscription → factories → the
 * "Integration runtimes" and "Pipelines" folders → runtimes (→ nodes) and pipelines. A runtime's state badge comes
 * from a status call of its own, a few at a time.
 */
final class TreeNodes {

    private static final int STATUS_CALLS_AT_ONCE = 8;

    private final UiExecutor ui;
    private final AsyncLimiter statusCalls = new AsyncLimiter(STATUS_CALLS_AT_ONCE);

    TreeNodes(UiExecutor ui) {
        this.ui = ui;
    }

    NavigationNode subscription(Connection connection, Subscription subscription, String tenantName) {
        NavigationNode node = new NavigationNode(NavigationNode.Kind.SUBSCRIPTION, subscription.displayName(), subscription,
                () -> connection.services().factories().listBySubscription(subscription.subscriptionId(), page -> { })
                        .thenApply(factories -> factories.stream().map(f -> factory(connection, f)).toList()));
        node.detailProperty().set(subscription.subscriptionId() + (tenantName == null ? "" : " · " + tenantName));
        return node;
    }

    private NavigationNode factory(Connection connection, Factory factory) {
        FactoryRef ref = new FactoryRef(factory.subscriptionId(), factory.resourceGroupName(), factory.name());
        NavigationNode node = new NavigationNode(NavigationNode.Kind.FACTORY, factory.name(), ref,
                () -> CompletableFuture.completedFuture(List.of(runtimes(connection, ref), pipelines(connection, ref))));
        node.detailProperty().set(factory.resourceGroupName() + " · " + factory.location());
        return node;
    }

    private NavigationNode runtimes(Connection connection, FactoryRef factory) {
        return new NavigationNode(NavigationNode.Kind.RUNTIMES, "Integration runtimes", factory,
                () -> connection.services().runtimes().list(factory, page -> { })
                        .thenApply(list -> list.stream().map(r -> runtime(connection, factory, r)).toList()));
    }

    private NavigationNode pipelines(Connection connection, FactoryRef factory) {
        return new NavigationNode(NavigationNode.Kind.PIPELINES, "Pipelines", factory,
                () -> connection.services().pipelines().list(factory, page -> { })
                        .thenApply(list -> list.stream().map(p -> pipeline(connection, factory, p)).toList()));
    }

    private NavigationNode runtime(Connection connection, FactoryRef factory, IntegrationRuntimeResource resource) {
        RuntimeRef ref = factory.runtime(resource.name());
        NavigationNode node = new NavigationNode(NavigationNode.Kind.RUNTIME, resource.name(),
                new RuntimeItem(connection, ref, resource),
                () -> connection.services().runtimes().getStatus(ref).thenApply(status -> nodes(ref, status)));
        node.detailProperty().set(resource.properties().type());
        loadState(connection, ref, node);
        return node;
    }

    void loadState(Connection connection, RuntimeRef ref, NavigationNode node) {
        statusCalls.submit(() -> connection.services().runtimes().getStatus(ref))
                .whenComplete((status, failure) -> ui.execute(() -> node.stateProperty().set(
                        failure != null ? "Unknown" : status.properties().state() == null ? null : status.properties().state().raw())));
    }


    private static List<NavigationNode> nodes(RuntimeRef runtime, IntegrationRuntimeStatusResponse status) {
        if (status.properties() instanceof IntegrationRuntimeStatus.SelfHosted selfHosted && selfHosted.typeProperties() != null
                && selfHosted.typeProperties().nodes() != null) {
            return selfHosted.typeProperties().nodes().stream().map(n -> node(runtime, n)).toList();
        }
        return List.of();
    }

    private static NavigationNode node(RuntimeRef runtime, SelfHostedIntegrationRuntimeNode node) {
        NavigationNode item = NavigationNode.leaf(NavigationNode.Kind.NODE, node.nodeName(), runtime.node(node.nodeName()));
        item.stateProperty().set(node.status() == null ? null : node.status().raw());
        item.detailProperty().set(node.machineName());
        return item;
    }

    private static NavigationNode pipeline(Connection connection, FactoryRef factory, PipelineResource pipeline) {
        NavigationNode item = NavigationNode.leaf(NavigationNode.Kind.PIPELINE, pipeline.name(),
                new PipelineItem(connection, factory, pipeline));
        item.detailProperty().set(pipeline.activities().size() + " activities");
        return item;
    }

}
