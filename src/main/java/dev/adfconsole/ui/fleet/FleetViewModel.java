package dev.adfconsole.ui.fleet;

import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.FactoryRef;
import dev.adfconsole.service.Failures;
import dev.adfconsole.service.RuntimeRef;
import dev.adfconsole.service.inventory.FleetCache;
import dev.adfconsole.service.inventory.InventoryRow;
import dev.adfconsole.service.inventory.InventorySweep;
import dev.adfconsole.service.inventory.VersionSupport;
import dev.adfconsole.ui.common.TimeText;
import dev.adfconsole.ui.common.UiExecutor;
import dev.adfconsole.ui.common.UiTimer;
import dev.adfconsole.ui.fleet.FleetEntries.Entry;
import dev.adfconsole.ui.fleet.FleetEntries.Group;
import dev.adfconsole.ui.fleet.FleetEntries.Row;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The fleet view: every integration runtime of the chosen subscriptions in one table with a health verdict. The
 * last sweep of the same scope shows at once (marked with its age); the new one replaces its rows as the status
 * calls answer, within ARM's limits. The table is rebuilt at most every {@link #REDRAW_EVERY} while answers pour
 * in, so ten thousand rows never keep the UI thread busy.
 */
public final class FleetViewModel {

    public enum GroupBy { NONE, SUBSCRIPTION, FACTORY }

    /**
     * Which runtimes, and a key for the cache: per tenant, its services and subscriptions (empty: all it sees).
     * Each tenant is swept with its own token and its own share of the concurrency.
     */
    public record Scope(String key, List<Target> targets) {
        public Scope(String key, DataFactoryServices services, List<String> subscriptions) {
            this(key, List.of(new Target(services, subscriptions)));
        }

        /** The services (tenant) that swept a subscription: the one naming it, else the one sweeping all it sees. */
        public DataFactoryServices servicesFor(String subscriptionId) {
            return targets.stream().filter(t -> t.subscriptions().stream().anyMatch(s -> s.equalsIgnoreCase(subscriptionId)))
                    .findFirst().or(() -> targets.stream().filter(t -> t.subscriptions().isEmpty()).findFirst())
                    .orElse(targets.get(0)).services();
        }
    }

    /** One tenant's services and subscriptions. */
    public record Target(DataFactoryServices services, List<String> subscriptions) {
    }

    static final int DEFAULT_CONCURRENCY = 16;
    static final Duration REDRAW_EVERY = Duration.ofMillis(200);

    private final UiExecutor ui;
    /** The sweep's answers, in order, handed to the UI thread in batches. */
    private final UiExecutor answers;
    private final UiTimer timer;
    private final Clock clock;
    private final FleetCache cache;
    private final Scope scope;
    private final Consumer<RuntimeRef> reveal;
    private int concurrency = DEFAULT_CONCURRENCY;
    /** Every runtime known, in arrival order; {@link #entries} is what the table shows of them. */
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final Map<String, Integer> positions = new HashMap<>();
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    /** Only self-hosted runtimes whose version expires within {@link VersionSupport#WARNING_DAYS} days (or has). */
    private final BooleanProperty expiringOnly = new SimpleBooleanProperty();
    /** Subscription names by lower-case id, as ARM lists them: the table shows them in place of GUIDs. */
    private final Map<String, String> subscriptionNames = new HashMap<>();
    private final ObjectProperty<GroupBy> groupBy = new SimpleObjectProperty<>(GroupBy.NONE);
    private final Set<String> collapsed = new HashSet<>();
    private Comparator<? super Entry> order;
    private final StringProperty counts = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty source = new SimpleStringProperty("");
    private final StringProperty cacheNote = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final StringProperty progressText = new SimpleStringProperty("");
    private int found;
    private int answered;
    private boolean redrawPending;
    private boolean firstAnswerShown;
    private CompletableFuture<List<InventoryRow>> sweep;
    private final FleetPeaks peaks;

    /** {@code reveal} opens a runtime in the main window's tree (double-click). */
    public FleetViewModel(UiExecutor ui, UiTimer timer, Clock clock, FleetCache cache, Scope scope, Consumer<RuntimeRef> reveal) {
        this.ui = ui;
        this.answers = new dev.adfconsole.ui.common.BatchingUiExecutor(ui);
        this.timer = timer;
        this.clock = clock;
        this.cache = cache;
        this.scope = scope;
        this.reveal = reveal;
        filter.addListener((obs, old, text) -> redraw());
        expiringOnly.addListener((obs, old, on) -> redraw());
        groupBy.addListener((obs, old, by) -> redraw());
        this.peaks = new FleetPeaks(answers, clock, () -> {
            if (order != null) {
                scheduleRedraw(); // sorted by a column: perhaps by these
            }
        });
    }

    /** How many status calls at once (the benchmark varies it). */
    public void setConcurrency(int value) {
        this.concurrency = value;
    }

