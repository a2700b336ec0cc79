package dev.adfconsole.ui.runmonitor;

import dev.adfconsole.ui.common.TextColumns;
import dev.adfconsole.model.ActivityRun;
import dev.adfconsole.model.PipelineRun;
import dev.adfconsole.ui.common.FactGrid;
import dev.adfconsole.ui.common.TimeText;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** Binds the run monitor to {@link RunMonitorViewModel}; asks for the next page when the runs table is scrolled to its end. */
public final class RunMonitorController {

    private final RunMonitorViewModel model;
    private final Clock clock;

    @FXML private ComboBox<TimeWindow> windowBox;
    @FXML private TextField fromField;
    @FXML private TextField toField;
    @FXML private ComboBox<String> statusBox;
    @FXML private TextField pipelineField;
    @FXML private TextField runIdField;
    @FXML private Button searchButton;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private Label lastRefreshLabel;
    @FXML private Label errorLabel;
    @FXML private TableView<PipelineRun> runsTable;
    @FXML private TableColumn<PipelineRun, String> pipelineColumn;
    @FXML private TableColumn<PipelineRun, String> statusColumn;
    @FXML private TableColumn<PipelineRun, String> startColumn;
    @FXML private TableColumn<PipelineRun, String> durationColumn;
    @FXML private TableColumn<PipelineRun, String> invokedColumn;
    @FXML private TableColumn<PipelineRun, String> runIdColumn;
    @FXML private Label countLabel;
    @FXML private Button moreButton;
    @FXML private Label runTitle;
    @FXML private GridPane factsGrid;
    @FXML private Button rerunFailureButton;
    @FXML private Button rerunButton;
    @FXML private Button cancelButton;
    @FXML private CheckBox cancelChildrenBox;
    @FXML private ProgressIndicator cancelProgress;
    @FXML private Label cancelErrorLabel;
    @FXML private Label activityErrorLabel;
    @FXML private TableView<ActivityRun> activityTable;
    @FXML private TableColumn<ActivityRun, String> activityNameColumn;
    @FXML private TableColumn<ActivityRun, String> activityTypeColumn;
    @FXML private TableColumn<ActivityRun, String> activityStatusColumn;
    @FXML private TableColumn<ActivityRun, String> activityStartColumn;
    @FXML private TableColumn<ActivityRun, String> activityDurationColumn;
    @FXML private TableColumn<ActivityRun, String> activityErrorColumn;
    @FXML private Button outputButton;
    @FXML private TextArea outputArea;

    public RunMonitorController(RunMonitorViewModel model, Clock clock) {
        this.model = model;
        this.clock = clock;
    }

    @FXML
    private void initialize() {
        bindFilters();
        bindRuns();
        bindDetail();
        bindActivities();
    }

    private void bindFilters() {
        windowBox.getItems().setAll(TimeWindow.values());
        windowBox.valueProperty().bindBidirectional(model.windowProperty());
        fromField.textProperty().bindBidirectional(model.fromProperty());
        toField.textProperty().bindBidirectional(model.toProperty());
        var custom = model.windowProperty().isEqualTo(TimeWindow.CUSTOM);
        fromField.visibleProperty().bind(custom);
        fromField.managedProperty().bind(custom);
        toField.visibleProperty().bind(custom);
        toField.managedProperty().bind(custom);
        statusBox.getItems().setAll(RunMonitorViewModel.STATUSES);
        statusBox.valueProperty().bindBidirectional(model.statusProperty());
        pipelineField.textProperty().bindBidirectional(model.pipelineNameProperty());
        runIdField.textProperty().bindBidirectional(model.runIdProperty());
        searchButton.setOnAction(e -> model.search());
        loadingIndicator.visibleProperty().bind(model.loadingProperty());
        errorLabel.textProperty().bind(model.errorProperty());
        errorLabel.managedProperty().bind(model.errorProperty().isNotEmpty());
        lastRefreshLabel.textProperty().bind(model.lastRefreshedProperty().map(t -> "Updated " + TimeText.localWithAge(t, t, clock.getZone())
                .replace(" (just now)", "")).orElse(""));
    }

