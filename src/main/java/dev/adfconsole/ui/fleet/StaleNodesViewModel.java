package dev.adfconsole.ui.fleet;

import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.Failures;
import dev.adfconsole.service.inventory.InventoryRow;
import dev.adfconsole.service.inventory.StaleNodes;
import dev.adfconsole.ui.common.Confirmation;
import dev.adfconsole.ui.common.DialogService;
import dev.adfconsole.ui.common.UiExecutor;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Stale-node clean-up beside the fleet view: the self-hosted nodes of the sweep offline for more than N days (30 by
 * default), a check box each, and one removal of the checked ones after the user types their count. Nodes are removed
 * one after another (ARM's delete bucket is the smallest); each removal lands in the activity log through the node
 * service, and a failure on one is shown on its line and never stops the rest.
 */
public final class StaleNodesViewModel {

    /** A stale node on the list: checked or not, and how its removal went (empty until tried). */
    public static final class Item {
        private final StaleNodes.Stale stale;
        private final BooleanProperty selected = new SimpleBooleanProperty();
        private final StringProperty result = new SimpleStringProperty("");
        private boolean removed;

        Item(StaleNodes.Stale stale) {
            this.stale = stale;
        }

        public StaleNodes.Stale stale() { return stale; }
        public BooleanProperty selectedProperty() { return selected; }
        public StringProperty resultProperty() { return result; }
        public boolean removed() { return removed; }
    }

    private final UiExecutor ui;
    private final DialogService dialogs;
    private final Clock clock;
    private final Supplier<List<InventoryRow>> rows;
    private final Function<String, DataFactoryServices> servicesFor;
    private final ObservableList<Item> items = FXCollections.observableArrayList(
            item -> new javafx.beans.Observable[] {item.selectedProperty()});
    private final IntegerProperty days = new SimpleIntegerProperty(StaleNodes.DEFAULT_DAYS);
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty removing = new SimpleBooleanProperty();
    private final BooleanBinding nothingChecked = Bindings.createBooleanBinding(
            () -> items.stream().noneMatch(i -> i.selected.get() && !i.removed), items);
    private volatile boolean cancelled;

    /**
     * @param rows the fleet's current rows (read on the UI thread)
     * @param servicesFor the services of the tenant a subscription belongs to
     */
    public StaleNodesViewModel(UiExecutor ui, DialogService dialogs, Clock clock, Supplier<List<InventoryRow>> rows,
                               Function<String, DataFactoryServices> servicesFor) {
        this.ui = ui;
        this.dialogs = dialogs;
        this.clock = clock;
        this.rows = rows;
        this.servicesFor = servicesFor;
        days.addListener((obs, old, value) -> refresh());
    }

    /** Lists the stale nodes again from the fleet's rows, keeping the check marks and results of nodes still listed. */
    public void refresh() {
        if (removing.get()) {
            return;
        }
        Map<String, Item> before = new HashMap<>();
        items.forEach(i -> before.put(i.stale.ref().toString(), i));
        List<Item> now = StaleNodes.find(rows.get(), Math.max(1, days.get()), clock.instant()).stream()
                .map(s -> before.getOrDefault(s.ref().toString(), new Item(s))).toList();
        items.setAll(now);
        status.set(now.isEmpty() ? "No self-hosted node has been offline for more than " + days.get() + " days."
                : now.size() + (now.size() == 1 ? " node has" : " nodes have") + " been offline for more than "
                + days.get() + " days.");
    }

    public void selectAll(boolean on) {
        items.stream().filter(i -> !i.removed).forEach(i -> i.selected.set(on));
    }

    /**
     * Asks once, with the count to type, then removes the checked nodes one by one. Completes when all were tried
     * (or the user declined or cancelled).
     */
    public CompletableFuture<Void> removeChecked() {
        List<Item> chosen = items.stream().filter(i -> i.selected.get() && !i.removed).toList();
        if (chosen.isEmpty() || removing.get()) {
            return CompletableFuture.completedFuture(null);
        }
        String count = String.valueOf(chosen.size());
        Confirmation question = new Confirmation("Remove " + count + (chosen.size() == 1 ? " stale node" : " stale nodes"),
                "Unregisters " + count + " self-hosted " + (chosen.size() == 1 ? "node" : "nodes") + " offline for more than "
                        + days.get() + " days from their runtimes. A machine that comes back must be registered again "
                        + "with an authentication key. Each removal is recorded in the activity log.",
                "Remove " + count, count);
        return dialogs.confirm(question).thenCompose(yes -> {
            if (!yes) {
                return CompletableFuture.completedFuture(null);
            }
            CompletableFuture<Void> done = new CompletableFuture<>();
            ui.execute(() -> {
                removing.set(true);
                cancelled = false;
                next(chosen, 0, new int[2], done);
            });
            return done;
        });
    }

    /** Stops before the next node; the one under way finishes. */
    public void cancel() {
        cancelled = true;
    }

    private void next(List<Item> chosen, int index, int[] outcome, CompletableFuture<Void> done) {
        if (index == chosen.size() || cancelled) {
            removing.set(false);
            int notTried = chosen.size() - index;
            status.set("Removed " + outcome[0] + " of " + chosen.size() + (chosen.size() == 1 ? " node" : " nodes")
                    + (outcome[1] == 0 ? "" : "; " + outcome[1] + " failed (see " + (outcome[1] == 1 ? "its line" : "their lines")
                    + " and the activity log)") + (notTried == 0 ? "." : "; " + notTried + " not tried (cancelled)."));
            done.complete(null);
            return;
        }
        Item item = chosen.get(index);
        status.set("Removing " + (index + 1) + " of " + chosen.size() + ": " + item.stale.node().nodeName() + "…");
        item.result.set("Removing…");
        CompletableFuture<Void> call;
        try {
            call = servicesFor.apply(item.stale.ref().runtime().factory().subscriptionId()).nodes().delete(item.stale.ref());
        } catch (RuntimeException e) {
            call = CompletableFuture.failedFuture(e);
        }
        call.whenComplete((ok, failure) -> ui.execute(() -> {
            if (failure == null) {
                outcome[0]++;
                item.removed = true;
                item.selected.set(false);
                item.result.set("Removed");
            } else {
                outcome[1]++;
                item.result.set("Failed: " + Failures.describe(failure));
            }
            next(chosen, index + 1, outcome, done);
        }));
    }

    public ObservableList<Item> items() { return items; }
    public IntegerProperty daysProperty() { return days; }
    public StringProperty statusProperty() { return status; }
    public BooleanProperty removingProperty() { return removing; }
    /** True when no node still listed is checked: the Remove button is off. */
    public BooleanBinding nothingCheckedProperty() { return nothingChecked; }
}