    /** Opening the view: the cached sweep (read off the UI thread) first, then a new sweep. */
    public CompletableFuture<Void> open() {
        loadSubscriptionNames();
        return CompletableFuture.supplyAsync(() -> cache.load(scope.key()))
                .thenAccept(snapshot -> ui.execute(() -> {
                    snapshot.filter(s -> rows.isEmpty()).ifPresent(s -> {
                        s.rows().forEach(row -> put(new Row(row, Health.of(row, clock.instant()), true)));
                        cacheNote.set("Showing the sweep of " + TimeText.localWithAge(s.sweptAt(), clock.instant(),
                                ZoneId.systemDefault()) + " until this one has answered for each runtime.");
                        redraw();
                    });
                    sweep();
                }));
    }

    /** A new sweep; rows already shown stay, marked as not refreshed, until their new answer comes. */
    public void sweep() {
        cancel();
        rows.replaceAll(r -> r.cached() ? r : new Row(r.runtime(), r.health(), true));
        found = 0;
        answered = 0;
        firstAnswerShown = false;
        running.set(true);
        progress.set(-1);
        progressText.set("Listing factories and runtimes…");
        peaks.restart();
        status.set("Reading runtimes and their status…");
        @SuppressWarnings("unchecked")
        CompletableFuture<List<InventoryRow>>[] self = new CompletableFuture[1];
        InventorySweep.Listener listener = new InventorySweep.Listener() {
                    @Override
                    public void row(InventoryRow row) {
                        answers.execute(() -> {
                            if (sweep == self[0] && !sweep.isCancelled()) {
                                arrived(row);
                            }
                        });
                    }

                    @Override
                    public void runtimesFound(int count) {
                        answers.execute(() -> {
                            if (sweep == self[0]) {
                                found += count;
                            }
                        });
                    }

                    @Override
                    public void factorySource(String description) {
                        answers.execute(() -> source.set(description));
                    }
                };
        List<CompletableFuture<List<InventoryRow>>> parts = scope.targets().stream().map(target ->
                new InventorySweep(target.services(), concurrency, clock).run(target.subscriptions(), true,
                        peaks.listen(target.services(), listener))).toList();
        CompletableFuture<List<InventoryRow>> current = dev.adfconsole.service.Futures.concat(parts);
        // Cancel reaches every tenant's sweep.
        current.whenComplete((all, failure) -> {
            if (current.isCancelled()) {
                parts.forEach(p -> p.cancel(true));
            }
        });
        self[0] = current;
        sweep = current;
        current.whenComplete((all, failure) -> answers.execute(() -> finished(current, all, failure)));
    }

    private void arrived(InventoryRow row) {
        put(new Row(row, Health.of(row, clock.instant()), false));
        if (row.integrationRuntimeName() != null) {
            answered++;
        }
        if (!firstAnswerShown) {
            // The first answer shows at once; later ones are batched. (Not "while the table is empty": with a filter
            // that matches nothing, that would redraw at every answer.)
            firstAnswerShown = true;
            redraw();
        } else {
            scheduleRedraw();
        }
    }

    private void finished(CompletableFuture<List<InventoryRow>> current, List<InventoryRow> all, Throwable failure) {
        if (sweep != current) {
            return;
        }
        showProgress();
        running.set(false);
        if (failure instanceof CancellationException) {
            status.set("Cancelled after " + answered + " of " + found + " runtimes; rows in italics are from the last sweep.");
        } else if (failure != null) {
            status.set("The sweep failed: " + Failures.describe(failure) + " Rows in italics are from the last sweep.");
        } else {
            // What the sweep did not find is gone from Azure: it leaves the table. Rows under a subscription or
            // factory that could not be listed this time stay, still marked as from the last sweep.
            Set<String> unlisted = all.stream().filter(r -> r.failed() && r.integrationRuntimeName() == null)
                    .map(r -> (r.factoryName() == null ? r.subscriptionId() : r.subscriptionId() + "/" + r.resourceGroupName()
                            + "/" + r.factoryName()).toLowerCase(Locale.ROOT) + "/").collect(java.util.stream.Collectors.toSet());
            rows.removeIf(r -> r.cached() && unlisted.stream().noneMatch(r.key()::startsWith));
            reindex();
            cacheNote.set("");
            long failed = all.stream().filter(InventoryRow::failed).count();
            status.set(all.size() + " runtimes" + (failed == 0 ? "." : ", " + failed + " could not be read (see their rows)."));
            var snapshot = new FleetCache.Snapshot(scope.key(), clock.instant(), List.copyOf(all));
            CompletableFuture.runAsync(() -> {
                try {
                    cache.save(snapshot);
                } catch (java.io.IOException e) {
                    ui.execute(() -> status.set(status.get() + " (The sweep could not be kept for next time: " + e.getMessage() + ")"));
                }
            });
        }
        progress.set(failure == null ? 1 : progress.get() < 0 ? 0 : progress.get());
        redraw();
    }

    private void showProgress() {
        progress.set(found == 0 ? -1 : Math.min(1.0, (double) answered / found));
        progressText.set(String.format(Locale.ROOT, "%,d of %,d runtimes", answered, found));
    }

    private void put(Row row) {
        Integer at = positions.get(row.key());
        if (at == null) {
            positions.put(row.key(), rows.size());
            rows.add(row);
        } else {
            rows.set(at, row);
        }
    }

