package dev.adfconsole.ui.runs;

import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.Failures;
import dev.adfconsole.service.runs.BulkRerun;
import dev.adfconsole.service.runs.FactoryRun;
import dev.adfconsole.service.runs.RerunItem;
import dev.adfconsole.service.runs.RerunPlan;
import dev.adfconsole.service.runs.RerunPlanner;
import dev.adfconsole.ui.common.BatchingUiExecutor;
import dev.adfconsole.ui.common.UiExecutor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A bulk rerun from failure: first the preview of every createRun request and a typed confirmation of their
 * count; then, once sent, each run's row says queued, waiting (and why), sent (the new run id) or refused (Azure's
 * message). Cancel stops what is not sent yet.
 */
public final class BulkRerunViewModel {

    /** The selected runs reached through one connection (one tenant), and every run known there. */
    public record Part(DataFactoryServices services, List<FactoryRun> selected, List<FactoryRun> known) {
    }

    public enum Phase { PLANNING, READY, SENDING, DONE }

    private final UiExecutor ui;
    private final List<Part> parts;
    private final int inFlight;
    private final Duration pollInterval;
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.PLANNING);
    private final StringProperty preview = new SimpleStringProperty("Reading the pipelines…");
    private final IntegerProperty count = new SimpleIntegerProperty();
    private final StringProperty confirmText = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty();
    private final ObservableList<RerunRow> rows = FXCollections.observableArrayList();
    private final BooleanBinding canSend;
    private final List<RerunPlan> plans = new ArrayList<>();
    private final List<BulkRerun.Handle> handles = new ArrayList<>();

    public BulkRerunViewModel(UiExecutor ui, List<Part> parts, int inFlight, Duration pollInterval) {
        this.ui = new BatchingUiExecutor(ui);
        this.parts = List.copyOf(parts);
        this.inFlight = inFlight;
        this.pollInterval = pollInterval;
        canSend = Bindings.createBooleanBinding(() -> phase.get() == Phase.READY && count.get() > 0
                && confirmText.get() != null && confirmText.get().trim().equals(String.valueOf(count.get())), phase, count, confirmText);
    }

    /** Plans every part; nothing is sent. */
    public void plan() {
        List<CompletableFuture<RerunPlan>> planned = parts.stream()
                .map(p -> new RerunPlanner(p.services(), inFlight).plan(p.selected(), p.known())).toList();
        CompletableFuture.allOf(planned.toArray(CompletableFuture[]::new)).whenComplete((done, failure) -> ui.execute(() -> {
            if (failure != null) {
                error.set("The rerun could not be planned: " + Failures.describe(failure));
                preview.set("");
                return;
            }
            planned.forEach(p -> plans.add(p.join()));
            List<RerunRow> all = new ArrayList<>();
            plans.forEach(plan -> plan.toSend().forEach(item -> all.add(new RerunRow(item, "to send", ""))));
            plans.forEach(plan -> plan.skipped().forEach(item -> all.add(new RerunRow(item, "skipped", item.skipReason()))));
            rows.setAll(all);
            count.set(plans.stream().mapToInt(plan -> plan.toSend().size()).sum());
            preview.set(plans.stream().map(RerunPlan::previewToRead).collect(Collectors.joining("\n")));
            phase.set(Phase.READY);
        }));
    }

    /** Sends, once the count has been typed. */
    public void send() {
        if (!canSend.get()) {
            return;
        }
        phase.set(Phase.SENDING);
        List<CompletableFuture<BulkRerun.Summary>> done = new ArrayList<>();
        int offset = 0;
        for (int p = 0; p < plans.size(); p++) {
            RerunPlan plan = plans.get(p);
            int base = offset;
            BulkRerun.Handle handle = new BulkRerun(parts.get(p).services(), inFlight, pollInterval)
                    .send(plan, parts.get(p).known(), progress -> ui.execute(() -> show(rows.get(base + progress.index()), progress)));
            handles.add(handle);
            done.add(handle.done());
            offset += plan.toSend().size();
        }
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).whenComplete((all, failure) -> ui.execute(() -> {
            int sent = done.stream().mapToInt(f -> f.join().sent()).sum();
            int refused = done.stream().mapToInt(f -> f.join().refused()).sum();
            int notSent = done.stream().mapToInt(f -> f.join().notSent()).sum();
            int skipped = plans.stream().mapToInt(plan -> plan.skipped().size()).sum();
            summary.set(sent + " sent, " + refused + " refused, " + skipped + " skipped" + (notSent > 0 ? ", " + notSent + " not sent (cancelled)" : "")
                    + ". Every request is in the activity log with its request id.");
            phase.set(Phase.DONE);
        }));
    }

    private static void show(RerunRow row, BulkRerun.Progress progress) {
        row.stateProperty().set(switch (progress.state()) {
            case QUEUED -> "queued";
            case WAITING -> "waiting";
            case SENDING -> "sending";
            case SENT -> "sent";
            case REFUSED -> "refused";
            case NOT_SENT -> "not sent";
        });
        row.detailProperty().set(switch (progress.state()) {
            case SENT -> "new run " + progress.newRunId();
            case REFUSED -> progress.text().replaceFirst("^refused: ", "");
            case WAITING, NOT_SENT -> progress.text();
            default -> "";
        });
    }

    /** Stops what is not sent yet. */
    public void cancel() {
        handles.forEach(BulkRerun.Handle::cancel);
    }

    /** Only the items to send: what the typed count confirms. */
    public List<RerunItem> toSend() {
        return plans.stream().flatMap(plan -> plan.toSend().stream()).toList();
    }

    public ObjectProperty<Phase> phaseProperty() { return phase; }
    public StringProperty previewProperty() { return preview; }
    public IntegerProperty countProperty() { return count; }
    public StringProperty confirmTextProperty() { return confirmText; }
    public StringProperty summaryProperty() { return summary; }
    public StringProperty errorProperty() { return error; }
    public ObservableList<RerunRow> rows() { return rows; }
    public BooleanBinding canSendProperty() { return canSend; }
}
