package dev.adfconsole.ui.tree;

import dev.adfconsole.model.Subscription;
import dev.adfconsole.service.FactoryRef;
import dev.adfconsole.ui.tree.NavigationTreeViewModel.Connection;

/** What a selected tree node stands for, for the actions that work on a factory or a set of subscriptions. */
public final class TreeScopes {

    private TreeScopes() {
    }

    /**
     * What the fleet view sweeps: the connection it belongs to (for opening runtimes in the tree) and per tenant the
     * services and subscriptions (an empty list: all the tenant's).
     */
    public record FleetScope(Connection connection, java.util.List<Part> parts, String title) {

        /** A stable name for the scope, for the fleet's cache. */
        public String key() {
            return connection.name() + "|" + parts.stream().map(p -> p.subscriptions().isEmpty() ? "*"
                    : String.join(",", new java.util.TreeSet<>(p.subscriptions()))).sorted()
                    .collect(java.util.stream.Collectors.joining(";"));
        }
    }

    /** One tenant's share of a fleet scope. */
    public record Part(dev.adfconsole.service.DataFactoryServices services, java.util.List<String> subscriptions) {
    }

    /**
     * The fleet scope of a connection or subscription node; empty for anything else. A connection's scope is the
     * subscriptions shown under it (so hidden ones stay out), grouped by tenant, each tenant with its own services;
     * before they have loaded, every subscription its own services see.
     */
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
            java.util.Map<String, java.util.List<String>> byTenant = new java.util.TreeMap<>();
            node.children().stream().filter(c -> c.kind() == NavigationNode.Kind.SUBSCRIPTION).map(c -> c.value(Subscription.class))
                    .forEach(s -> byTenant.computeIfAbsent(String.valueOf(s.tenantId()), t -> new java.util.ArrayList<>()).add(s.subscriptionId()));
            boolean loaded = node.loadStateProperty().get() == NavigationNode.LoadState.LOADED;
            java.util.List<Part> parts = !loaded
                    ? java.util.List.of(new Part(connection.services(), java.util.List.of()))
                    : byTenant.entrySet().stream().map(e -> new Part(connection.forTenant(e.getKey()).services(), e.getValue())).toList();
            return java.util.Optional.of(new FleetScope(connection, parts, connection.name()));
        }
        if (node.kind() == NavigationNode.Kind.SUBSCRIPTION) {
            Subscription subscription = node.value(Subscription.class);
            return java.util.Optional.of(new FleetScope(connection, java.util.List.of(new Part(
                    connection.forTenant(subscription.tenantId()).services(), java.util.List.of(subscription.subscriptionId()))),
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
        // The factory's subscription decides the tenant, and with it the token its calls need.
        NavigationNode subscription = factory.parent();
        String tenant = subscription != null && subscription.value() instanceof Subscription s ? s.tenantId() : null;
        return java.util.Optional.of(new FactoryItem(root.value(Connection.class).forTenant(tenant), factory.value(FactoryRef.class)));
    }

    /** A factory with the connection that reaches it. */
    public record FactoryItem(Connection connection, FactoryRef factory) {
    }

}
