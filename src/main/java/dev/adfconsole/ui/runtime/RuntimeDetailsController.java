package dev.adfconsole.ui.runtime;

import dev.adfconsole.ui.common.AsyncAction;
import dev.adfconsole.ui.common.TimeText;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;

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

    public RuntimeDetailsController(RuntimeDetailsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        nameLabel.textProperty().bind(model.nameProperty());
        stateBadge.textProperty().bind(model.stateProperty());
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
        column(nodeNameColumn, NodeRow::name);
        column(machineColumn, NodeRow::machine);
        column(statusColumn, NodeRow::status);
        column(nodeVersionColumn, NodeRow::version);
        column(versionStatusColumn, NodeRow::versionStatus);
        column(lastConnectColumn, row -> TimeText.localWithAge(row.lastConnect(), Instant.now(), ZoneId.systemDefault()));
        column(dispatcherColumn, NodeRow::dispatcher);
        column(jobsColumn, NodeRow::concurrentJobs);
        action(startButton, model.start());
        action(stopButton, model.stop());
        action(upgradeButton, model.upgrade());
        action(syncButton, model.syncCredentials());
        refreshButton.setOnAction(e -> model.refresh());
        refreshButton.disableProperty().bind(model.loadingProperty());
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

    private static void column(TableColumn<NodeRow, String> column, Function<NodeRow, String> text) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
    }
}
