package dev.adfconsole.ui.shell;

import dev.adfconsole.model.Subscription;
import dev.adfconsole.service.runs.RunScope;
import dev.adfconsole.ui.runs.RunsMonitorViewModel;
import dev.adfconsole.ui.tree.NavigationNode;
import dev.adfconsole.ui.tree.TreeScopes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the runs monitor covers for a selected tree node: its connection or subscription (as the fleet), or its factory. */
final class RunsScopes {

    /** The monitor's targets, its title, and the key that keeps one window per scope. */
    record Scope(String key, String title, List<RunsMonitorViewModel.Target> targets) {
    }

    private RunsScopes() {
    }

    static Optional<Scope> of(NavigationNode node) {
        Optional<TreeScopes.FleetScope> fleet = TreeScopes.fleetScope(node);
        if (fleet.isPresent()) {
            Map<String, String> names = subscriptionNames(node);
            List<RunsMonitorViewModel.Target> targets = fleet.get().parts().stream().map(part -> new RunsMonitorViewModel.Target(
                    part.services(), RunScope.subscriptions(fleet.get().title(), part.subscriptions()), names)).toList();
            return Optional.of(new Scope("runs|" + fleet.get().key(), fleet.get().title(), targets));
        }
        return TreeScopes.factoryOf(node).map(item -> {
            Map<String, String> names = subscriptionNames(node);
            return new Scope("runs|factory|" + item.factory().path(), item.factory().factoryName(), List.of(new RunsMonitorViewModel.Target(
                    item.connection().services(), RunScope.factory(item.factory()), names)));
        });
    }

    /** Display names of the subscriptions the tree shows under the node's connection. */
    private static Map<String, String> subscriptionNames(NavigationNode node) {
        NavigationNode root = node;
        while (root != null && root.kind() != NavigationNode.Kind.CONNECTION) {
            root = root.parent();
        }
        Map<String, String> names = new HashMap<>();
        if (root == null) {
            return names;
        }
        root.children().stream().filter(c -> c.kind() == NavigationNode.Kind.SUBSCRIPTION).map(c -> c.value(Subscription.class))
                .forEach(s -> names.put(s.subscriptionId(), s.displayName()));
        return names;
    }
}