    private void bindRuns() {
        runsTable.setItems(model.runs());
        TextColumns.bind(pipelineColumn, PipelineRun::pipelineName);
        TextColumns.bind(statusColumn, run -> run.status().raw());
        statusColumn.setCellFactory(c -> new StatusCell<>());
        TextColumns.bind(startColumn, run -> run.runStart() == null ? "" : RunFilter.LOCAL.format(run.runStart().atZone(clock.getZone())));
        TextColumns.bind(durationColumn, run -> RunFacts.duration(run, clock.instant()));
        TextColumns.bind(invokedColumn, run -> run.invokedBy() == null ? "" : run.invokedBy().name());
        TextColumns.bind(runIdColumn, PipelineRun::runId);
        runsTable.getSelectionModel().selectedItemProperty().addListener((obs, old, run) -> {
            if (run != null) {
                model.selectedProperty().set(run);
            }
        });
        // A refreshed run replaces the row in the list; keep the selection on it.
        model.selectedProperty().addListener((obs, old, run) -> {
            if (run != null && runsTable.getSelectionModel().getSelectedItem() != run) {
                runsTable.getSelectionModel().select(run);
            }
        });
        model.runs().addListener((ListChangeListener<PipelineRun>) change -> showCount());
        model.loadingProperty().addListener((obs, old, now) -> showCount());
        moreButton.setOnAction(e -> model.loadMore());
        runsTable.skinProperty().addListener((obs, old, skin) -> runsTable.lookupAll(".scroll-bar").stream()
                .filter(ScrollBar.class::isInstance).map(ScrollBar.class::cast)
                .filter(bar -> bar.getOrientation() == javafx.geometry.Orientation.VERTICAL)
                .forEach(bar -> bar.valueProperty().addListener((o, was, value) -> {
                    if (value.doubleValue() >= bar.getMax() - 0.01) {
                        model.loadMore();
                    }
                })));
    }

    private void showCount() {
        int n = model.runs().size();
        countLabel.setText(n + (n == 1 ? " run" : " runs") + (model.hasMore() ? " · more on scroll" : ""));
        moreButton.setVisible(model.hasMore());
        moreButton.setDisable(model.loadingProperty().get());
    }

    private void bindDetail() {
        model.selectedProperty().addListener((obs, old, run) -> showFacts(run));
        showFacts(null);
        rerunFailureButton.disableProperty().bind(model.canRerunFromFailureProperty().not());
        rerunFailureButton.setOnAction(e -> model.rerunFromFailure());
        rerunButton.disableProperty().bind(model.selectedProperty().isNull());
        rerunButton.setOnAction(e -> model.rerun());
        cancelButton.disableProperty().bind(model.cancel().disabledProperty());
        cancelButton.setOnAction(e -> model.cancel().execute());
        cancelChildrenBox.selectedProperty().bindBidirectional(model.cancelChildrenProperty());
        cancelProgress.visibleProperty().bind(model.cancel().runningProperty());
        cancelErrorLabel.textProperty().bind(model.cancel().errorProperty());
    }

    private void showFacts(PipelineRun run) {
        runTitle.setText(run == null ? "Select a run" : run.pipelineName() + " · " + run.status().raw());
        FactGrid.show(factsGrid, run == null ? Map.of() : RunFacts.of(run, clock.instant(), clock.getZone()), "fact-");
    }

    private void bindActivities() {
        ActivityRunsModel activities = model.activities();
        activityTable.setItems(activities.activityRuns());
        TextColumns.bind(activityNameColumn, ActivityRun::activityName);
        TextColumns.bind(activityTypeColumn, ActivityRun::activityType);
        TextColumns.bind(activityStatusColumn, ActivityRun::status);
        activityStatusColumn.setCellFactory(c -> new StatusCell<>());
        TextColumns.bind(activityStartColumn, a -> a.activityRunStart() == null ? ""
                : java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss").format(a.activityRunStart().atZone(clock.getZone())));
        TextColumns.bind(activityDurationColumn, a -> a.durationInMs() == null ? "running" : TimeText.duration(Duration.ofMillis(a.durationInMs())));
        TextColumns.bind(activityErrorColumn, a -> a.errorMessage() == null ? "" : a.errorMessage());
        activityTable.getSelectionModel().selectedItemProperty().addListener((obs, old, a) -> activities.selectedProperty().set(a));
        activityErrorLabel.textProperty().bind(activities.errorProperty());
        outputButton.disableProperty().bind(activities.selectedProperty().isNull());
        outputButton.setOnAction(e -> activities.showOutput());
        outputArea.textProperty().bind(activities.outputProperty());
    }


    /** Status text with the same colours as the tree's state badges. */
    private static final class StatusCell<T> extends TableCell<T, String> {
        @Override
        protected void updateItem(String status, boolean empty) {
            super.updateItem(status, empty);
            getStyleClass().removeIf(style -> style.startsWith("state-"));
            setText(empty ? null : status);
            if (!empty && status != null) {
                getStyleClass().add("state-" + status.toLowerCase(Locale.ROOT));
            }
        }
    }
}
