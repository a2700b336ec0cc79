package dev.adfconsole.ui.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.adfconsole.model.IntegrationRuntimeStatus;
import dev.adfconsole.model.IntegrationRuntimeStatusResponse;
import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.Failures;
import dev.adfconsole.service.RuntimeRef;
import dev.adfconsole.ui.common.AsyncAction;
import dev.adfconsole.ui.common.ClipboardAccess;
import dev.adfconsole.ui.common.Confirmation;
import dev.adfconsole.ui.common.UiTimer;
import dev.adfconsole.ui.node.NodeDetailsViewModel;
import dev.adfconsole.model.IntegrationRuntime;
import dev.adfconsole.model.IntegrationRuntimeAuthKeys;
import dev.adfconsole.ui.common.DialogService;
import dev.adfconsole.ui.common.UiExecutor;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The runtime detail pane: overview fields from the status call, its nodes, the raw JSON, and the actions that fit
 * the runtime's type and state (Start/Stop for Azure-SSIS; Upgrade and Sync credentials for self-hosted).
 */
public final class RuntimeDetailsViewModel {

    private final UiExecutor ui;
    private final DialogService dialogs;
    private final ObjectProperty<Target> target = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty();
    private final StringProperty type = new SimpleStringProperty();
    private final StringProperty state = new SimpleStringProperty();
    private final StringProperty description = new SimpleStringProperty();
    private final StringProperty version = new SimpleStringProperty();
    private final StringProperty autoUpdate = new SimpleStringProperty();
    private final StringProperty links = new SimpleStringProperty();
    private final StringProperty errors = new SimpleStringProperty();
    private final StringProperty message = new SimpleStringProperty();
    private final StringProperty json = new SimpleStringProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty managed = new SimpleBooleanProperty();
    private final BooleanProperty upToDate = new SimpleBooleanProperty(true);
    private final ObservableList<NodeRow> nodes = FXCollections.observableArrayList();
    private final ObservableList<RuntimeOverview.Fact> facts = FXCollections.observableArrayList();
    private final AsyncAction<JsonNode> start;
    private final AsyncAction<Void> stop;
    private final AsyncAction<Void> upgrade;
    private final AsyncAction<Void> syncCredentials;
    private final javafx.beans.binding.StringBinding startReason;
    private final javafx.beans.binding.StringBinding stopReason;
    private final javafx.beans.binding.StringBinding upgradeReason;
    private final javafx.beans.binding.StringBinding syncReason;
    private final AuthKeysViewModel keys;
    private final NodeDetailsViewModel nodeDetails;
    private final RuntimeSettingsViewModel settings;
    private final MonitoringViewModel monitoring;
    private final MetricsHistoryViewModel history;
    private final BooleanProperty selfHostedShown = new SimpleBooleanProperty();
    private String latestVersion;
    private CompletableFuture<IntegrationRuntimeStatusResponse> pending;

    /** The runtime shown and the services of its connection. */
    public record Target(DataFactoryServices services, RuntimeRef ref, IntegrationRuntime definition) {
    }

