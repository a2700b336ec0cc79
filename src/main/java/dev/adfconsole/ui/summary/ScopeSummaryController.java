package dev.adfconsole.ui.summary;

import dev.adfconsole.service.FactoryRef;
import dev.adfconsole.ui.common.TextColumns;
import dev.adfconsole.ui.summary.ScopeSummaryViewModel.FailedRun;
import dev.adfconsole.ui.summary.ScopeSummaryViewModel.Kind;
import dev.adfconsole.ui.summary.ScopeSummaryViewModel.StateCount;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;

/**
 * Binds the factory and subscription summary to {@link ScopeSummaryViewModel}: a badge per runtime state, the failed
 * runs in a table (double-click or Enter opens one in its factory's run monitor), the actions of the selection.
 */
public final class ScopeSummaryController {

    /** What the summary's buttons do; the main window owns these actions. */
    public interface Actions {
        void runPipeline();

        void runMonitor(FactoryRef factory, String runId);

        void fleet();
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final ScopeSummaryViewModel model;
    private final Actions actions;

    @FXML private Label titleLabel;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private Label subtitleLabel;
    @FXML private Button summaryRunPipelineButton;
    @FXML private Button summaryRunMonitorButton;
    @FXML private Button summaryFleetButton;
    @FXML private Button summaryRefreshButton;
    @FXML private Label runtimesLabel;
    @FXML private FlowPane stateBadges;
    @FXML private Label factoriesLabel;
    @FXML private Label pipelinesLabel;
    @FXML private Label failedRunsLabel;
    @FXML private TableView<FailedRun> failedRunsTable;
    @FXML private Label problemsLabel;

    public ScopeSummaryController(ScopeSummaryViewModel model, Actions actions) {
        this.model = model;
        this.actions = actions;
    }

    @FXML
    private void initialize() {
        titleLabel.textProperty().bind(model.scopeProperty().map(ScopeSummaryViewModel.Scope::title).orElse(""));
        subtitleLabel.textProperty().bind(model.subtitleProperty());
        loadingIndicator.visibleProperty().bind(model.loadingProperty());
        runtimesLabel.textProperty().bind(model.runtimesTextProperty());
        factoriesLabel.textProperty().bind(model.factoriesTextProperty());
        factoriesLabel.visibleProperty().bind(model.factoriesTextProperty().isNotEmpty());
        factoriesLabel.managedProperty().bind(factoriesLabel.visibleProperty());
        pipelinesLabel.textProperty().bind(model.pipelinesTextProperty());
        failedRunsLabel.textProperty().bind(model.failedRunsTextProperty());
        problemsLabel.textProperty().bind(model.problemsProperty());
        problemsLabel.visibleProperty().bind(model.problemsProperty().isNotEmpty());
        problemsLabel.managedProperty().bind(problemsLabel.visibleProperty());
        var factory = model.scopeProperty().map(s -> s.kind() == Kind.FACTORY).orElse(false);
        summaryRunPipelineButton.visibleProperty().bind(factory);
        summaryRunPipelineButton.managedProperty().bind(factory);
        summaryRunMonitorButton.visibleProperty().bind(factory);
        summaryRunMonitorButton.managedProperty().bind(factory);
        summaryFleetButton.visibleProperty().bind(factory.map(f -> !f));
        summaryFleetButton.managedProperty().bind(summaryFleetButton.visibleProperty());
        summaryRunPipelineButton.setOnAction(e -> actions.runPipeline());
        summaryRunMonitorButton.setOnAction(e -> actions.runMonitor(model.scopeProperty().get().factory(), null));
        summaryFleetButton.setOnAction(e -> actions.fleet());
        summaryRefreshButton.setOnAction(e -> model.refresh());
        model.states().addListener((ListChangeListener<StateCount>) change -> showStates());
        bindFailedRuns();
    }

    private void showStates() {
        stateBadges.getChildren().setAll(model.states().stream().map(count -> {
            Label badge = new Label(count.count() + " " + count.state());
            badge.getStyleClass().addAll("state-badge", "state-" + count.state().toLowerCase(Locale.ROOT));
            // Read as one phrase: a screen reader otherwise reads the number and the state as two unrelated texts.
            badge.setAccessibleText(count.count() + (count.count() == 1 ? " runtime " : " runtimes ") + count.state());
            badge.setAccessibleRole(AccessibleRole.TEXT);
            return badge;
        }).toList());
    }

    private void bindFailedRuns() {
        failedRunsTable.setItems(model.failedRuns());
        failedRunsTable.getColumns().setAll(List.of(
                TextColumns.of("Started", (FailedRun r) -> r.runStart() == null ? "" : WHEN.format(r.runStart().atZone(ZoneId.systemDefault())), 130),
                TextColumns.of("Factory", (FailedRun r) -> r.factory().factoryName(), 150),
                TextColumns.of("Pipeline", FailedRun::pipelineName, 170),
                TextColumns.of("Message", (FailedRun r) -> r.message() == null ? "" : r.message(), 300)));
        failedRunsTable.setRowFactory(t -> {
            TableRow<FailedRun> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row.getItem() != null) {
                    open(row.getItem());
                }
            });
            return row;
        });
        failedRunsTable.setOnKeyPressed(e -> {
            FailedRun selected = failedRunsTable.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                open(selected);
                e.consume();
            }
        });
        failedRunsTable.setAccessibleText("Failed runs: Enter opens the selected run in its factory's run monitor");
    }

    private void open(FailedRun run) {
        actions.runMonitor(run.factory(), run.runId());
    }
}
