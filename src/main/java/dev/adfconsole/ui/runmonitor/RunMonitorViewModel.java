package dev.adfconsole.ui.runmonitor;

import dev.adfconsole.model.PipelineRun;
import dev.adfconsole.model.PipelineRunStatus;
import dev.adfconsole.model.RunFilterParameters;
import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.FactoryRef;
import dev.adfconsole.service.Failures;
import dev.adfconsole.service.RunsPage;
import dev.adfconsole.ui.common.AsyncAction;
import dev.adfconsole.ui.common.Confirmation;
import dev.adfconsole.ui.common.DialogService;
import dev.adfconsole.ui.common.UiExecutor;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The run monitor of one factory: filtered runs newest first, one page at a time as the user scrolls, live status of
 * runs still going, the selected run's activity runs, Cancel and the two ways to rerun.
 */
public final class RunMonitorViewModel {

    /** Opens the run dialog prefilled for a rerun of {@code run}. */
    @FunctionalInterface
    public interface Rerun {
        void open(PipelineRun run, boolean fromFailure);
    }

    public static final List<String> STATUSES = List.of(RunFilter.ANY_STATUS, "Queued", "InProgress", "Succeeded",
            "Failed", "Canceling", "Cancelled");
    private static final Set<PipelineRunStatus> GOING = Set.of(PipelineRunStatus.QUEUED, PipelineRunStatus.IN_PROGRESS,
            PipelineRunStatus.CANCELING);

    private final UiExecutor ui;
    private final DataFactoryServices services;
    private final FactoryRef factory;
    private final Clock clock;
    private final Rerun rerun;
    private final ObjectProperty<TimeWindow> window = new SimpleObjectProperty<>(TimeWindow.LAST_DAY);
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty(RunFilter.ANY_STATUS);
    private final StringProperty pipelineName = new SimpleStringProperty("");
    private final StringProperty runId = new SimpleStringProperty("");
    private final ObservableList<PipelineRun> runs = FXCollections.observableArrayList();
    private final ObjectProperty<PipelineRun> selected = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty cancelChildren = new SimpleBooleanProperty(true);
    private final ObjectProperty<Instant> lastRefreshed = new SimpleObjectProperty<>();
    private final ActivityRunsModel activities;
    private final AsyncAction<Boolean> cancel;
    private final BooleanBinding canRerunFromFailure;
    private RunFilterParameters query;
    private String continuationToken;
    private volatile CompletableFuture<?> inFlight;

    public RunMonitorViewModel(UiExecutor ui, DataFactoryServices services, FactoryRef factory, DialogService dialogs,
                               Clock clock, Rerun rerun) {
        this.ui = ui;
        this.services = services;
        this.factory = factory;
        this.clock = clock;
        this.rerun = rerun;
        this.activities = new ActivityRunsModel(ui, services, factory, clock);
        selected.addListener((obs, old, run) -> {
            if (old == null || run == null || !old.runId().equals(run.runId())) {
                activities.show(run);
            }
        });
        BooleanBinding going = Bindings.createBooleanBinding(() -> selected.get() != null
                && GOING.contains(selected.get().status().value()), selected);
        cancel = new AsyncAction<>(ui, () -> confirmCancel(dialogs), going, Failures::describe)
                .onSuccess(done -> refreshInProgress());
        canRerunFromFailure = Bindings.createBooleanBinding(() -> selected.get() != null
                && selected.get().status().is(PipelineRunStatus.FAILED), selected);
    }

    /** Runs the filter from the first page; a run id looks that one run up, whatever the other filters say. */
    public void search() {
        RunFilterParameters parameters;
        String id;
        RunFilter filter = new RunFilter(window.get(), from.get(), to.get(), status.get(), pipelineName.get(), runId.get());
        try {
            id = filter.runIdOrNull();
            parameters = filter.toParameters(clock);
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return;
        }
        if (inFlight != null) {
            inFlight.cancel(true);
        }
        error.set(null);
        query = parameters;
        continuationToken = null;
        runs.clear();
        selected.set(null);
        loading.set(true);
        if (id != null) {
            track(services.runs().get(factory, id).thenApply(run -> new RunsPage<>(List.of(run), null)));
        } else {
            track(services.runs().queryPage(factory, parameters));
        }
    }

