package dev.adfconsole.ui.runmonitor;

import dev.adfconsole.model.ActivityRun;
import dev.adfconsole.model.PipelineRun;
import dev.adfconsole.model.RunFilterParameters;
import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.FactoryRef;
import dev.adfconsole.service.Failures;
import dev.adfconsole.ui.common.UiExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The selected run's activity runs, in start order, and the output of the one the user asks to see. */
public final class ActivityRunsModel {

    private final UiExecutor ui;
    private final DataFactoryServices services;
    private final FactoryRef factory;
    private final Clock clock;
    private final ObservableList<ActivityRun> activityRuns = FXCollections.observableArrayList();
    private final ObjectProperty<ActivityRun> selected = new SimpleObjectProperty<>();
    private final StringProperty output = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty();
    private String shownRunId;
    private CompletableFuture<Integer> loading;

    ActivityRunsModel(UiExecutor ui, DataFactoryServices services, FactoryRef factory, Clock clock) {
        this.ui = ui;
        this.services = services;
        this.factory = factory;
        this.clock = clock;
        selected.addListener((obs, old, run) -> output.set(""));
    }

    /** Loads the activity runs of {@code run}; a newer call wins over one still loading. */
    void show(PipelineRun run) {
        if (loading != null) {
            loading.cancel(true);
        }
        String keepSelected = selected.get() == null ? null : selected.get().activityRunId();
        boolean sameRun = run != null && run.runId().equals(shownRunId);
        shownRunId = run == null ? null : run.runId();
        if (!sameRun) {
            activityRuns.clear();
        }
        error.set(null);
        if (run == null) {
            return;
        }
        Instant start = run.runStart() == null ? clock.instant().minus(Duration.ofDays(1)) : run.runStart();
        // Activity runs are filtered by their own update time, which lies between the run's start and now.
        var filter = new RunFilterParameters(null, start.minus(Duration.ofMinutes(5)), clock.instant().plus(Duration.ofMinutes(5)),
                List.of(), List.of(new RunFilterParameters.RunQueryOrderBy("ActivityRunStart", "ASC")));
        List<ActivityRun> found = new ArrayList<>();
        String runId = run.runId();
        loading = services.runs().queryActivityRuns(factory, runId, filter, page -> found.addAll(page) || true);
        loading.whenComplete((count, failure) -> ui.execute(() -> {
            if (!runId.equals(shownRunId) || failure instanceof java.util.concurrent.CancellationException) {
                return;
            }
            if (failure != null) {
                error.set("Activity runs: " + Failures.describe(failure));
                return;
            }
            activityRuns.setAll(found);
            found.stream().filter(a -> a.activityRunId().equals(keepSelected)).findFirst().ifPresent(selected::set);
        }));
    }

    /** "Show output": the selected activity's output, input and error as Data Factory returned them. */
    public void showOutput() {
        ActivityRun run = selected.get();
        if (run == null) {
            output.set("");
            return;
        }
        StringBuilder text = new StringBuilder();
        append(text, "Output", run.output());
        append(text, "Error", run.error());
        append(text, "Input", run.input());
        output.set(text.toString().strip());
    }

    private static void append(StringBuilder text, String title, com.fasterxml.jackson.databind.JsonNode json) {
        if (json != null && !json.isNull() && !json.isEmpty()) {
            text.append(title).append(":\n").append(json.toPrettyString()).append("\n\n");
        }
    }

    public ObservableList<ActivityRun> activityRuns() { return activityRuns; }
    public ObjectProperty<ActivityRun> selectedProperty() { return selected; }
    public StringProperty outputProperty() { return output; }
    public StringProperty errorProperty() { return error; }
}
