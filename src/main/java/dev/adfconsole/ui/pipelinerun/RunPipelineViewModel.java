package dev.adfconsole.ui.pipelinerun;

import dev.adfconsole.service.ResourceNames;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.adfconsole.arm.ArmRequest;
import dev.adfconsole.model.CreateRunResponse;
import dev.adfconsole.model.PipelineResource;
import dev.adfconsole.model.PipelineRun;
import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.FactoryRef;
import dev.adfconsole.service.Failures;
import dev.adfconsole.service.RunRequest;
import dev.adfconsole.ui.common.AsyncAction;
import dev.adfconsole.ui.common.UiExecutor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "Run pipeline…" dialog: one typed input per parameter, the recovery options with Data Factory's rules, a
 * preview of the exact request, errors beside their field before anything is sent, and the new run's id.
 */
public final class RunPipelineViewModel {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final UiExecutor ui;
    private final DataFactoryServices services;
    private final FactoryRef factory;
    private final PipelineResource pipeline;
    private final ObservableList<ParameterInput> parameters = FXCollections.observableArrayList();
    private final ObservableList<String> activities = FXCollections.observableArrayList();
    private final ObservableList<PipelineRun> recentRuns = FXCollections.observableArrayList();
    private final StringProperty referenceRunId = new SimpleStringProperty("");
    private final StringProperty referenceError = new SimpleStringProperty();
    private final BooleanProperty recoveryMode = new SimpleBooleanProperty();
    private final ObjectProperty<StartFrom> startFrom = new SimpleObjectProperty<>(StartFrom.ALL);
    private final StringProperty startActivity = new SimpleStringProperty();
    private final StringProperty newRunId = new SimpleStringProperty();
    private final BooleanBinding hasReference;
    private final StringBinding preview;
    private final AsyncAction<CreateRunResponse> submit;
    private java.util.function.Consumer<String> openInMonitor;

    public RunPipelineViewModel(UiExecutor ui, DataFactoryServices services, FactoryRef factory, PipelineResource pipeline) {
        this.ui = ui;
        this.services = services;
        this.factory = factory;
        this.pipeline = pipeline;
        pipeline.parameters().forEach((name, spec) -> parameters.add(new ParameterInput(name,
                ParameterKind.of(spec.type() == null ? null : spec.type().raw()), spec.defaultValue())));
        activities.setAll(ActivityOrder.of(pipeline));
        hasReference = Bindings.createBooleanBinding(() -> !referenceRunId.get().isBlank(), referenceRunId);
        hasReference.addListener((obs, old, has) -> {
            if (!has) {
                recoveryMode.set(false);
                startFrom.set(StartFrom.ALL);
            }
        });
        referenceRunId.addListener((obs, old, id) -> checkReference(id.trim()));
        List<Observable> inputs = new ArrayList<>(List.of(referenceRunId, referenceError, recoveryMode, startFrom, startActivity));
        parameters.forEach(p -> {
            inputs.add(p.textProperty());
            inputs.add(p.includedProperty());
        });
        preview = Bindings.createStringBinding(this::previewText, inputs.toArray(Observable[]::new));
        submit = new AsyncAction<>(ui, this::send, new SimpleBooleanProperty(true), Failures::describe)
                .onSuccess(created -> newRunId.set(created.runId()));
    }

    /** Loads the pipeline's recent runs for the "Rerun of" picker: failed first, then newest. */
    public CompletableFuture<Integer> loadRecentRuns() {
        var filter = new dev.adfconsole.model.RunFilterParameters(null, java.time.Instant.now().minus(java.time.Duration.ofDays(30)),
                java.time.Instant.now().plusSeconds(60),
                List.of(new dev.adfconsole.model.RunFilterParameters.RunQueryFilter("PipelineName", "Equals", List.of(pipeline.name()))),
                List.of(new dev.adfconsole.model.RunFilterParameters.RunQueryOrderBy("RunStart", "DESC")));
        List<PipelineRun> found = new ArrayList<>();
        return services.runs().queryByFactory(factory, filter, page -> found.addAll(page) && found.size() < 50)
                .whenComplete((count, failure) -> ui.execute(() -> {
                    found.sort(java.util.Comparator.comparing((PipelineRun r) -> !"Failed".equals(r.status().raw())));
                    recentRuns.setAll(found);
                }));
    }

    /**
     * Prefills a rerun of {@code run}: its id, recovery mode and, for a failed run, start from failure. Its parameter
     * values are shown but left out of the request, so Data Factory takes them from the reference run unless edited.
     */
    public void rerun(PipelineRun run, boolean fromFailure) {
        Map<String, String> used = run.parameters() == null ? Map.of() : run.parameters();
        for (ParameterInput input : parameters) {
            if (used.containsKey(input.name()) && input.kind() != ParameterKind.SECURE_STRING) {
                input.showReferenceValue(used.get(input.name()));
            }
        }
        referenceRunId.set(run.runId());
        recoveryMode.set(true);
        startFrom.set(fromFailure ? StartFrom.FAILED : StartFrom.ALL);
    }

