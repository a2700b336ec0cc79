package dev.adfconsole.ui.runs;

import dev.adfconsole.service.runs.FactoryRun;
import dev.adfconsole.ui.common.TextColumns;
import dev.adfconsole.ui.common.TimeText;
import dev.adfconsole.ui.runmonitor.RunFacts;
import dev.adfconsole.ui.runmonitor.RunFilter;
import dev.adfconsole.ui.runmonitor.TimeWindow;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;

/**
 * Binds the runs monitor to {@link RunsMonitorViewModel}: groups as rows with their earlier attempts nested, many
 * selectable for a bulk rerun, the selected group's history beside them.
 */
public final class RunsMonitorController {

    private final RunsMonitorViewModel model;
    private final Consumer<List<FactoryRun>> bulkRerun;
    private final Map<String, GroupRow> rowOf = new HashMap<>();

    @FXML private ComboBox<TimeWindow> windowBox;
    @FXML private ComboBox<String> statusBox;
    @FXML private TextField pipelineField;
    @FXML private Button searchButton;
    @FXML private Button stopButton;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private Label progressLabel;
    @FXML private Label errorLabel;
    @FXML private Label failuresLabel;
    @FXML private TreeTableView<FactoryRun> groupsTable;
    @FXML private TreeTableColumn<FactoryRun, String> pipelineColumn;
    @FXML private TreeTableColumn<FactoryRun, String> factoryColumn;
    @FXML private TreeTableColumn<FactoryRun, String> subscriptionColumn;
    @FXML private TreeTableColumn<FactoryRun, String> statusColumn;
    @FXML private TreeTableColumn<FactoryRun, String> startColumn;
    @FXML private TreeTableColumn<FactoryRun, String> durationColumn;
    @FXML private TreeTableColumn<FactoryRun, String> attemptsColumn;
    @FXML private TreeTableColumn<FactoryRun, String> runIdColumn;
    @FXML private Button selectUnrecoveredButton;
    @FXML private Button bulkRerunButton;
    @FXML private Label selectionLabel;
    @FXML private Label historyTitle;
    @FXML private Label historyError;
    @FXML private TableView<GroupHistoryModel.Attempt> attemptsTable;
    @FXML private TableColumn<GroupHistoryModel.Attempt, String> attemptNumberColumn;
    @FXML private TableColumn<GroupHistoryModel.Attempt, String> attemptStatusColumn;
    @FXML private TableColumn<GroupHistoryModel.Attempt, String> attemptOriginColumn;
    @FXML private TableColumn<GroupHistoryModel.Attempt, String> attemptInvokedColumn;
    @FXML private TableColumn<GroupHistoryModel.Attempt, String> attemptStartColumn;
    @FXML private TableColumn<GroupHistoryModel.Attempt, String> attemptRunIdColumn;

    /** @param bulkRerun opens the bulk rerun of the selected runs */
    public RunsMonitorController(RunsMonitorViewModel model, Consumer<List<FactoryRun>> bulkRerun) {
        this.model = model;
        this.bulkRerun = bulkRerun;
    }

    @FXML
    private void initialize() {
        windowBox.getItems().setAll(TimeWindow.LAST_HOUR, TimeWindow.LAST_DAY, TimeWindow.LAST_WEEK);
        windowBox.valueProperty().bindBidirectional(model.windowProperty());
        statusBox.getItems().setAll(RunsMonitorViewModel.STATUSES);
        statusBox.valueProperty().bindBidirectional(model.statusProperty());
        pipelineField.textProperty().bindBidirectional(model.pipelineNameProperty());
        searchButton.setOnAction(e -> model.search());
        stopButton.disableProperty().bind(model.loadingProperty().not());
        stopButton.setOnAction(e -> model.cancel());
        loadingIndicator.visibleProperty().bind(model.loadingProperty());
        progressLabel.textProperty().bind(model.progressProperty());
        errorLabel.textProperty().bind(model.errorProperty());
        errorLabel.managedProperty().bind(model.errorProperty().isNotEmpty());
        model.failures().addListener((ListChangeListener<String>) c -> showFailures());
        showFailures();
        bindGroups();
        bindHistory();
    }

    private void showFailures() {
        failuresLabel.setText(String.join("\n", model.failures()));
        failuresLabel.setManaged(!model.failures().isEmpty());
    }

