package dev.adfconsole.ui.runtime;

import dev.adfconsole.ui.common.TextColumns;
import dev.adfconsole.ui.common.AsyncAction;
import dev.adfconsole.ui.common.TimeText;
import java.time.Instant;
import java.time.ZoneId;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Binds the runtime detail pane to {@link RuntimeDetailsViewModel}. */
public final class RuntimeDetailsController {

    private final RuntimeDetailsViewModel model;

    @FXML private Label nameLabel;
    @FXML private Label stateBadge;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private Button startButton;
    @FXML private Button stopButton;
    @FXML private Button upgradeButton;
    @FXML private Button syncButton;
    @FXML private Button refreshButton;
    @FXML private Label messageLabel;
    @FXML private Label typeLabel;
    @FXML private Label descriptionLabel;
    @FXML private Label versionLabel;
    @FXML private Label autoUpdateLabel;
    @FXML private Label linksLabel;
    @FXML private Label errorsLabel;
    @FXML private TableView<NodeRow> nodesTable;
    @FXML private TableColumn<NodeRow, String> nodeNameColumn;
    @FXML private TableColumn<NodeRow, String> machineColumn;
    @FXML private TableColumn<NodeRow, String> statusColumn;
    @FXML private TableColumn<NodeRow, String> nodeVersionColumn;
    @FXML private TableColumn<NodeRow, String> versionStatusColumn;
    @FXML private TableColumn<NodeRow, String> lastConnectColumn;
    @FXML private TableColumn<NodeRow, String> dispatcherColumn;
    @FXML private TableColumn<NodeRow, String> jobsColumn;
    @FXML private TextArea jsonArea;
    @FXML private TabPane tabs;
    @FXML private GridPane runtimeFactsGrid;
    @FXML private Tab monitoringTab;
    @FXML private javafx.scene.chart.LineChart<Number, Number> cpuChart;
    @FXML private TableView<dev.adfconsole.model.IntegrationRuntimeMonitoringData.NodeMonitoringData> monitoringTable;
    @FXML private Label monitoringErrorLabel;
    @FXML private javafx.scene.control.ToggleButton historyHourButton;
    @FXML private javafx.scene.control.ToggleButton historyDayButton;
    @FXML private javafx.scene.control.ToggleButton historyWeekButton;
    @FXML private ProgressIndicator historyLoading;
    @FXML private Label historySummaryLabel;
    @FXML private Label historyStatusLabel;
    @FXML private javafx.scene.chart.LineChart<Number, Number> cpuHistoryChart;
    @FXML private javafx.scene.chart.LineChart<Number, Number> memoryHistoryChart;
    @FXML private javafx.scene.chart.LineChart<Number, Number> queueHistoryChart;
    @FXML private javafx.scene.chart.LineChart<Number, Number> delayHistoryChart;
    @FXML private HBox autoUpdateEditor;
    @FXML private CheckBox autoUpdateBox;
    @FXML private TextField updateHourField;
    @FXML private Button applyAutoUpdateButton;
    @FXML private Label updateHourErrorLabel;
    @FXML private VBox linksBox;
    @FXML private Tab keysTab;
    @FXML private GridPane keysGrid;
    @FXML private Label keysStatusLabel;
    @FXML private VBox keyGuideBox;
    @FXML private Label keyGuideTitle;
    @FXML private Label keyGuideSummary;
    @FXML private VBox keyGuideSteps;
    @FXML private TextArea keyGuideUpdateCommand;
    @FXML private Button keyGuideUpdateCopy;
    @FXML private Button keyGuideDoneButton;
    @FXML private Label keyGuideStatus;

