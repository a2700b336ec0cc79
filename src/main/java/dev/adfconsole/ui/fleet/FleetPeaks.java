package dev.adfconsole.ui.fleet;

import dev.adfconsole.service.AsyncLimiter;
import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.FactoryRef;
import dev.adfconsole.service.Failures;
import dev.adfconsole.service.MetricsService;
import dev.adfconsole.service.inventory.InventoryRow;
import dev.adfconsole.service.inventory.InventorySweep;
import dev.adfconsole.ui.common.UiExecutor;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The fleet's "peak CPU" and "peak queue" of the last hour, from Azure Monitor: one metrics call per factory (split
 * by runtime, one data point for the hour), asked as soon as the sweep finds the factory's first runtime. They are
 * GETs, so ARM meters them in the read bucket, apart from the status calls (POSTs, writes); the client's
 * per-subscription buckets pace them and {@value #CONCURRENCY} at a time leave the connections to the status calls.
 * Each row's values are properties a visible cell binds to, so an answer updates only the cells showing it.
 */
public final class FleetPeaks {

    static final int CONCURRENCY = 4;

    private final UiExecutor ui;
    private final Clock clock;
    private final Runnable changed;
    private final AsyncLimiter limiter = new AsyncLimiter(CONCURRENCY);
    private final Map<String, ObjectProperty<Double>> cpu = new HashMap<>();
    private final Map<String, ObjectProperty<Double>> queue = new HashMap<>();
    private final Set<String> asked = ConcurrentHashMap.newKeySet();
    private final List<CompletableFuture<?>> pending = new CopyOnWriteArrayList<>();
    private final AtomicInteger failed = new AtomicInteger();
    /** Bumped by Cancel and each new sweep: calls still queued in the limiter from before are not sent. */
    private final AtomicInteger generation = new AtomicInteger();
    private final StringProperty note = new SimpleStringProperty("");

    /** {@code changed} runs on the UI thread after values arrived (the table re-sorts if it is sorted by them). */
    FleetPeaks(UiExecutor ui, Clock clock, Runnable changed) {
        this.ui = ui;
        this.clock = clock;
        this.changed = changed;
    }

    /** A new sweep: every factory is asked again. */
    void restart() {
        cancel();
        asked.clear();
        failed.set(0);
        note.set("");
    }

    void cancel() {
        generation.incrementAndGet();
        pending.forEach(p -> p.cancel(true));
        pending.clear();
    }

    /** Wraps a sweep's listener: each factory's first row asks for its peaks, then the row goes on as before. */
    InventorySweep.Listener listen(DataFactoryServices services, InventorySweep.Listener next) {
        int sweep = generation.get();
        return new InventorySweep.Listener() {
            @Override
            public void row(InventoryRow row) {
                // Rows of a cancelled sweep still arrive from calls under way; they ask for nothing more.
                if (row.integrationRuntimeName() != null && sweep == generation.get() && asked.add(factoryKey(row))) {
                    ask(services, new FactoryRef(row.subscriptionId(), row.resourceGroupName(), row.factoryName()));
                }
                next.row(row);
            }

            @Override
            public void runtimesFound(int count) {
                next.runtimesFound(count);
            }

            @Override
            public void factorySource(String description) {
                next.factorySource(description);
            }
        };
    }

    private void ask(DataFactoryServices services, FactoryRef factory) {
        int mine = generation.get();
        CompletableFuture<Map<String, MetricsService.Peak>> call = limiter.submit(() -> mine != generation.get()
                ? CompletableFuture.failedFuture(new java.util.concurrent.CancellationException())
                : services.metrics().lastHourPeaks(factory, clock.instant()));
        pending.add(call);
        call.whenComplete((peaks, failure) -> {
            pending.remove(call);
            if (call.isCancelled()) {
                return;
            }
            ui.execute(() -> {
                if (failure != null) {
                    int count = failed.incrementAndGet();
                    note.set("Peak CPU and queue of the last hour: " + count + (count == 1 ? " factory" : " factories")
                            + " could not be read from Azure Monitor (" + Failures.describe(failure) + ").");
                    return;
                }
                String prefix = factoryKey(factory) + "/";
                peaks.forEach((runtime, peak) -> {
                    cpu(prefix + runtime).set(peak.cpuPercent());
                    queue(prefix + runtime).set(peak.queueLength());
                });
                changed.run();
            });
        });
    }

    /** The row's peak CPU of the last hour, in %, null until known or when Azure Monitor has none. UI thread only. */
    public ObjectProperty<Double> cpu(String rowKey) {
        return cpu.computeIfAbsent(rowKey, k -> new SimpleObjectProperty<>());
    }

    /** The row's peak queue length of the last hour. UI thread only. */
    public ObjectProperty<Double> queue(String rowKey) {
        return queue.computeIfAbsent(rowKey, k -> new SimpleObjectProperty<>());
    }

    /** Why some peaks are missing; empty when every factory answered. */
    public StringProperty noteProperty() {
        return note;
    }

    private static String factoryKey(InventoryRow row) {
        return String.join("/", row.subscriptionId(), row.resourceGroupName(), row.factoryName()).toLowerCase(Locale.ROOT);
    }

    private static String factoryKey(FactoryRef ref) {
        return String.join("/", ref.subscriptionId(), ref.resourceGroupName(), ref.factoryName()).toLowerCase(Locale.ROOT);
    }
}
