package dev.adfconsole.app;

import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.FactoryRef;
import dev.adfconsole.service.settings.WatchedItem;
import dev.adfconsole.ui.runmonitor.RunWindows;
import dev.adfconsole.ui.shell.MainViewModel;
import dev.adfconsole.ui.tree.NavigationNode;
import dev.adfconsole.ui.tree.NavigationTreeViewModel;
import dev.adfconsole.ui.watch.WatchViewModel;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;

/**
 * Connects the watch list to the rest of the window: a watched item is read with the services of its connection in
 * the tree (for its tenant), polling follows connections as they come and go, and opening a notification brings up
 * the runtime in the tree or the failed run in its factory's monitor.
 */
final class WatchWiring {

    private WatchWiring() {
    }

    static WatchViewModel connect(WatchViewModel watch, NavigationTreeViewModel tree, RunWindows runs,
                                  java.util.function.Supplier<Stage> stage,
                                  MainViewModel main) {
        watch.setServices(item -> connection(tree, item).map(c -> c.forTenant(item.tenantId()).services()));
        tree.roots().addListener((ListChangeListener<NavigationNode>) change -> watch.resync());
        watch.setOpener(notice -> {
            WatchedItem item = notice.item();
            Optional<NavigationTreeViewModel.Connection> connection = connection(tree, item);
            if (connection.isEmpty()) {
                main.statusProperty().set("Cannot open " + item.label() + ": " + item.connection() + " is not in the tree.");
                return;
            }
            FactoryRef factory = new FactoryRef(item.subscriptionId(), item.resourceGroupName(), item.factoryName());
            stage.get().toFront();
            if (notice.isRun()) {
                DataFactoryServices services = connection.get().forTenant(item.tenantId()).services();
                runs.monitor(services, factory, notice.runId());
            } else {
                tree.reveal(connection.get(), factory.runtime(item.runtimeName())).whenComplete((node, failure) -> {
                    if (failure != null) {
                        javafx.application.Platform.runLater(() -> main.statusProperty().set("Cannot open "
                                + item.label() + " in the tree: " + dev.adfconsole.service.Failures.describe(failure)));
                    }
                });
            }
        });
        return watch;
    }

    private static Optional<NavigationTreeViewModel.Connection> connection(NavigationTreeViewModel tree, WatchedItem item) {
        return tree.roots().stream().filter(n -> n.kind() == NavigationNode.Kind.CONNECTION)
                .map(n -> n.value(NavigationTreeViewModel.Connection.class))
                .filter(c -> c.name().equals(item.connection())).findFirst();
    }
}