    public RuntimeDetailsController(RuntimeDetailsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        nameLabel.textProperty().bind(model.nameProperty());
        stateBadge.textProperty().bind(model.stateProperty());
        // Read out as what it is, not as a bare word beside the name.
        stateBadge.accessibleTextProperty().bind(model.stateProperty().map(state -> "State: " + state));
        model.stateProperty().addListener((obs, old, state) ->
                stateBadge.getStyleClass().setAll("state-badge", "state-" + String.valueOf(state).toLowerCase()));
        loadingIndicator.visibleProperty().bind(model.loadingProperty());
        messageLabel.textProperty().bind(model.messageProperty());
        messageLabel.visibleProperty().bind(model.messageProperty().isNotEmpty());
        messageLabel.managedProperty().bind(messageLabel.visibleProperty());
        typeLabel.textProperty().bind(model.typeProperty());
        descriptionLabel.textProperty().bind(model.descriptionProperty());
        versionLabel.textProperty().bind(model.versionProperty());
        autoUpdateLabel.textProperty().bind(model.autoUpdateProperty());
        linksLabel.textProperty().bind(model.linksProperty());
        errorsLabel.textProperty().bind(model.errorsProperty());
        jsonArea.textProperty().bind(model.jsonProperty());
        nodesTable.setItems(model.nodes());
        TextColumns.bind(nodeNameColumn, NodeRow::name);
        TextColumns.bind(machineColumn, NodeRow::machine);
        TextColumns.bind(statusColumn, NodeRow::status);
        TextColumns.bind(nodeVersionColumn, NodeRow::version);
        TextColumns.bind(versionStatusColumn, NodeRow::versionStatus);
        // Each node's support end by Microsoft's one-year rule (see VersionSupport), beside its version status.
        nodesTable.getColumns().add(nodesTable.getColumns().indexOf(versionStatusColumn) + 1,
                TextColumns.of("Support ends", (NodeRow row) -> dev.adfconsole.service.inventory.VersionSupport.of(
                        new dev.adfconsole.service.inventory.InventoryNode(row.name(), row.status(), row.version(),
                                row.versionStatus(), row.node().expiryTime(), row.lastConnect(), false),
                        java.time.Instant.now()).text(), 190));
        TextColumns.bind(lastConnectColumn, row -> TimeText.localWithAge(row.lastConnect(), Instant.now(), ZoneId.systemDefault()));
        TextColumns.bind(dispatcherColumn, NodeRow::dispatcher);
        TextColumns.bind(jobsColumn, NodeRow::concurrentJobs);
        action(startButton, model.start());
        action(stopButton, model.stop());
        action(upgradeButton, model.upgrade());
        action(syncButton, model.syncCredentials());
        tooltip(startButton, model.startReason());
        tooltip(stopButton, model.stopReason());
        tooltip(upgradeButton, model.upgradeReason());
        tooltip(syncButton, model.syncReason());
        refreshButton.setOnAction(e -> model.refresh());
        nodesTable.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> model.selectNode(row));
        bindKeys();
        KeyGuideBinder.bind(model.keys().guide(), keyGuideBox, keyGuideTitle, keyGuideSummary, keyGuideSteps,
                keyGuideUpdateCommand, keyGuideUpdateCopy, keyGuideDoneButton, keyGuideStatus);
        bindSettings();
        MonitoringBinder.bind(model.monitoring(), monitoringTab, cpuChart, monitoringTable, monitoringErrorLabel);
        HistoryBinder.bind(model.history(), monitoringTab, model.targetProperty(),
                java.util.List.of(historyHourButton, historyDayButton, historyWeekButton), historyLoading, historySummaryLabel,
                historyStatusLabel, new HistoryBinder.Charts(cpuHistoryChart, memoryHistoryChart, queueHistoryChart, delayHistoryChart));
        model.facts().addListener((javafx.collections.ListChangeListener<RuntimeOverview.Fact>) change -> showFacts());
        // The pane is made when first needed: facts that arrived before it are shown too.
        showFacts();
        refreshButton.disableProperty().bind(model.loadingProperty());
    }

    private void bindSettings() {
        RuntimeSettingsViewModel settings = model.settings();
        autoUpdateEditor.visibleProperty().bind(settings.shownProperty());
        autoUpdateEditor.managedProperty().bind(settings.shownProperty());
        autoUpdateBox.selectedProperty().bindBidirectional(settings.autoUpdateProperty());
        updateHourField.textProperty().bindBidirectional(settings.updateHourProperty());
        updateHourErrorLabel.textProperty().bind(settings.updateHourErrorProperty());
        updateHourErrorLabel.managedProperty().bind(settings.updateHourErrorProperty().isNotNull());
        action(applyAutoUpdateButton, settings.applyAutoUpdate());
        linksLabel.visibleProperty().bind(settings.shownProperty().not());
        linksLabel.managedProperty().bind(linksLabel.visibleProperty());
        settings.links().addListener((javafx.collections.ListChangeListener<RuntimeSettingsViewModel.Link>) change -> {
            linksBox.getChildren().clear();
            if (settings.links().isEmpty()) {
                linksBox.getChildren().add(new Label("None: no other factory shares this runtime."));
            }
            for (RuntimeSettingsViewModel.Link link : settings.links()) {
                Button remove = new Button("Remove link…");
                remove.setId("remove-link-" + link.factoryName());
                action(remove, link.remove());
                HBox row = new HBox(8, new Label(link.describe()), remove);
                row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                linksBox.getChildren().add(row);
            }
        });
    }

    /** Keys load when their tab is opened and are masked again as soon as it, or the window, loses focus. */
    private void bindKeys() {
        AuthKeysViewModel keys = model.keys();
        keysTab.disableProperty().bind(model.selfHostedProperty().not());
        keysTab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                keys.load();
            } else {
                keys.maskAll();
            }
        });
        model.targetProperty().addListener((obs, old, target) -> {
            if (keysTab.isSelected()) {
                tabs.getSelectionModel().selectFirst();
            }
        });
        keysGrid.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o, oldWindow, window) -> {
                    if (window != null) {
                        window.focusedProperty().addListener((f, had, has) -> {
                            if (!has) {
                                keys.maskAll();
                            }
                        });
                    }
                });
            }
        });
        keysStatusLabel.textProperty().bind(keys.statusProperty());
        int row = 0;
        for (AuthKeysViewModel.Key key : keys.keys()) {
            TextField value = new TextField();
            value.setEditable(false);
            value.setId(key.name() + "-value");
            value.getStyleClass().add("json-view");
            value.textProperty().bind(key.shownProperty());
            Button reveal = new Button();
            reveal.setId(key.name() + "-reveal");
            reveal.textProperty().bind(key.revealedProperty().map(on -> on ? "Hide" : "Reveal"));
            reveal.setOnAction(e -> {
                if (key.revealedProperty().get()) {
                    key.mask();
                } else {
                    key.reveal();
                }
            });
            Button copy = new Button("Copy");
            copy.setId(key.name() + "-copy");
            Button regenerate = new Button("Regenerate…");
            regenerate.setId(key.name() + "-regenerate");
            regenerate.getStyleClass().add("danger");
            for (Button b : new Button[] {reveal, copy}) {
                b.disableProperty().bind(keys.loadedProperty().not());
            }
            copy.setOnAction(e -> key.copy());
            regenerate.disableProperty().bind(key.regenerate().disabledProperty());
            regenerate.setOnAction(e -> key.regenerate().execute());
            key.regenerate().errorProperty().addListener((obs, old, error) -> {
                if (error != null) {
                    keys.statusProperty().set(error);
                }
            });
            keysGrid.addRow(row++, new Label(key.name()), value, reveal, copy, regenerate);
        }
    }

    private void showFacts() {
        java.util.Map<String, String> facts = new java.util.LinkedHashMap<>();
        model.facts().forEach(fact -> facts.put(fact.name(), fact.value()));
        dev.adfconsole.ui.common.FactGrid.show(runtimeFactsGrid, facts, null);
    }

    /**
     * A disabled control gets no mouse events, so its own tooltip would never show the reason it is disabled: the
     * button goes into a wrapper that carries the tooltip instead.
     */
    private static void tooltip(Button button, javafx.beans.value.ObservableValue<String> text) {
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.textProperty().bind(text);
        tip.setShowDuration(javafx.util.Duration.seconds(20));
        if (button.getParent() instanceof javafx.scene.layout.Pane pane) {
            javafx.scene.layout.StackPane wrapper = new javafx.scene.layout.StackPane();
            wrapper.setId(button.getId() + "Tip");
            pane.getChildren().set(pane.getChildren().indexOf(button), wrapper);
            wrapper.getChildren().add(button);
            javafx.scene.control.Tooltip.install(wrapper, tip);
        } else {
            button.setTooltip(tip);
        }
    }

    private void action(Button button, AsyncAction<?> action) {
        button.disableProperty().bind(action.disabledProperty());
        button.setOnAction(e -> action.execute());
        action.errorProperty().addListener((obs, old, error) -> {
            if (error != null) {
                model.messageProperty().set(error);
            }
        });
    }

}
