package dev.adfconsole.ui.pipelinerun;

import dev.adfconsole.model.PipelineRun;
import dev.adfconsole.ui.common.AsyncAction;
import dev.adfconsole.ui.common.FxClipboard;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Binds the run dialog to {@link RunPipelineViewModel}; one editor per parameter, by its type. */
public final class RunPipelineController {

    private final RunPipelineViewModel model;

    @FXML private Label titleLabel;
    @FXML private GridPane parameterGrid;
    @FXML private ComboBox<PipelineRun> recentRunsBox;
    @FXML private TextField referenceRunField;
    @FXML private Label referenceErrorLabel;
    @FXML private CheckBox recoveryModeBox;
    @FXML private RadioButton startAllRadio;
    @FXML private RadioButton startFailedRadio;
    @FXML private RadioButton startActivityRadio;
    @FXML private ComboBox<String> activityBox;
    @FXML private TextArea previewArea;
    @FXML private Button copyPreviewButton;
    @FXML private Label submitErrorLabel;
    @FXML private javafx.scene.layout.HBox runStartedRow;
    @FXML private Label runIdLabel;
    @FXML private Button copyRunIdButton;
    @FXML private Button openInMonitorButton;
    @FXML private ProgressIndicator submitProgress;
    @FXML private Button closeButton;
    @FXML private Button runButton;

    public RunPipelineController(RunPipelineViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        titleLabel.setText("Run " + model.pipelineName());
        int row = 0;
        for (ParameterInput input : model.parameters()) {
            addParameterRow(input, row);
            row += 2;
        }
        bindRecovery();
        previewArea.textProperty().bind(model.previewProperty());
        copyPreviewButton.setOnAction(e -> new FxClipboard().putText(model.requestToCopy()));
        AsyncAction<?> submit = model.submit();
        submitErrorLabel.textProperty().bind(submit.errorProperty());
        submitProgress.visibleProperty().bind(submit.runningProperty());
        runButton.disableProperty().bind(submit.disabledProperty());
        runButton.setOnAction(e -> submit.execute());
        runIdLabel.textProperty().bind(model.newRunIdProperty().map(id -> "Run started: " + id).orElse(""));
        runStartedRow.visibleProperty().bind(model.newRunIdProperty().isNotNull());
        runStartedRow.managedProperty().bind(runStartedRow.visibleProperty());
        copyRunIdButton.visibleProperty().bind(model.newRunIdProperty().isNotNull());
        copyRunIdButton.setOnAction(e -> new FxClipboard().putText(model.newRunIdProperty().get()));
        openInMonitorButton.visibleProperty().bind(model.newRunIdProperty().isNotNull().and(
                javafx.beans.binding.Bindings.createBooleanBinding(model::canOpenInMonitor)));
        openInMonitorButton.managedProperty().bind(openInMonitorButton.visibleProperty());
        openInMonitorButton.setOnAction(e -> model.openInMonitor());
        closeButton.setOnAction(e -> window().hide());
    }

    private void addParameterRow(ParameterInput input, int row) {
        Label name = new Label(input.name() + (input.required() ? " *" : ""));
        name.setTooltip(new Tooltip(input.kind().wireName() + (input.required() ? ", required (no default)"
                : ", default " + input.defaultValue().map(Object::toString).orElse(""))));
        Node editor = editor(input);
        editor.setId("param-" + input.name());
        Button reset = new Button("Default");
        reset.setDisable(input.required());
        reset.setOnAction(e -> input.restoreDefault());
        Label error = new Label();
        error.getStyleClass().add("danger");
        error.setId("error-" + input.name());
        error.textProperty().bind(input.errorProperty());
        error.managedProperty().bind(input.errorProperty().isNotNull());
        parameterGrid.addRow(row, name, editor, reset);
        parameterGrid.add(error, 1, row + 1);
    }

    private static Node editor(ParameterInput input) {
        return switch (input.kind()) {
            case BOOL -> {
                CheckBox box = new CheckBox();
                box.setSelected(Boolean.parseBoolean(input.textProperty().get()));
                box.selectedProperty().addListener((obs, old, on) -> input.textProperty().set(String.valueOf(on)));
                input.textProperty().addListener((obs, old, text) -> box.setSelected(Boolean.parseBoolean(text)));
                yield box;
            }
            case ARRAY, OBJECT -> text(new TextArea(), input, 3);
            case SECURE_STRING -> text(new PasswordField(), input, 0);
            default -> text(new TextField(), input, 0);
        };
    }

    private static TextInputControl text(TextInputControl control, ParameterInput input, int rows) {
        control.textProperty().bindBidirectional(input.textProperty());
        if (control instanceof TextArea area) {
            area.setPrefRowCount(rows);
            area.getStyleClass().add("json-view");
            // Tab leaves the field as in every other one (a TextArea would type a tab and hold keyboard users there).
            area.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == javafx.scene.input.KeyCode.TAB && !e.isControlDown()) {
                    e.consume();
                    area.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                            javafx.scene.input.KeyCode.TAB, e.isShiftDown(), true, false, false));
                }
            });
        }
        return control;
    }

    private void bindRecovery() {
        referenceRunField.textProperty().bindBidirectional(model.referenceRunIdProperty());
        referenceErrorLabel.textProperty().bind(model.referenceErrorProperty());
        recentRunsBox.setItems(model.recentRuns());
        recentRunsBox.setCellFactory(list -> new RunCell());
        recentRunsBox.setButtonCell(new RunCell());
        recentRunsBox.valueProperty().addListener((obs, old, run) -> {
            if (run != null) {
                model.referenceRunIdProperty().set(run.runId());
            }
        });
        model.loadRecentRuns();
        var noReference = model.hasReferenceProperty().not();
        recoveryModeBox.selectedProperty().bindBidirectional(model.recoveryModeProperty());
        recoveryModeBox.disableProperty().bind(noReference);
        startFailedRadio.disableProperty().bind(noReference);
        startActivityRadio.disableProperty().bind(noReference);
        activityBox.setItems(model.activities());
        activityBox.valueProperty().bindBidirectional(model.startActivityProperty());
        activityBox.disableProperty().bind(model.startFromProperty().isNotEqualTo(StartFrom.ACTIVITY));
        startAllRadio.setOnAction(e -> model.startFromProperty().set(StartFrom.ALL));
        startFailedRadio.setOnAction(e -> model.startFromProperty().set(StartFrom.FAILED));
        startActivityRadio.setOnAction(e -> model.startFromProperty().set(StartFrom.ACTIVITY));
        model.startFromProperty().addListener((obs, old, from) -> showStartFrom(from));
        // A rerun is prefilled before the view exists.
        showStartFrom(model.startFromProperty().get());
    }

    private void showStartFrom(StartFrom from) {
        startAllRadio.setSelected(from == StartFrom.ALL);
        startFailedRadio.setSelected(from == StartFrom.FAILED);
        startActivityRadio.setSelected(from == StartFrom.ACTIVITY);
    }

    private Window window() {
        return runButton.getScene().getWindow();
    }


    private static final class RunCell extends ListCell<PipelineRun> {
        @Override
        protected void updateItem(PipelineRun run, boolean empty) {
            super.updateItem(run, empty);
            setText(empty || run == null ? null : run.status().raw() + " · " + run.runStart() + " · "
                    + (run.durationInMs() == null ? "running" : run.durationInMs() / 1000 + " s"));
        }
    }
}
