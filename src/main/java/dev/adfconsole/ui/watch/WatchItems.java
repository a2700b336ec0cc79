package dev.adfconsole.ui.watch;

import dev.adfconsole.model.Subscription;
import dev.adfconsole.service.FactoryRef;
import dev.adfconsole.service.settings.WatchedItem;
import dev.adfconsole.ui.tree.NavigationNode;
import dev.adfconsole.ui.tree.NavigationTreeViewModel;
import java.util.Optional;

/** What a tree node is on the watch list: a runtime or a factory under its connection and tenant; nothing else. */
public final class WatchItems {

    private WatchItems() {
    }

    public static Optional<WatchedItem> of(NavigationNode node) {
        NavigationNode root = node;
        String tenant = null;
        while (root != null && root.kind() != NavigationNode.Kind.CONNECTION) {
            if (root.kind() == NavigationNode.Kind.SUBSCRIPTION && root.value() instanceof Subscription s) {
                tenant = s.tenantId();
            }
            root = root.parent();
        }
        if (root == null) {
            return Optional.empty();
        }
        String connection = root.value(NavigationTreeViewModel.Connection.class).name();
        if (node.kind() == NavigationNode.Kind.RUNTIME) {
            var ref = node.value(NavigationTreeViewModel.RuntimeItem.class).ref();
            return Optional.of(new WatchedItem(connection, tenant, ref.factory().subscriptionId(),
                    ref.factory().resourceGroupName(), ref.factory().factoryName(), ref.name()));
        }
        if (node.kind() == NavigationNode.Kind.FACTORY) {
            FactoryRef ref = node.value(FactoryRef.class);
            return Optional.of(new WatchedItem(connection, tenant, ref.subscriptionId(), ref.resourceGroupName(),
                    ref.factoryName(), null));
        }
        return Optional.empty();
    }
}
