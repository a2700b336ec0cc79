package dev.adfconsole.ui.summary;

import dev.adfconsole.model.PipelineRun;
import dev.adfconsole.model.RunFilterParameters;
import dev.adfconsole.service.AsyncLimiter;
import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.FactoryRef;
import dev.adfconsole.service.Failures;
import dev.adfconsole.ui.common.UiExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the detail area shows for a selected factory or subscription: its integration runtimes counted by state, its
 * pipelines, and its runs that failed in the last 24 hours, newest first. Everything loads in the background; a
 * newer selection makes the answers of an older one be dropped.
 */
public final class ScopeSummaryViewModel {

    public enum Kind { FACTORY, SUBSCRIPTION }

    /** One factory, or every factory of one subscription, with the services (the tenant's token) that reach it. */
    public record Scope(Kind kind, DataFactoryServices services, String title, String subscriptionId, FactoryRef factory) {
        public static Scope factory(DataFactoryServices services, FactoryRef factory) {
            return new Scope(Kind.FACTORY, services, factory.factoryName(), factory.subscriptionId(), factory);
        }

        public static Scope subscription(DataFactoryServices services, String subscriptionId, String name) {
            return new Scope(Kind.SUBSCRIPTION, services, name, subscriptionId, null);
        }
    }

    /** How many runtimes are in one state ("Online", "Stopped"…; "Unknown" when the status could not be read). */
    public record StateCount(String state, int count) {
    }

    /** A run that failed, and the factory it ran in. */
    public record FailedRun(FactoryRef factory, String pipelineName, String runId, Instant runStart, String message) {
    }

    static final Duration FAILED_RUNS_WINDOW = Duration.ofHours(24);
    static final int MAX_FAILED_RUNS = 10;
    private static final int STATUS_CALLS_AT_ONCE = 8;

    private final UiExecutor ui;
    private final Clock clock;
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>();
    private final StringProperty subtitle = new SimpleStringProperty("");
    private final StringProperty factoriesText = new SimpleStringProperty("");
    private final StringProperty runtimesText = new SimpleStringProperty("");
    private final StringProperty pipelinesText = new SimpleStringProperty("");
    private final StringProperty failedRunsText = new SimpleStringProperty("");
    private final StringProperty problems = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final ObservableList<StateCount> states = FXCollections.observableArrayList();
    private final ObservableList<FailedRun> failedRuns = FXCollections.observableArrayList();
    private final Map<String, Integer> stateTally = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final List<FailedRun> allFailed = new ArrayList<>();
    private int generation;
    private int runtimes;
    private int statesRead;
    private int pipelines;
    private int pending;
    private int factoriesRead;
    private int factories;

    public ScopeSummaryViewModel(UiExecutor ui, Clock clock) {
        this.ui = ui;
        this.clock = clock;
    }

    /** Summarises {@code next} (null: nothing); answers still coming for the previous scope are dropped. */
    public void show(Scope next) {
        int current = ++generation;
        scope.set(next);
        stateTally.clear();
        allFailed.clear();
        states.clear();
        failedRuns.clear();
        runtimes = statesRead = pipelines = pending = factoriesRead = factories = 0;
        problems.set("");
        if (next == null) {
            loading.set(false);
            return;
        }
        subtitle.set(next.kind() == Kind.FACTORY
                ? "Data factory · resource group " + next.factory().resourceGroupName() + " · subscription " + next.subscriptionId()
                : "Subscription · " + next.subscriptionId());
        pending++;
        updateTexts();
        CompletableFuture<List<FactoryRef>> found = next.kind() == Kind.FACTORY
                ? CompletableFuture.completedFuture(List.of(next.factory()))
                : next.services().factories().listBySubscription(next.subscriptionId(), page -> { })
                        .thenApply(list -> list.stream().map(f -> new FactoryRef(f.subscriptionId(), f.resourceGroupName(), f.name())).toList());
        found.whenComplete((refs, failure) -> ui.execute(() -> {
            if (current != generation) {
                return;
            }
            pending--;
            if (failure != null) {
                problem("The factories could not be listed: " + Failures.describe(failure));
            } else {
                factories = refs.size();
                AsyncLimiter statusCalls = new AsyncLimiter(STATUS_CALLS_AT_ONCE);
                refs.forEach(ref -> load(current, next.services(), ref, statusCalls));
            }
            updateTexts();
        }));
    }

    /** The same scope again, from Azure. */
    public void refresh() {
        show(scope.get());
    }

