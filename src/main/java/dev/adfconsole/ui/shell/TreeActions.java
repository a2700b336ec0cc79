package dev.adfconsole.ui.shell;

import dev.adfconsole.ui.common.AsyncAction;
import dev.adfconsole.ui.runtime.RuntimeDetailsViewModel;
import dev.adfconsole.ui.tree.NavigationNode;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.MenuItem;

/**
 * The tree's context menu: for a runtime the pane's actions (right-click selects it, so they act on that runtime,
 * enabled exactly as the buttons are); inside a factory, running a pipeline and the run monitor.
 */
final class TreeActions {

    private final RuntimeDetailsViewModel runtime;
    private final Runnable runPipeline;
    private final Runnable runMonitor;
    private final dev.adfconsole.ui.tree.NavigationTreeViewModel tree;
    private final java.util.function.Consumer<NavigationNode> chooseSubscriptions;
    private final java.util.function.Consumer<NavigationNode> runsOfScope;

    private final dev.adfconsole.ui.watch.WatchViewModel watch;

    TreeActions(dev.adfconsole.ui.tree.NavigationTreeViewModel tree, RuntimeDetailsViewModel runtime, Runnable runPipeline,
                Runnable runMonitor, java.util.function.Consumer<NavigationNode> runsOfScope,
                java.util.function.Consumer<NavigationNode> chooseSubscriptions,
                dev.adfconsole.ui.watch.WatchViewModel watch) {
        this.runsOfScope = runsOfScope;
        this.watch = watch;
        this.tree = tree;
        this.chooseSubscriptions = chooseSubscriptions;
        this.runtime = runtime;
        this.runPipeline = runPipeline;
        this.runMonitor = runMonitor;
    }

    List<MenuItem> itemsFor(NavigationNode node) {
        List<MenuItem> items = new ArrayList<>();
        if (node.kind() == NavigationNode.Kind.SUBSCRIPTION) {
            MenuItem hide = new MenuItem("Hide this subscription");
            hide.setOnAction(e -> tree.hideSubscription(node));
            items.add(hide);
        }
        if (node.kind() == NavigationNode.Kind.CONNECTION) {
            MenuItem choose = new MenuItem("Choose subscriptions…");
            choose.setOnAction(e -> chooseSubscriptions.accept(node));
            items.add(choose);
        }
        if (node.kind() == NavigationNode.Kind.CONNECTION && !tree.hiddenSubscriptions().isEmpty()) {
            MenuItem show = new MenuItem("Show hidden subscriptions (" + tree.hiddenSubscriptions().size() + ")");
            show.setOnAction(e -> tree.showHiddenSubscriptions(node));
            items.add(show);
        }
        if (node.kind() == NavigationNode.Kind.CONNECTION
                && node.value(dev.adfconsole.ui.tree.NavigationTreeViewModel.Connection.class).signOut() != null) {
            MenuItem signOut = new MenuItem("Sign out");
            signOut.setOnAction(e -> tree.signOut(node));
            items.add(signOut);
        }
        if (node.kind() == NavigationNode.Kind.RUNTIME) {
            items.add(action("Start", runtime.start()));
            items.add(action("Stop…", runtime.stop()));
            items.add(action("Upgrade", runtime.upgrade()));
            items.add(action("Sync credentials", runtime.syncCredentials()));
        }
        if (node.kind() != NavigationNode.Kind.CONNECTION && node.kind() != NavigationNode.Kind.SUBSCRIPTION
                && node.kind() != NavigationNode.Kind.ERROR && node.kind() != NavigationNode.Kind.LOADING) {
            MenuItem run = new MenuItem(node.kind() == NavigationNode.Kind.PIPELINE ? "Run pipeline…" : "Run a pipeline…");
            run.setOnAction(e -> runPipeline.run());
            MenuItem monitor = new MenuItem("Run monitor");
            monitor.setOnAction(e -> runMonitor.run());
            items.add(run);
            items.add(monitor);
        }
        if (RunsScopes.of(node).isPresent()) {
            MenuItem runs = new MenuItem(node.kind() == NavigationNode.Kind.CONNECTION || node.kind() == NavigationNode.Kind.SUBSCRIPTION
                    ? "Runs of every factory" : "Runs of this factory (groups, bulk rerun)");
            runs.setOnAction(e -> runsOfScope.accept(node));
            items.add(runs);
        }
        // Watch / Stop watching a runtime (its state) or a factory (its failed runs): notifications while the app runs.
        dev.adfconsole.ui.watch.WatchItems.of(node).ifPresent(item -> {
            MenuItem toggle = new MenuItem(watch.isWatched(item) ? "Stop watching" : "Watch");
            toggle.setOnAction(e -> watch.toggle(item));
            items.add(toggle);
        });
        return items;
    }

    private static MenuItem action(String text, AsyncAction<?> action) {
        MenuItem item = new MenuItem(text);
        item.disableProperty().bind(action.disabledProperty());
        item.setOnAction(e -> action.execute());
        return item;
    }
}