    private void checkReference(String id) {
        if (id.isEmpty()) {
            referenceError.set(null);
            return;
        }
        if (!ResourceNames.isGuid(id)) {
            referenceError.set("Rerun of: '" + id + "' is not a run id (a GUID such as 2f7fdb90-5df1-4b8e-ac2f-064cfa58202b).");
            return;
        }
        referenceError.set("Checking run " + id + "…");
        services.runs().get(factory, id).whenComplete((run, failure) -> ui.execute(() -> {
            if (!id.equals(referenceRunId.get().trim())) {
                return;
            }
            if (failure != null) {
                referenceError.set("Rerun of: " + Failures.describe(failure));
            } else if (!pipeline.name().equals(run.pipelineName())) {
                referenceError.set("Rerun of: run " + id + " is a run of '" + run.pipelineName() + "', not of '" + pipeline.name() + "'.");
            } else {
                referenceError.set(null);
            }
        }));
    }

    /** The request to send, or the first problem (naming the field) when there is one. */
    public RunRequest request() {
        for (ParameterInput input : parameters) {
            if (input.errorProperty().get() != null) {
                throw new IllegalArgumentException(input.errorProperty().get());
            }
            // Left out on a rerun, Data Factory takes the reference run's value.
            if (input.required() && !input.includedProperty().get() && referenceRunId.get().isBlank()) {
                throw new IllegalArgumentException("Parameter '" + input.name() + "' is required.");
            }
            if (input.required() && input.kind() != ParameterKind.BOOL && input.textProperty().get().isBlank()
                    && referenceRunId.get().isBlank()) {
                throw new IllegalArgumentException("Parameter '" + input.name() + "' is required: it has no default.");
            }
        }
        if (referenceError.get() != null) {
            throw new IllegalArgumentException(referenceError.get());
        }
        if (startFrom.get() == StartFrom.ACTIVITY && (startActivity.get() == null || startActivity.get().isBlank())) {
            throw new IllegalArgumentException("Start from: choose the activity to start at.");
        }
        Map<String, JsonNode> values = new LinkedHashMap<>();
        parameters.forEach(p -> p.valueProperty().get().ifPresent(v -> values.put(p.name(), v)));
        return new RunRequest(pipeline.name(), values, referenceRunId.get().trim(), recoveryMode.get(),
                startFrom.get() == StartFrom.ACTIVITY ? startActivity.get() : null, startFrom.get() == StartFrom.FAILED);
    }

    private CompletableFuture<CreateRunResponse> send() {
        newRunId.set(null);
        return services.pipelines().createRun(factory, request());
    }

    private String previewText() {
        try {
            return requestPreview().shown();
        } catch (IllegalArgumentException e) {
            return "Not ready: " + e.getMessage();
        }
    }

    /**
     * The request as it will be sent, its URL on one line (what Copy puts on the clipboard), with secure strings
     * masked as in the preview; the preview's "Not ready" text while the form has a problem.
     */
    public String requestToCopy() {
        try {
            return requestPreview().exact();
        } catch (IllegalArgumentException e) {
            return "Not ready: " + e.getMessage();
        }
    }

    private RequestPreview requestPreview() {
        ArmRequest arm = services.pipelines().createRunRequest(factory, request());
        ObjectNode body;
        try {
            body = (ObjectNode) JSON.readTree(arm.body());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("The run's body is not JSON", e);
        }
        for (ParameterInput input : parameters) {
            if (input.kind() == ParameterKind.SECURE_STRING && body.has(input.name())) {
                body.put(input.name(), "**********");
            }
        }
        return RequestPreview.of(arm.method(), arm.url(services.connection().environment().resourceManagerEndpoint()),
                body.toPrettyString(), body.toString());
    }

    public ObservableList<ParameterInput> parameters() { return parameters; }
    public ObservableList<String> activities() { return activities; }
    public ObservableList<PipelineRun> recentRuns() { return recentRuns; }
    public StringProperty referenceRunIdProperty() { return referenceRunId; }
    public StringProperty referenceErrorProperty() { return referenceError; }
    public BooleanProperty recoveryModeProperty() { return recoveryMode; }
    public ObjectProperty<StartFrom> startFromProperty() { return startFrom; }
    public StringProperty startActivityProperty() { return startActivity; }
    public BooleanBinding hasReferenceProperty() { return hasReference; }
    public StringBinding previewProperty() { return preview; }
    public StringProperty newRunIdProperty() { return newRunId; }
    public AsyncAction<CreateRunResponse> submit() { return submit; }
    public String pipelineName() { return pipeline.name(); }
    public FactoryRef factory() { return factory; }

    /** What "Open in monitor" does with the new run id; without one the button stays hidden. */
    public void onOpenInMonitor(java.util.function.Consumer<String> handler) { openInMonitor = handler; }
    public boolean canOpenInMonitor() { return openInMonitor != null; }

    public void openInMonitor() {
        if (openInMonitor != null && newRunId.get() != null) {
            openInMonitor.accept(newRunId.get());
        }
    }
}