    public RuntimeDetailsViewModel(UiExecutor ui, DialogService dialogs, UiTimer timer, ClipboardAccess clipboard) {
        this.ui = ui;
        this.dialogs = dialogs;
        this.keys = new AuthKeysViewModel(ui, dialogs, timer, clipboard, new AuthKeysViewModel.KeyCalls() {
            @Override
            public CompletableFuture<IntegrationRuntimeAuthKeys> list(RuntimeRef runtime) {
                return services().runtimes().listAuthKeys(runtime);
            }

            @Override
            public CompletableFuture<IntegrationRuntimeAuthKeys> regenerate(RuntimeRef runtime, String keyName) {
                return services().runtimes().regenerateAuthKey(runtime, keyName);
            }
        }, this::ref, () -> List.copyOf(nodes));
        this.nodeDetails = new NodeDetailsViewModel(ui, dialogs, this::refresh);
        this.monitoring = new MonitoringViewModel(ui, java.time.Clock.systemUTC(),
                runtime -> services().runtimes().getMonitoringData(runtime), () -> target.get() == null ? null : ref());
        this.history = new MetricsHistoryViewModel(ui, java.time.Clock.systemUTC(), new MetricsHistoryViewModel.HistoryCalls() {
            @Override
            public CompletableFuture<dev.adfconsole.model.MetricsResponse> nodes(RuntimeRef runtime, java.time.Instant start,
                                                                                 java.time.Instant end, String interval) {
                return services().metrics().nodeHistory(runtime, start, end, interval);
            }

            @Override
            public CompletableFuture<dev.adfconsole.model.MetricsResponse> runtime(RuntimeRef runtime, java.time.Instant start,
                                                                                   java.time.Instant end, String interval) {
                return services().metrics().runtimeHistory(runtime, start, end, interval);
            }
        }, () -> target.get() == null ? null : ref());
        this.settings = new RuntimeSettingsViewModel(ui, dialogs, this::services, this::ref, this::refresh);
        var isStopped = Bindings.createBooleanBinding(() -> managed.get() && "Stopped".equals(state.get()), managed, state);
        var isStarted = Bindings.createBooleanBinding(() -> managed.get() && "Started".equals(state.get()), managed, state);
        var selfHosted = Bindings.createBooleanBinding(() -> target.get() != null && !managed.get(), managed, target);
        var outdated = Bindings.createBooleanBinding(() -> selfHosted.get() && !upToDate.get(), selfHosted, upToDate);
        var shown = target.isNotNull();
        startReason = Bindings.createStringBinding(() -> ActionReasons.start(shown.get(), managed.get(), state.get()), shown, managed, state);
        stopReason = Bindings.createStringBinding(() -> ActionReasons.stop(shown.get(), managed.get(), state.get()), shown, managed, state);
        upgradeReason = Bindings.createStringBinding(() -> ActionReasons.upgrade(shown.get(), managed.get(), upToDate.get()),
                shown, managed, upToDate);
        syncReason = Bindings.createStringBinding(() -> ActionReasons.syncCredentials(shown.get(), managed.get()), shown, managed);
        // Starting and stopping take minutes: the badge says so at once, as the Portal does, until the final state.
        start = new AsyncAction<>(ui, () -> {
            state.set("Starting");
            return services().runtimes().start(ref());
        }, isStopped, Failures::describe);
        stop = new AsyncAction<>(ui, this::confirmStop, isStarted, Failures::describe);
        upgrade = new AsyncAction<>(ui, () -> services().runtimes().upgrade(ref()), outdated, Failures::describe);
        syncCredentials = new AsyncAction<>(ui, () -> services().runtimes().syncCredentials(ref()), selfHosted, Failures::describe);
        for (AsyncAction<?> action : new AsyncAction<?>[] {start, stop, upgrade, syncCredentials}) {
            action.stateProperty().addListener((obs, old, now) -> {
                // A failed start or stop showed Starting/Stopping at once: what Azure really says comes from a refresh.
                if (now == AsyncAction.State.SUCCEEDED || (now == AsyncAction.State.FAILED && (action == start || action == stop))) {
                    refresh();
                }
            });
        }
    }

    private CompletableFuture<Void> confirmStop() {
        return dialogs.confirm(new Confirmation("Stop " + ref().name() + "?", "Running SSIS packages on " + ref().name()
                        + " are stopped and its nodes are released. Starting it again takes several minutes.",
                "Stop runtime", ref().name()))
                .thenCompose(yes -> {
                    if (!yes) {
                        return CompletableFuture.failedFuture(new java.util.concurrent.CancellationException());
                    }
                    ui.execute(() -> state.set("Stopping"));
                    return services().runtimes().stop(ref());
                });
    }

    public void show(Target value) {
        history.clear(); // before the target changes: its listeners load the new runtime's history
        target.set(value);
        keys.clear();
        monitoring.clear();
        nodeDetails.show(null);
        name.set(value.ref().name());
        description.set(value.definition() == null ? null : value.definition().description());
        refresh();
    }

    /** Reloads the status; the old values stay visible until the new ones arrive. */
    public void refresh() {
        Target current = target.get();
        if (current == null) {
            return;
        }
        if (pending != null) {
            pending.cancel(true);
        }
        loading.set(true);
        message.set(null);
        CompletableFuture<IntegrationRuntimeStatusResponse> call = current.services().runtimes().getStatus(current.ref());
        pending = call;
        call.whenComplete((status, failure) -> ui.execute(() -> {
            if (pending != call) {
                return;
            }
            if (failure != null) {
                message.set(Failures.describe(failure));
            } else {
                apply(status);
            }
            // Last, so whoever waits for the load to end finds the status or the message in place.
            loading.set(false);
        }));
    }