    private void bindGroups() {
        groupsTable.setRoot(new TreeItem<>());
        groupsTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        text(pipelineColumn, run -> run.run().pipelineName());
        text(factoryColumn, run -> run.factory().factoryName());
        text(subscriptionColumn, run -> row(run) == null ? run.factory().subscriptionId() : row(run).subscription());
        text(statusColumn, run -> run.run().status().raw());
        text(startColumn, run -> run.run().runStart() == null ? "" : RunFilter.LOCAL.format(run.run().runStart().atZone(model.clock().getZone())));
        text(durationColumn, run -> RunFacts.duration(run.run(), model.clock().instant()));
        text(attemptsColumn, run -> row(run) == null ? "earlier attempt" : row(run).attemptsText());
        text(runIdColumn, run -> run.run().runId());
        statusColumn.setCellFactory(c -> new MarkedCell(false, this::row));
        durationColumn.setCellFactory(c -> new MarkedCell(true, this::row));
        model.groups().addListener((ListChangeListener<GroupRow>) c -> rebuild());
        groupsTable.getSelectionModel().getSelectedItems().addListener((ListChangeListener<TreeItem<FactoryRun>>) c -> selected());
        groupsTable.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> focused(item));
        bulkRerunButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> model.selectedRuns().stream()
                .noneMatch(r -> r.run().status().is(dev.adfconsole.model.PipelineRunStatus.FAILED)), model.selectedRuns()));
        bulkRerunButton.setOnAction(e -> bulkRerun.accept(List.copyOf(model.selectedRuns())));
        selectUnrecoveredButton.setOnAction(e -> {
            groupsTable.getSelectionModel().clearSelection();
            groupsTable.getRoot().getChildren().stream().filter(item -> row(item.getValue()) != null
                    && row(item.getValue()).group().notRecovered(item.getValue().run()))
                    .forEach(item -> groupsTable.getSelectionModel().select(item));
        });
    }

    private GroupRow row(FactoryRun run) {
        return run == null ? null : rowOf.get(run.key());
    }

    /** Rows for the groups now, keeping what was expanded and selected. */
    private void rebuild() {
        Set<String> expanded = new HashSet<>();
        Set<String> selectedKeys = new HashSet<>();
        groupsTable.getRoot().getChildren().stream().filter(TreeItem::isExpanded).forEach(i -> expanded.add(i.getValue().key()));
        groupsTable.getSelectionModel().getSelectedItems().stream().filter(java.util.Objects::nonNull)
                .forEach(i -> selectedKeys.add(i.getValue().key()));
        rowOf.clear();
        List<TreeItem<FactoryRun>> items = model.groups().stream().map(group -> {
            rowOf.put(group.latestRun().key(), group);
            TreeItem<FactoryRun> item = new TreeItem<>(group.latestRun());
            group.earlier().forEach(run -> item.getChildren().add(new TreeItem<>(run)));
            item.setExpanded(expanded.contains(group.latestRun().key()));
            return item;
        }).toList();
        groupsTable.getRoot().getChildren().setAll(items);
        items.stream().flatMap(i -> java.util.stream.Stream.concat(java.util.stream.Stream.of(i), i.getChildren().stream()))
                .filter(i -> selectedKeys.contains(i.getValue().key())).forEach(i -> groupsTable.getSelectionModel().select(i));
    }

    private void selected() {
        List<FactoryRun> runs = groupsTable.getSelectionModel().getSelectedItems().stream()
                .filter(java.util.Objects::nonNull).map(TreeItem::getValue).toList();
        model.selectedRuns().setAll(runs);
        long failed = runs.stream().filter(r -> r.run().status().is(dev.adfconsole.model.PipelineRunStatus.FAILED)).count();
        selectionLabel.setText(runs.isEmpty() ? "" : runs.size() + " selected, " + failed + " failed");
    }

    /** The history pane follows the last selected row (an earlier attempt shows its group). */
    private void focused(TreeItem<FactoryRun> focused) {
        if (focused != null && focused.getValue() != null) {
            TreeItem<FactoryRun> group = row(focused.getValue()) != null ? focused : focused.getParent();
            model.currentProperty().set(group == null || group.getValue() == null ? null : row(group.getValue()));
        }
    }

    private void bindHistory() {
        GroupHistoryModel history = model.history();
        historyTitle.textProperty().bind(history.titleProperty());
        historyError.textProperty().bind(history.errorProperty());
        historyError.managedProperty().bind(history.errorProperty().isNotEmpty());
        attemptsTable.setItems(history.attempts());
        TextColumns.bind(attemptNumberColumn, a -> String.valueOf(a.number()));
        TextColumns.bind(attemptStatusColumn, a -> a.pipelineRun().status().raw());
        TextColumns.bind(attemptOriginColumn, GroupHistoryModel.Attempt::origin);
        TextColumns.bind(attemptInvokedColumn, GroupHistoryModel.Attempt::invokedBy);
        TextColumns.bind(attemptStartColumn, a -> a.pipelineRun().runStart() == null ? ""
                : RunFilter.LOCAL.format(a.pipelineRun().runStart().atZone(model.clock().getZone())));
        TextColumns.bind(attemptRunIdColumn, a -> a.pipelineRun().runId());
    }

    private static void text(TreeTableColumn<FactoryRun, String> column, Function<FactoryRun, String> text) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().getValue() == null ? ""
                : text.apply(cell.getValue().getValue())));
    }
}