    /** The user scrolled to the end: the next page, when Data Factory said there is one. */
    public void loadMore() {
        if (loading.get() || continuationToken == null || query == null) {
            return;
        }
        loading.set(true);
        track(services.runs().queryPage(factory, query.withContinuationToken(continuationToken)));
    }

    private void track(CompletableFuture<RunsPage<PipelineRun>> call) {
        // The call is the one in flight before its answer can be handled: an answer already in (a fast sandbox, an
        // executor that runs at once) would otherwise be taken for a stale one and leave the monitor loading.
        inFlight = call;
        call.whenComplete((page, failure) -> ui.execute(() -> {
            if (call != inFlight || failure instanceof CancellationException) {
                return;
            }
            if (failure != null) {
                error.set(Failures.describe(failure));
            } else {
                runs.addAll(page.items());
                continuationToken = page.hasMore() ? page.continuationToken() : null;
                lastRefreshed.set(clock.instant());
            }
            // Last, so whoever waits for the load to end finds the runs or the error in place.
            loading.set(false);
        }));
    }

    /** Live refresh: asks again for each shown run that has not ended, and updates it in place. */
    public CompletableFuture<Void> refreshInProgress() {
        List<CompletableFuture<Void>> calls = runs.stream()
                // A finished run does not change: asking again (and reloading its activity runs) every 10 s was waste.
                .filter(run -> GOING.contains(run.status().value()))
                .map(run -> services.runs().get(factory, run.runId()).thenAccept(fresh -> ui.execute(() -> replace(fresh))))
                .toList();
        return CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new))
                .whenComplete((done, failure) -> ui.execute(() -> lastRefreshed.set(clock.instant())));
    }

    private void replace(PipelineRun fresh) {
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).runId().equals(fresh.runId())) {
                boolean wasSelected = selected.get() != null && selected.get().runId().equals(fresh.runId());
                runs.set(i, fresh);
                if (wasSelected) {
                    selected.set(fresh);
                    activities.show(fresh);
                }
                return;
            }
        }
    }

    private CompletableFuture<Boolean> confirmCancel(DialogService dialogs) {
        PipelineRun run = selected.get();
        boolean recursive = cancelChildren.get();
        Confirmation question = new Confirmation("Cancel run", "Cancel run " + run.runId() + " of " + run.pipelineName()
                + (recursive ? " and the pipeline runs it started" : "") + "? Activities still running are stopped; "
                + "what they already wrote stays written.", "Cancel run", null);
        return dialogs.confirm(question).thenCompose(yes -> yes
                ? services.runs().cancel(factory, run.runId(), recursive).thenApply(done -> true)
                : CompletableFuture.completedFuture(false));
    }

    /** "Rerun from failure": the dialog with the selected failed run as reference, recovery mode and failed activities. */
    public void rerunFromFailure() {
        if (canRerunFromFailure.get()) {
            rerun.open(selected.get(), true);
        }
    }

    /** "Rerun…": the dialog prefilled with the selected run as reference. */
    public void rerun() {
        if (selected.get() != null) {
            rerun.open(selected.get(), false);
        }
    }

    public FactoryRef factory() { return factory; }
    public ObjectProperty<TimeWindow> windowProperty() { return window; }
    public StringProperty fromProperty() { return from; }
    public StringProperty toProperty() { return to; }
    public StringProperty statusProperty() { return status; }
    public StringProperty pipelineNameProperty() { return pipelineName; }
    public StringProperty runIdProperty() { return runId; }
    public ObservableList<PipelineRun> runs() { return runs; }
    public ObjectProperty<PipelineRun> selectedProperty() { return selected; }
    public StringProperty errorProperty() { return error; }
    public BooleanProperty loadingProperty() { return loading; }
    public boolean hasMore() { return continuationToken != null; }
    public BooleanProperty cancelChildrenProperty() { return cancelChildren; }
    public ObjectProperty<Instant> lastRefreshedProperty() { return lastRefreshed; }
    public ActivityRunsModel activities() { return activities; }
    public AsyncAction<Boolean> cancel() { return cancel; }
    public BooleanBinding canRerunFromFailureProperty() { return canRerunFromFailure; }
}
