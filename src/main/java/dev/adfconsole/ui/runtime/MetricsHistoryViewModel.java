package dev.adfconsole.ui.runtime;

import dev.adfconsole.model.MetricsResponse;
import dev.adfconsole.service.Failures;
import dev.adfconsole.service.MetricsService;
import dev.adfconsole.service.RuntimeRef;
import dev.adfconsole.ui.common.UiExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Monitoring tab's history from Azure Monitor, beside the live view: CPU and available memory per node, queue
 * length and task pickup delay of the runtime, over the last hour, 24 hours or 7 days (what happened overnight,
 * which the live view cannot say). Each line is the average per interval; x is time before now.
 */
public final class MetricsHistoryViewModel {

    /** How far back, at which interval, and in which unit the x axis counts back. */
    public enum Range {
        HOUR("Last hour", Duration.ofHours(1), "PT1M", ChronoUnit.MINUTES, 10),
        DAY("24 hours", Duration.ofHours(24), "PT15M", ChronoUnit.HOURS, 4),
        WEEK("7 days", Duration.ofDays(7), "PT1H", ChronoUnit.HOURS, 24);

        public final String label;
        public final Duration span;
        public final String interval;
        public final ChronoUnit unit;
        public final int tick;

        Range(String label, Duration span, String interval, ChronoUnit unit, int tick) {
            this.label = label;
            this.span = span;
            this.interval = interval;
            this.unit = unit;
            this.tick = tick;
        }

        /** The x axis' lower bound: the span counted in the axis' unit, negative. */
        public double lowerBound() {
            return -(double) span.toSeconds() / unit.getDuration().toSeconds();
        }

        public String axisLabel() {
            return unit == ChronoUnit.MINUTES ? "minutes ago" : "hours ago";
        }
    }

    /** A point: x in the range's unit before now (negative), y in the chart's unit. */
    public record Point(double x, double y) {
    }

    /** One line of a chart: a node or the runtime. */
    public record Line(String name, List<Point> points) {
    }

    /** The two calls the history makes; the metrics service in the app. */
    public interface HistoryCalls {
        CompletableFuture<MetricsResponse> nodes(RuntimeRef runtime, Instant start, Instant end, String interval);

        CompletableFuture<MetricsResponse> runtime(RuntimeRef runtime, Instant start, Instant end, String interval);
    }

    private final UiExecutor ui;
    private final Clock clock;
    private final HistoryCalls calls;
    private final Supplier<RuntimeRef> runtime;
    private final ObjectProperty<Range> range = new SimpleObjectProperty<>(Range.HOUR);
    private final ObservableList<Line> cpu = FXCollections.observableArrayList();
    private final ObservableList<Line> memory = FXCollections.observableArrayList();
    private final ObservableList<Line> queue = FXCollections.observableArrayList();
    private final ObservableList<Line> pickupDelay = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private CompletableFuture<?> pending;

    public MetricsHistoryViewModel(UiExecutor ui, Clock clock, HistoryCalls calls, Supplier<RuntimeRef> runtime) {
        this.ui = ui;
        this.clock = clock;
        this.calls = calls;
        this.runtime = runtime;
        range.addListener((obs, old, now) -> load());
    }

    /** Asks Azure Monitor for the chosen range; an answer for an earlier runtime or range is dropped. */
    public void load() {
        RuntimeRef ref = runtime.get();
        if (ref == null) {
            return;
        }
        if (pending != null) {
            pending.cancel(true);
        }
        Range chosen = range.get();
        Instant end = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        Instant start = end.minus(chosen.span);
        loading.set(true);
        status.set("Reading " + chosen.label.toLowerCase(Locale.ROOT) + " from Azure Monitor…");
        CompletableFuture<MetricsResponse> nodes = calls.nodes(ref, start, end, chosen.interval);
        CompletableFuture<MetricsResponse> load = calls.runtime(ref, start, end, chosen.interval);
        CompletableFuture<Void> both = CompletableFuture.allOf(nodes, load);
        pending = both;
        both.whenComplete((done, failure) -> ui.execute(() -> {
            if (pending != both || !ref.equals(runtime.get())) {
                return;
            }
            if (failure != null) {
                nodes.cancel(true);
                load.cancel(true);
                status.set("Azure Monitor metrics: " + Failures.describe(failure));
            } else {
                show(chosen, end, nodes.join(), load.join());
            }
            // Last, so whoever waits for the load to end finds the charts, the summary and the status all in place.
            loading.set(false);
        }));
    }

