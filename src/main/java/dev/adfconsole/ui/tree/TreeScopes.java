package dev.adfconsole.ui.tree;

import dev.adfconsole.model.Subscription;
import dev.adfconsole.service.FactoryRef;
import dev.adfconsole.ui.tree.NavigationTreeViewModel.Connection;

/** What a selected tree node stands for, for the actions that work on a factory or a set of subscriptions. */
public final class TreeScopes {

    private TreeScopes() {
    }

    /** What the fleet view sweeps: a connection's subscriptions (all: empty list) or one subscription. */
    public record FleetScope(Connection connection, java.util.List<String> subscriptions, String title) {
    }

    /** The fleet scope of a connection or subscription node; empty for anything else. */
    public static java.util.Optional<FleetScope> fleetScope(NavigationNode node) {
        NavigationNode root = node;
        while (root != null && root.kind() != NavigationNode.Kind.CONNECTION) {
            root = root.parent();
        }
        if (root == null) {
            return java.util.Optional.empty();
        }
        Connection connection = root.value(Connection.class);
        if (node.kind() == NavigationNode.Kind.CONNECTION) {
            return java.util.Optional.of(new FleetScope(connection, java.util.List.of(), connection.name()));
        }
        if (node.kind() == NavigationNode.Kind.SUBSCRIPTION) {
            Subscription subscription = node.value(Subscription.class);
            return java.util.Optional.of(new FleetScope(connection, java.util.List.of(subscription.subscriptionId()),
                    subscription.displayName()));
        }
        return java.util.Optional.empty();
    }

    /** The factory a node belongs to, with its connection; empty above the factory level. */
    public static java.util.Optional<FactoryItem> factoryOf(NavigationNode node) {
        NavigationNode factory = node;
        while (factory != null && factory.kind() != NavigationNode.Kind.FACTORY) {
            factory = factory.parent();
        }
        NavigationNode root = factory;
        while (root != null && root.kind() != NavigationNode.Kind.CONNECTION) {
            root = root.parent();
        }
        if (factory == null || root == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new FactoryItem(root.value(Connection.class), factory.value(FactoryRef.class)));
    }

    /** A factory with the connection that reaches it. */
    public record FactoryItem(Connection connection, FactoryRef factory) {
    }

}