    private void apply(IntegrationRuntimeStatusResponse response) {
        IntegrationRuntimeStatus status = response.properties();
        type.set(status.type() == null ? "" : status.type().raw());
        state.set(status.state() == null ? "" : status.state().raw());
        managed.set(status instanceof IntegrationRuntimeStatus.Managed);
        facts.setAll(RuntimeOverview.of(target.get().definition(), status, java.time.Instant.now(), java.time.ZoneId.systemDefault()));
        selfHostedShown.set(status instanceof IntegrationRuntimeStatus.SelfHosted);
        settings.hide();
        String shownNode = nodeDetails.targetProperty().get() == null ? null : nodeDetails.targetProperty().get().ref().name();
        json.set(response.raw() == null ? "" : response.raw().toPrettyString());
        nodes.clear();
        links.set("");
        errors.set("");
        version.set("");
        autoUpdate.set("");
        if (status instanceof IntegrationRuntimeStatus.SelfHosted selfHosted && selfHosted.typeProperties() != null) {
            var p = selfHosted.typeProperties();
            upToDate.set(p.nodes() == null || p.nodes().stream().allMatch(n -> "UpToDate".equals(n.versionStatus())));
            version.set(p.version() == null ? "no node registered" : p.version() + " (latest " + p.latestVersion() + ", "
                    + p.versionStatus() + ")");
            autoUpdate.set(p.autoUpdate() == null ? "" : p.autoUpdate().raw());
            latestVersion = p.latestVersion();
            if (p.nodes() != null) {
                p.nodes().forEach(n -> nodes.add(NodeRow.of(n)));
            }
            // The node pane keeps showing its node with the fresh values, or empties if the node is gone.
            selectNode(nodes.stream().filter(row -> row.name().equals(shownNode)).findFirst().orElse(null));
            settings.show(p.autoUpdate() == null ? null : p.autoUpdate().raw(), p.updateDelayOffset(), p.links() == null
                    ? List.of() : p.links());
            if (p.links() != null) {
                links.set(String.join(", ", p.links().stream().map(l -> l.dataFactoryName() + " (" + l.dataFactoryLocation() + ")").toList()));
            }
        } else if (status instanceof IntegrationRuntimeStatus.Managed managedStatus && managedStatus.typeProperties() != null) {
            var p = managedStatus.typeProperties();
            if (p.otherErrors() != null) {
                errors.set(String.join("\n", p.otherErrors().stream().map(e -> e.code() + ": " + e.message()).toList()));
            }
            version.set("Kept up to date by Azure");
        }
    }

    /** A row of the node table was selected (null: none). */
    public void selectNode(NodeRow row) {
        nodeDetails.show(row == null ? null : new NodeDetailsViewModel.Target(services(), ref().node(row.name()), row.node(), latestVersion));
    }

    private DataFactoryServices services() {
        return target.get().services();
    }

    private RuntimeRef ref() {
        return target.get().ref();
    }

    public ObjectProperty<Target> targetProperty() { return target; }
    public StringProperty nameProperty() { return name; }
    public StringProperty typeProperty() { return type; }
    public StringProperty stateProperty() { return state; }
    public StringProperty descriptionProperty() { return description; }
    public StringProperty versionProperty() { return version; }
    public StringProperty autoUpdateProperty() { return autoUpdate; }
    public StringProperty linksProperty() { return links; }
    public StringProperty errorsProperty() { return errors; }
    /** What went wrong with the last load, and what to do; null when it worked. */
    public StringProperty messageProperty() { return message; }
    public StringProperty jsonProperty() { return json; }
    public BooleanProperty loadingProperty() { return loading; }
    public ObservableList<NodeRow> nodes() { return nodes; }
    public ObservableList<RuntimeOverview.Fact> facts() { return facts; }
    public AsyncAction<JsonNode> start() { return start; }
    public AsyncAction<Void> stop() { return stop; }
    public AsyncAction<Void> upgrade() { return upgrade; }
    public AsyncAction<Void> syncCredentials() { return syncCredentials; }
    /** Each action's tooltip: what it does, or why it is disabled. */
    public javafx.beans.binding.StringBinding startReason() { return startReason; }
    public javafx.beans.binding.StringBinding stopReason() { return stopReason; }
    public javafx.beans.binding.StringBinding upgradeReason() { return upgradeReason; }
    public javafx.beans.binding.StringBinding syncReason() { return syncReason; }
    public AuthKeysViewModel keys() { return keys; }
    public NodeDetailsViewModel nodeDetails() { return nodeDetails; }
    public RuntimeSettingsViewModel settings() { return settings; }
    public MonitoringViewModel monitoring() { return monitoring; }
    /** The Monitoring tab's Azure Monitor history. */
    public MetricsHistoryViewModel history() { return history; }
    /** True while a self-hosted runtime is shown: the Keys tab applies. */
    public BooleanProperty selfHostedProperty() { return selfHostedShown; }
}