    private void show(Range chosen, Instant end, MetricsResponse nodes, MetricsResponse load) {
        cpu.setAll(lines(nodes, MetricsService.CPU, MetricsService.NODE_DIMENSION, chosen, end, 1));
        memory.setAll(lines(nodes, MetricsService.AVAILABLE_MEMORY, MetricsService.NODE_DIMENSION, chosen, end, 1L << 30));
        queue.setAll(lines(load, MetricsService.QUEUE_LENGTH, MetricsService.RUNTIME_DIMENSION, chosen, end, 1));
        pickupDelay.setAll(lines(load, MetricsService.PICKUP_DELAY, MetricsService.RUNTIME_DIMENSION, chosen, end, 1));
        boolean empty = cpu.stream().allMatch(l -> l.points().isEmpty()) && queue.stream().allMatch(l -> l.points().isEmpty());
        status.set(empty ? "Azure Monitor has no integration-runtime metrics for this runtime in the " + chosen.label.toLowerCase(Locale.ROOT)
                + " (it keeps them for self-hosted runtimes with a node that reported)." : "");
        summary.set(empty ? "" : summary(nodes, load));
    }

    /** "Peak CPU 97 % on VM-01 · longest queue 58 · longest pickup delay 350 s": the maxima, not the averages drawn. */
    private static String summary(MetricsResponse nodes, MetricsResponse load) {
        List<String> parts = new ArrayList<>();
        peak(nodes, MetricsService.CPU, MetricsService.NODE_DIMENSION).ifPresent(p ->
                parts.add(String.format(Locale.ROOT, "Peak CPU %.0f %% on %s", p.value, p.name)));
        peak(load, MetricsService.QUEUE_LENGTH, MetricsService.RUNTIME_DIMENSION).ifPresent(p ->
                parts.add(String.format(Locale.ROOT, "longest queue %.0f", p.value)));
        peak(load, MetricsService.PICKUP_DELAY, MetricsService.RUNTIME_DIMENSION).ifPresent(p ->
                parts.add(String.format(Locale.ROOT, "longest pickup delay %.0f s", p.value)));
        return String.join(" · ", parts);
    }

    private record Named(String name, double value) {
    }

    private static java.util.Optional<Named> peak(MetricsResponse response, String metric, String dimension) {
        return response.metric(metric).stream().flatMap(m -> m.timeseries().stream())
                .flatMap(s -> s.data().stream().filter(p -> p.maximum() != null)
                        .map(p -> new Named(s.dimension(dimension).orElse("?"), p.maximum())))
                .max(java.util.Comparator.comparingDouble(Named::value));
    }

    private static List<Line> lines(MetricsResponse response, String metric, String dimension, Range range, Instant end, double divisor) {
        double unitSeconds = range.unit.getDuration().toSeconds();
        return response.metric(metric).stream().flatMap(m -> m.timeseries().stream()).map(series -> new Line(
                series.dimension(dimension).orElse(metric), series.data().stream().filter(p -> p.average() != null && p.timeStamp() != null)
                // Azure aligns intervals to the clock, so the first one may begin before the range: it is drawn at the range's start.
                .map(p -> new Point(-Duration.between(later(p.timeStamp(), end.minus(range.span)), end).toSeconds() / unitSeconds,
                        p.average() / divisor)).toList()))
                .toList();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** Another runtime is shown: nothing of the last one stays. */
    public void clear() {
        if (pending != null) {
            pending.cancel(true);
            pending = null;
        }
        cpu.clear();
        memory.clear();
        queue.clear();
        pickupDelay.clear();
        status.set("");
        summary.set("");
        loading.set(false);
    }

    public ObjectProperty<Range> rangeProperty() { return range; }
    /** CPU % per node. */
    public ObservableList<Line> cpu() { return cpu; }
    /** Available memory per node, in GiB. */
    public ObservableList<Line> memory() { return memory; }
    /** Queue length of the runtime. */
    public ObservableList<Line> queue() { return queue; }
    /** Average task pickup delay of the runtime, in seconds. */
    public ObservableList<Line> pickupDelay() { return pickupDelay; }
    /** What is loading, why nothing shows, or what failed and what to do; empty when the charts say it all. */
    public StringProperty statusProperty() { return status; }
    /** The range's peaks in words. */
    public StringProperty summaryProperty() { return summary; }
    public BooleanProperty loadingProperty() { return loading; }
}
