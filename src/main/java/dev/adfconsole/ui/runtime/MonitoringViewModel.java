package dev.adfconsole.ui.runtime;

import dev.adfconsole.model.IntegrationRuntimeMonitoringData;
import dev.adfconsole.model.IntegrationRuntimeMonitoringData.NodeMonitoringData;
import dev.adfconsole.service.Failures;
import dev.adfconsole.service.RuntimeRef;
import dev.adfconsole.ui.common.UiExecutor;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The Monitoring tab: {@code monitoringData} asked for on a timer while the tab is shown, each node's samples kept
 * for the chart (the newest {@value #KEPT}) and its latest values for the table.
 */
public final class MonitoringViewModel {

    static final int KEPT = 60;

    /** One reading of one node. */
    public record Sample(Instant time, NodeMonitoringData data) {
    }

    private final UiExecutor ui;
    private final Clock clock;
    private final Function<RuntimeRef, CompletableFuture<IntegrationRuntimeMonitoringData>> call;
    private final Supplier<RuntimeRef> runtime;
    private final ObservableMap<String, ObservableList<Sample>> series = FXCollections.observableMap(new LinkedHashMap<>());
    private final ObservableList<NodeMonitoringData> latest = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty();
    private CompletableFuture<IntegrationRuntimeMonitoringData> pending;

    public MonitoringViewModel(UiExecutor ui, Clock clock,
                               Function<RuntimeRef, CompletableFuture<IntegrationRuntimeMonitoringData>> call,
                               Supplier<RuntimeRef> runtime) {
        this.ui = ui;
        this.clock = clock;
        this.call = call;
        this.runtime = runtime;
    }

    /** One poll; skipped while the previous one is still out, so a slow answer never piles up calls. */
    public void poll() {
        RuntimeRef ref = runtime.get();
        if (ref == null || pending != null && !pending.isDone()) {
            return;
        }
        CompletableFuture<IntegrationRuntimeMonitoringData> current = call.apply(ref);
        pending = current;
        current.whenComplete((data, failure) -> ui.execute(() -> {
            if (!ref.equals(runtime.get())) {
                return;
            }
            if (failure != null) {
                error.set("Monitoring data: " + Failures.describe(failure));
                return;
            }
            error.set(null);
            Instant now = clock.instant();
            latest.setAll(data.nodes() == null ? java.util.List.of() : data.nodes());
            for (NodeMonitoringData node : latest) {
                ObservableList<Sample> samples = series.computeIfAbsent(node.nodeName(), n -> FXCollections.observableArrayList());
                samples.add(new Sample(now, node));
                if (samples.size() > KEPT) {
                    samples.remove(0, samples.size() - KEPT);
                }
            }
        }));
    }

    /** Another runtime is shown: its samples start afresh. */
    public void clear() {
        series.clear();
        latest.clear();
        error.set(null);
        pending = null;
    }

    public ObservableMap<String, ObservableList<Sample>> seriesProperty() { return series; }
    public ObservableList<NodeMonitoringData> latest() { return latest; }
    public StringProperty errorProperty() { return error; }
}