    private void reindex() {
        positions.clear();
        for (int i = 0; i < rows.size(); i++) {
            positions.put(rows.get(i).key(), i);
        }
    }

    /**
     * One subscription list per tenant (the sweep itself may not list them: a subscription's fleet names its id).
     * Without an answer the ids stay: names are a courtesy, not worth an error.
     */
    private void loadSubscriptionNames() {
        for (Target target : scope.targets()) {
            target.services().subscriptions().subscriptions().thenAccept(list -> ui.execute(() -> {
                list.stream().filter(s -> s.subscriptionId() != null && s.displayName() != null && !s.displayName().isBlank())
                        .forEach(s -> subscriptionNames.put(s.subscriptionId().toLowerCase(Locale.ROOT), s.displayName()));
                redraw();
            }));
        }
    }

    /** The subscription's name where known, else its id. */
    public String subscriptionName(String subscriptionId) {
        return subscriptionId == null ? null : subscriptionNames.getOrDefault(subscriptionId.toLowerCase(Locale.ROOT), subscriptionId);
    }

    /** Stops taking rows; calls already sent finish on their own. */
    public void cancel() {
        if (sweep != null && !sweep.isDone()) {
            sweep.cancel(true);
        }
        peaks.cancel(); // also when the sweep has ended: closing the window stops the peaks still coming
    }

    /** The table's column sort, applied within each group (null: worst verdict first). */
    public void sortBy(Comparator<? super Entry> comparator) {
        this.order = comparator;
        redraw();
    }

    /** Double-click or Enter: a group heading folds or unfolds, a runtime opens in the tree. */
    public void activate(Entry entry) {
        if (entry instanceof Group group) {
            if (!collapsed.remove(group.key())) {
                collapsed.add(group.key());
            }
            redraw();
        } else if (entry instanceof Row row && row.runtime().integrationRuntimeName() != null) {
            InventoryRow r = row.runtime();
            reveal.accept(new FactoryRef(r.subscriptionId(), r.resourceGroupName(), r.factoryName()).runtime(r.integrationRuntimeName()));
        }
    }

    /**
     * Writes the runtimes shown to {@code file} as the {@code inventory} command does (JSON for {@code .json}, CSV
     * otherwise), off the UI thread; the status line says where it went or why not.
     */
    public CompletableFuture<Void> export(java.nio.file.Path file) {
        List<InventoryRow> snapshot = rows.stream().filter(shown()).map(Row::runtime).toList();
        return FleetExport.write(snapshot, file).whenComplete((done, failure) -> ui.execute(() -> status.set(failure == null
                ? "Exported " + snapshot.size() + " runtimes to " + file + "."
                : "Export failed: " + (failure.getCause() == null ? failure : failure.getCause()).getMessage())));
    }

    private void scheduleRedraw() {
        if (!redrawPending) {
            redrawPending = true;
            timer.after(REDRAW_EVERY, () -> {
                redrawPending = false;
                redraw();
            });
        }
    }

    private void redraw() {
        if (running.get()) {
            showProgress(); // with the rows, not per answer: formatting text for each of 10,000 showed in the profile
        }
        FleetEntries.applyTo(entries, FleetEntries.build(rows, shown(), groupBy.get(), order, collapsed,
                this::subscriptionName));
        counts.set(FleetEntries.counts(FleetEntries.verdicts(rows)));
    }

    private Predicate<Row> shown() {
        Predicate<Row> text = matching(filter.get());
        if (!expiringOnly.get()) {
            return text;
        }
        java.time.Instant now = clock.instant();
        return text.and(row -> VersionSupport.of(row.runtime(), now).within(VersionSupport.WARNING_DAYS));
    }

    /** The rows whose subscription (name or id), factory, runtime, resource group, state, error or verdict has the text. */
    private Predicate<Row> matching(String text) {
        return dev.adfconsole.ui.common.TextSearch.matching(text, row -> java.util.Arrays.asList(row.runtime().subscriptionId(),
                subscriptionName(row.runtime().subscriptionId()),
                row.runtime().factoryName(), row.runtime().integrationRuntimeName(), row.runtime().resourceGroupName(),
                row.runtime().state(), row.runtime().error(), row.health().verdict().name()));
    }

    public ObservableList<Row> rows() { return rows; }
    /** Each runtime's peak CPU and queue length of the last hour, from Azure Monitor. */
    public FleetPeaks peaks() { return peaks; }
    public ObservableList<Entry> entries() { return entries; }
    public StringProperty filterProperty() { return filter; }
    public BooleanProperty expiringOnlyProperty() { return expiringOnly; }
    public Clock clock() { return clock; }
    public Scope scope() { return scope; }
    public ObjectProperty<GroupBy> groupByProperty() { return groupBy; }
    public StringProperty countsProperty() { return counts; }
    public StringProperty statusProperty() { return status; }
    public StringProperty sourceProperty() { return source; }
    public StringProperty cacheNoteProperty() { return cacheNote; }
    public BooleanProperty runningProperty() { return running; }
    public DoubleProperty progressProperty() { return progress; }
    public StringProperty progressTextProperty() { return progressText; }
}
