package dev.adfconsole.ui.runs;

import dev.adfconsole.ui.common.TextColumns;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** Binds the bulk rerun window to {@link BulkRerunViewModel}. */
public final class BulkRerunController {

    private final BulkRerunViewModel model;

    @FXML private TextArea previewArea;
    @FXML private Label confirmLabel;
    @FXML private TextField confirmField;
    @FXML private Button sendButton;
    @FXML private Button stopButton;
    @FXML private Button closeButton;
    @FXML private ProgressIndicator sendingIndicator;
    @FXML private Label errorLabel;
    @FXML private TableView<RerunRow> rowsTable;
    @FXML private TableColumn<RerunRow, String> factoryColumn;
    @FXML private TableColumn<RerunRow, String> pipelineColumn;
    @FXML private TableColumn<RerunRow, String> runColumn;
    @FXML private TableColumn<RerunRow, String> stateColumn;
    @FXML private TableColumn<RerunRow, String> detailColumn;
    @FXML private Label summaryLabel;

    public BulkRerunController(BulkRerunViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        previewArea.textProperty().bind(model.previewProperty());
        confirmLabel.textProperty().bind(Bindings.createStringBinding(() -> model.countProperty().get() == 0
                ? "Nothing to send." : "Type " + model.countProperty().get() + " to send these "
                + model.countProperty().get() + " createRun requests:", model.countProperty()));
        confirmField.textProperty().bindBidirectional(model.confirmTextProperty());
        var ready = model.phaseProperty().isEqualTo(BulkRerunViewModel.Phase.READY);
        confirmField.disableProperty().bind(ready.not());
        sendButton.disableProperty().bind(model.canSendProperty().not());
        sendButton.setOnAction(e -> model.send());
        confirmField.setOnAction(e -> model.send());
        var sending = model.phaseProperty().isEqualTo(BulkRerunViewModel.Phase.SENDING);
        stopButton.disableProperty().bind(sending.not());
        stopButton.setOnAction(e -> model.cancel());
        sendingIndicator.visibleProperty().bind(sending.or(model.phaseProperty().isEqualTo(BulkRerunViewModel.Phase.PLANNING)));
        closeButton.setOnAction(e -> {
            model.cancel();
            closeButton.getScene().getWindow().hide();
        });
        errorLabel.textProperty().bind(model.errorProperty());
        errorLabel.managedProperty().bind(model.errorProperty().isNotEmpty());
        rowsTable.setItems(model.rows());
        TextColumns.bind(factoryColumn, RerunRow::factoryName);
        TextColumns.bind(pipelineColumn, RerunRow::pipelineName);
        TextColumns.bind(runColumn, RerunRow::failedRunId);
        stateColumn.setCellValueFactory(cell -> cell.getValue().stateProperty());
        detailColumn.setCellValueFactory(cell -> cell.getValue().detailProperty());
        stateColumn.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String state, boolean empty) {
                super.updateItem(state, empty);
                getStyleClass().removeIf(s -> s.startsWith("state-"));
                setText(empty ? null : state);
                if (!empty && state != null) {
                    getStyleClass().add(switch (state) {
                        case "sent" -> "state-succeeded";
                        case "refused" -> "state-failed";
                        case "waiting", "sending", "queued" -> "state-queued";
                        default -> "state-cancelled";
                    });
                }
            }
        });
        summaryLabel.textProperty().bind(model.summaryProperty());
    }
}
