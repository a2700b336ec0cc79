package dev.adfconsole.ui.tree;

import dev.adfconsole.model.Subscription;
import dev.adfconsole.service.FactoryRef;
import dev.adfconsole.service.RuntimeRef;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * Opens the tree down to one runtime (the fleet view's double-click): each level expands and loads as if the user
 * had clicked it, then the runtime is selected. Fails with a message naming the level that is not there.
 */
final class TreeReveal {

    private final NavigationTreeViewModel tree;

    TreeReveal(NavigationTreeViewModel tree) {
        this.tree = tree;
    }

    CompletableFuture<NavigationNode> reveal(NavigationNode connection, RuntimeRef runtime) {
        FactoryRef factory = runtime.factory();
        return child(connection, n -> n.kind() == NavigationNode.Kind.SUBSCRIPTION
                        && n.value(Subscription.class).subscriptionId().equalsIgnoreCase(factory.subscriptionId()),
                "Subscription " + factory.subscriptionId() + " is not in the tree (hidden? Show hidden subscriptions on the connection).")
                .thenCompose(s -> child(s, n -> n.kind() == NavigationNode.Kind.FACTORY && same(n.value(FactoryRef.class), factory),
                        "Factory " + factory.factoryName() + " is not in its subscription any more."))
                .thenCompose(f -> child(f, n -> n.kind() == NavigationNode.Kind.RUNTIMES, "The factory has no runtimes folder."))
                .thenCompose(r -> child(r, n -> n.kind() == NavigationNode.Kind.RUNTIME
                                && n.value(NavigationTreeViewModel.RuntimeItem.class).ref().name().equalsIgnoreCase(runtime.name()),
                        "Runtime " + runtime.name() + " is not in factory " + factory.factoryName() + " any more."))
                .thenApply(node -> {
                    tree.selectedProperty().set(node);
                    return node;
                });
    }

    /** Expands {@code parent}, waits for its children (on the UI thread, where they are set) and picks one. */
    private CompletableFuture<NavigationNode> child(NavigationNode parent, Predicate<NavigationNode> which, String missing) {
        CompletableFuture<NavigationNode> found = new CompletableFuture<>();
        Runnable pick = () -> parent.children().stream().filter(which).findFirst()
                .ifPresentOrElse(found::complete, () -> found.completeExceptionally(new IllegalStateException(missing)));
        parent.expandedProperty().set(true);
        tree.expand(parent);
        parent.whenLoaded(state -> {
            if (state == NavigationNode.LoadState.LOADED) {
                pick.run();
            } else {
                found.completeExceptionally(new IllegalStateException(parent.labelProperty().get() + " could not be loaded: "
                        + parent.children().get(0).labelProperty().get()));
            }
        });
        return found;
    }

    private static boolean same(FactoryRef a, FactoryRef b) {
        return a.subscriptionId().equalsIgnoreCase(b.subscriptionId()) && a.resourceGroupName().equalsIgnoreCase(b.resourceGroupName())
                && a.factoryName().equalsIgnoreCase(b.factoryName());
    }
}