    private void load(int current, DataFactoryServices services, FactoryRef factory, AsyncLimiter statusCalls) {
        pending += 3;
        services.runtimes().list(factory, page -> { }).whenComplete((list, failure) -> ui.execute(() -> {
            if (current != generation) {
                return;
            }
            pending--;
            factoriesRead++;
            if (failure != null) {
                problem("Runtimes of " + factory.factoryName() + ": " + Failures.describe(failure));
            } else {
                runtimes += list.size();
                list.forEach(runtime -> {
                    pending++;
                    statusCalls.submit(() -> services.runtimes().getStatus(factory.runtime(runtime.name())))
                            .whenComplete((status, statusFailure) -> ui.execute(() -> {
                                if (current != generation) {
                                    return;
                                }
                                pending--;
                                statesRead++;
                                String state = statusFailure != null || status.properties() == null || status.properties().state() == null
                                        ? "Unknown" : status.properties().state().raw();
                                stateTally.merge(state, 1, Integer::sum);
                                updateTexts();
                            }));
                });
            }
            updateTexts();
        }));
        services.pipelines().list(factory, page -> { }).whenComplete((list, failure) -> ui.execute(() -> {
            if (current != generation) {
                return;
            }
            pending--;
            if (failure != null) {
                problem("Pipelines of " + factory.factoryName() + ": " + Failures.describe(failure));
            } else {
                pipelines += list.size();
            }
            updateTexts();
        }));
        Instant now = clock.instant();
        var filter = new RunFilterParameters(null, now.minus(FAILED_RUNS_WINDOW), now.plusSeconds(60),
                List.of(new RunFilterParameters.RunQueryFilter("Status", "Equals", List.of("Failed"))),
                List.of(new RunFilterParameters.RunQueryOrderBy("RunStart", "DESC")));
        List<PipelineRun> found = new ArrayList<>();
        services.runs().queryByFactory(factory, filter, page -> found.addAll(page) && found.size() < MAX_FAILED_RUNS)
                .whenComplete((count, failure) -> ui.execute(() -> {
                    if (current != generation) {
                        return;
                    }
                    pending--;
                    if (failure != null) {
                        problem("Runs of " + factory.factoryName() + ": " + Failures.describe(failure));
                    } else {
                        found.forEach(run -> allFailed.add(new FailedRun(factory, run.pipelineName(), run.runId(), run.runStart(), run.message())));
                    }
                    updateTexts();
                }));
    }

    private void problem(String text) {
        problems.set(problems.get().isEmpty() ? text : problems.get() + "\n" + text);
    }

    private void updateTexts() {
        Scope shown = scope.get();
        boolean subscription = shown != null && shown.kind() == Kind.SUBSCRIPTION;
        factoriesText.set(subscription ? count(factories, "factory", "factories") : "");
        runtimesText.set(count(runtimes, "integration runtime", "integration runtimes")
                + (statesRead < runtimes ? " (reading " + (runtimes - statesRead) + " states…)" : ""));
        pipelinesText.set(count(pipelines, "pipeline", "pipelines") + (subscription && factoriesRead < factories ? " so far" : ""));
        List<StateCount> next = stateTally.entrySet().stream().map(e -> new StateCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(StateCount::count).reversed().thenComparing(StateCount::state)).toList();
        if (!next.equals(states)) {
            states.setAll(next);
        }
        List<FailedRun> newest = allFailed.stream().sorted(Comparator.comparing(FailedRun::runStart,
                Comparator.nullsLast(Comparator.reverseOrder()))).limit(MAX_FAILED_RUNS).toList();
        if (!newest.equals(failedRuns)) {
            failedRuns.setAll(newest);
        }
        failedRunsText.set(allFailed.isEmpty() ? "No runs failed in the last 24 hours."
                : allFailed.size() == 1 ? "1 run failed in the last 24 hours."
                : allFailed.size() + " runs failed in the last 24 hours" + (allFailed.size() > MAX_FAILED_RUNS
                        ? "; the newest " + MAX_FAILED_RUNS + ":" : ":"));
        loading.set(pending > 0);
    }

    private static String count(int n, String one, String many) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }

    public ObjectProperty<Scope> scopeProperty() { return scope; }
    public StringProperty subtitleProperty() { return subtitle; }
    public StringProperty factoriesTextProperty() { return factoriesText; }
    public StringProperty runtimesTextProperty() { return runtimesText; }
    public StringProperty pipelinesTextProperty() { return pipelinesText; }
    public StringProperty failedRunsTextProperty() { return failedRunsText; }
    public StringProperty problemsProperty() { return problems; }
    public BooleanProperty loadingProperty() { return loading; }
    public ObservableList<StateCount> states() { return states; }
    public ObservableList<FailedRun> failedRuns() { return failedRuns; }
}
