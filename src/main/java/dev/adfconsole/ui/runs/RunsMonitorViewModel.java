package dev.adfconsole.ui.runs;

import dev.adfconsole.model.PipelineRun;
import dev.adfconsole.model.PipelineRunStatus;
import dev.adfconsole.model.RunFilterParameters;
import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.FactoryRef;
import dev.adfconsole.service.runs.DurationBaselines;
import dev.adfconsole.service.runs.FactoryRun;
import dev.adfconsole.service.runs.RunScope;
import dev.adfconsole.service.runs.ScopeFailure;
import dev.adfconsole.service.runs.ScopeRunQuery;
import dev.adfconsole.ui.common.BatchingUiExecutor;
import dev.adfconsole.ui.common.UiExecutor;
import dev.adfconsole.ui.runmonitor.RunFilter;
import dev.adfconsole.ui.runmonitor.TimeWindow;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The runs of every factory in a scope (a connection, a subscription or a factory): rows arrive as factories
 * answer, grouped by run group, with progress and Cancel; a factory that fails adds a line and hides nothing.
 * Runs still going are refreshed and marked when they take longer than their pipeline usually does.
 */
public final class RunsMonitorViewModel {

    /** One tenant's share of the scope: the services that reach it and what to query. */
    public record Target(DataFactoryServices services, RunScope scope, Map<String, String> subscriptionNames) {
    }

    public static final String NOT_RECOVERED = "Failed, not yet recovered";
    public static final List<String> STATUSES = List.of(RunFilter.ANY_STATUS, "Queued", "InProgress", "Succeeded",
            "Failed", "Canceling", "Cancelled", NOT_RECOVERED);
    static final Set<PipelineRunStatus> GOING = Set.of(PipelineRunStatus.QUEUED, PipelineRunStatus.IN_PROGRESS,
            PipelineRunStatus.CANCELING);

    private final UiExecutor ui;
    private final List<Target> targets;
    private final String title;
    private final Clock clock;
    private final int concurrency;
    private final ObjectProperty<TimeWindow> window = new SimpleObjectProperty<>(TimeWindow.LAST_DAY);
    private final StringProperty status = new SimpleStringProperty(RunFilter.ANY_STATUS);
    private final StringProperty pipelineName = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty progress = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty();
    private final ObservableList<GroupRow> groups = FXCollections.observableArrayList();
    private final ObservableList<String> failures = FXCollections.observableArrayList();
    private final ObservableList<FactoryRun> selectedRuns = FXCollections.observableArrayList();
    private final ObjectProperty<GroupRow> current = new SimpleObjectProperty<>();
    private final GroupHistoryModel history;
    private final Map<String, FactoryRun> runs = new LinkedHashMap<>();
    private final Map<FactoryRef, Target> targetOf = new HashMap<>();
    private final Map<FactoryRef, Map<String, DurationBaselines.Baseline>> baselines = new HashMap<>();
    private final List<ScopeRunQuery.Handle> handles = new ArrayList<>();
    private int factoriesTotal;
    private int factoriesDone;
    private int generation;
    private boolean regroupPending;
    private long lastRegroup = System.nanoTime() - REGROUP_EVERY.toNanos();
    private static final java.time.Duration REGROUP_EVERY = java.time.Duration.ofMillis(150);

    public RunsMonitorViewModel(UiExecutor ui, String title, List<Target> targets, Clock clock, int concurrency) {
        this.ui = new BatchingUiExecutor(ui);
        this.title = title;
        this.targets = List.copyOf(targets);
        this.clock = clock;
        this.concurrency = concurrency;
        this.history = new GroupHistoryModel(ui, factory -> targetOf.get(factory).services());
        current.addListener((obs, old, row) -> {
            if (row == null || old == null || !row.key().equals(old.key()) || row.group().attempts().size() != old.group().attempts().size()) {
                history.show(row);
            }
        });
    }

