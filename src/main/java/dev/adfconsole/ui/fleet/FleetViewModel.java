package dev.adfconsole.ui.fleet;

import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.Failures;
import dev.adfconsole.service.inventory.InventoryFormat;
import dev.adfconsole.service.inventory.InventoryRow;
import dev.adfconsole.service.inventory.InventorySweep;
import dev.adfconsole.ui.common.UiExecutor;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The fleet view: every integration runtime of the chosen subscriptions in one table with a health verdict, rows
 * arriving as the status calls answer (a few at a time, within ARM's limits), counts per verdict, Cancel.
 */
public final class FleetViewModel {

    /** A runtime and its verdict. */
    public record Row(InventoryRow runtime, Health health) {
    }

    static final int CONCURRENCY = 8;

    private final UiExecutor ui;
    private final DataFactoryServices services;
    private final List<String> subscriptions;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    /** The rows whose factory, runtime, state, verdict or error contains the filter text (all when empty). */
    private final javafx.collections.transformation.FilteredList<Row> shown = new javafx.collections.transformation.FilteredList<>(rows);
    private final StringProperty counts = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private CompletableFuture<List<InventoryRow>> sweep;

    /** {@code subscriptions} empty means every subscription the connection can see. */
    public FleetViewModel(UiExecutor ui, DataFactoryServices services, List<String> subscriptions) {
        filter.addListener((obs, old, text) -> shown.setPredicate(matching(text)));
        this.ui = ui;
        this.services = services;
        this.subscriptions = List.copyOf(subscriptions);
    }

    /** A new sweep; the table fills as answers come. */
    public void sweep() {
        cancel();
        rows.clear();
        running.set(true);
        status.set("Reading runtimes and their status…");
        // Each row checks that its own sweep is still the current, uncancelled one.
        @SuppressWarnings("unchecked")
        CompletableFuture<List<InventoryRow>>[] self = new CompletableFuture[1];
        CompletableFuture<List<InventoryRow>> current = new InventorySweep(services, CONCURRENCY)
                .run(subscriptions, true, row -> ui.execute(() -> {
                    if (sweep == self[0] && !sweep.isCancelled()) {
                        rows.add(new Row(row, Health.of(row)));
                        showCounts();
                    }
                }));
        self[0] = current;
        sweep = current;
        current.whenComplete((all, failure) -> ui.execute(() -> {
            if (sweep != current) {
                return;
            }
            running.set(false);
            if (failure instanceof CancellationException) {
                status.set("Cancelled after " + rows.size() + " runtimes.");
            } else if (failure != null) {
                status.set("The sweep failed: " + Failures.describe(failure));
            } else {
                long failed = all.stream().filter(InventoryRow::failed).count();
                status.set(all.size() + " runtimes" + (failed == 0 ? "." : ", " + failed + " could not be read (see their rows)."));
            }
        }));
    }

    /**
     * Writes the rows shown to {@code file}, as the {@code inventory} command writes them: JSON for a {@code .json}
     * file, CSV otherwise. Runs off the UI thread; the status line says where it went or why not.
     */
    public CompletableFuture<Void> export(java.nio.file.Path file) {
        List<InventoryRow> snapshot = shown.stream().map(Row::runtime).toList();
        InventoryFormat format = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")
                ? InventoryFormat.JSON : InventoryFormat.CSV;
        return CompletableFuture.runAsync(() -> {
            try (var out = java.nio.file.Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
                format.write(snapshot, out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).whenComplete((done, failure) -> ui.execute(() -> status.set(failure == null
                ? "Exported " + snapshot.size() + " runtimes to " + file + "."
                : "Export failed: " + (failure.getCause() == null ? failure : failure.getCause()).getMessage())));
    }

    /** Stops taking rows; calls already sent finish on their own. */
    public void cancel() {
        if (sweep != null && !sweep.isDone()) {
            sweep.cancel(true);
        }
    }

    private void showCounts() {
        Map<Health.Verdict, Long> byVerdict = rows.stream().collect(Collectors.groupingBy(r -> r.health().verdict(),
                () -> new EnumMap<>(Health.Verdict.class), Collectors.counting()));
        counts.set(java.util.Arrays.stream(Health.Verdict.values())
                .map(v -> byVerdict.getOrDefault(v, 0L) + " " + v.name().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining(" · ")));
    }

    private static java.util.function.Predicate<Row> matching(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (needle.isEmpty()) {
            return row -> true;
        }
        return row -> java.util.stream.Stream.of(row.runtime().factoryName(), row.runtime().integrationRuntimeName(),
                        row.runtime().resourceGroupName(), row.runtime().state(), row.runtime().error(), row.health().verdict().name())
                .anyMatch(value -> value != null && value.toLowerCase(java.util.Locale.ROOT).contains(needle));
    }

    public ObservableList<Row> rows() { return rows; }
    public javafx.collections.transformation.FilteredList<Row> shownRows() { return shown; }
    public StringProperty filterProperty() { return filter; }
    public StringProperty countsProperty() { return counts; }
    public StringProperty statusProperty() { return status; }
    public BooleanProperty runningProperty() { return running; }
}