    /** Asks every factory in scope again, from nothing; an earlier search still answering is cancelled. */
    public void search() {
        RunFilterParameters parameters;
        try {
            String serverStatus = NOT_RECOVERED.equals(status.get()) ? RunFilter.ANY_STATUS : status.get();
            parameters = new RunFilter(window.get(), "", "", serverStatus, pipelineName.get(), "").toParameters(clock);
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        cancel();
        int mine = ++generation;
        error.set(null);
        runs.clear();
        baselines.clear();
        failures.clear();
        groups.clear();
        current.set(null);
        factoriesTotal = 0;
        factoriesDone = 0;
        loading.set(true);
        progress.set("Finding the factories…");
        handles.clear();
        List<java.util.concurrent.CompletableFuture<?>> all = new ArrayList<>();
        for (Target target : targets) {
            ScopeRunQuery.Handle handle = new ScopeRunQuery(target.services(), concurrency)
                    .run(target.scope(), parameters, new Answers(mine, target));
            handles.add(handle);
            all.add(handle.done());
        }
        java.util.concurrent.CompletableFuture.allOf(all.toArray(java.util.concurrent.CompletableFuture[]::new))
                .whenComplete((done, failure) -> ui.execute(() -> {
                    if (mine != generation) {
                        return;
                    }
                    // The last pages' regroup may still be queued behind this: the rows are complete when loading ends.
                    regroupIfPending();
                    loading.set(false);
                    if (failure != null) {
                        error.set(dev.adfconsole.service.Failures.describe(failure));
                    }
                    showProgress();
                }));
    }

    /** Stops asking: factories not answered yet are left out, what arrived stays. */
    public void cancel() {
        handles.forEach(ScopeRunQuery.Handle::cancel);
    }

    /** Live refresh: each run still going is asked again and its row updated. */
    public void refreshInProgress() {
        int mine = generation;
        List.copyOf(runs.values()).stream().filter(r -> GOING.contains(r.run().status().value())).forEach(r ->
                targetOf.get(r.factory()).services().runs().get(r.factory(), r.run().runId()).thenAccept(fresh -> ui.execute(() -> {
                    if (mine == generation) {
                        runs.put(r.key(), new FactoryRun(r.factory(), fresh));
                        regroup();
                    }
                })));
    }

    /** The services that reach a factory in this monitor (a bulk rerun sends through them). */
    public DataFactoryServices servicesOf(FactoryRef factory) {
        return targetOf.get(factory).services();
    }

    /** Every run this monitor has seen (a bulk rerun looks here for later runs of a group). */
    public List<FactoryRun> knownRuns() {
        return List.copyOf(runs.values());
    }

    private final class Answers implements ScopeRunQuery.Listener {
        private final int mine;
        private final Target target;

        Answers(int mine, Target target) {
            this.mine = mine;
            this.target = target;
        }

        @Override
        public void factoriesFound(int count) {
            ui.execute(() -> {
                if (mine == generation) {
                    factoriesTotal += count;
                    showProgress();
                }
            });
        }

        @Override
        public void runs(FactoryRef factory, List<PipelineRun> page) {
            ui.execute(() -> {
                if (mine == generation) {
                    targetOf.put(factory, target);
                    page.forEach(run -> {
                        FactoryRun row = new FactoryRun(factory, run);
                        runs.put(row.key(), row);
                    });
                    regroupSoon();
                }
            });
        }

        @Override
        public void factoryDone(FactoryRef factory) {
            ui.execute(() -> {
                if (mine == generation) {
                    targetOf.putIfAbsent(factory, target);
                    factoriesDone++;
                    showProgress();
                    askBaseline(factory, mine);
                }
            });
        }

        @Override
        public void failed(ScopeFailure failure) {
            ui.execute(() -> {
                if (mine == generation) {
                    failures.add(failure.describe());
                }
            });
        }
    }

    /** A factory with runs going: how long its pipelines usually take, for the long-running mark. */
    private void askBaseline(FactoryRef factory, int mine) {
        boolean going = runs.values().stream().anyMatch(r -> r.factory().equals(factory) && GOING.contains(r.run().status().value()));
        if (!going || baselines.containsKey(factory)) {
            return;
        }
        baselines.put(factory, Map.of());
        new DurationBaselines(targetOf.get(factory).services(), clock).of(factory).thenAccept(map -> ui.execute(() -> {
            if (mine == generation) {
                baselines.put(factory, map);
                regroup();
            }
        }));
    }

    private void showProgress() {
        String text = factoriesDone + " of " + factoriesTotal + (factoriesTotal == 1 ? " factory" : " factories") + " answered · "
                + runs.size() + (runs.size() == 1 ? " run" : " runs");
        if (!failures.isEmpty()) {
            text += " · " + failures.size() + " failed";
        }
        boolean cancelled = !loading.get() && handles.stream().anyMatch(ScopeRunQuery.Handle::isCancelled)
                && factoriesDone < factoriesTotal;
        progress.set(loading.get() || cancelled ? (cancelled ? "Cancelled: " : "") + text : text.replace(" answered", ""));
    }

    /**
     * At most one regroup every {@link #REGROUP_EVERY}: each regroups every run, and with a hundred factories
     * answering within a second, one per answer kept the UI thread busy for nothing. The last one runs when the
     * search ends.
     */
    private void regroupSoon() {
        if (regroupPending) {
            return;
        }
        regroupPending = true;
        long wait = REGROUP_EVERY.toNanos() - (System.nanoTime() - lastRegroup);
        if (wait <= 0) {
            ui.execute(this::regroupIfPending);
        } else {
            java.util.concurrent.CompletableFuture.delayedExecutor(wait, java.util.concurrent.TimeUnit.NANOSECONDS).execute(() -> {
                try {
                    ui.execute(this::regroupIfPending);
                } catch (java.util.concurrent.RejectedExecutionException e) {
                    // The UI has shut down meanwhile (a closed test harness): nothing is left to draw.
                }
            });
        }
    }

    private void regroupIfPending() {
        if (regroupPending) {
            regroupPending = false;
            regroup();
        }
    }

    /** Groups the runs, applies "failed and not yet recovered", marks long runs. */
    void regroup() {
        List<GroupRow> rows = GroupRows.build(runs.values(), NOT_RECOVERED.equals(status.get()), baselines, factory -> {
            Target target = targetOf.get(factory);
            return target == null ? factory.subscriptionId()
                    : target.subscriptionNames().getOrDefault(factory.subscriptionId(), factory.subscriptionId());
        }, clock.instant());
        groups.setAll(rows);
        lastRegroup = System.nanoTime();
        GroupRow was = current.get();
        if (was != null) {
            rows.stream().filter(r -> r.key().equals(was.key())).findFirst().ifPresent(current::set);
        }
        showProgress();
    }

    public String title() { return title; }
    public Clock clock() { return clock; }
    public ObjectProperty<TimeWindow> windowProperty() { return window; }
    public StringProperty statusProperty() { return status; }
    public StringProperty pipelineNameProperty() { return pipelineName; }
    public BooleanProperty loadingProperty() { return loading; }
    public StringProperty progressProperty() { return progress; }
    public StringProperty errorProperty() { return error; }
    public ObservableList<GroupRow> groups() { return groups; }
    public ObservableList<String> failures() { return failures; }
    public ObservableList<FactoryRun> selectedRuns() { return selectedRuns; }
    public ObjectProperty<GroupRow> currentProperty() { return current; }
    public GroupHistoryModel history() { return history; }
}
