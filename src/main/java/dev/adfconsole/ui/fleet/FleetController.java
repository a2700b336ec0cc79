package dev.adfconsole.ui.fleet;

import dev.adfconsole.service.inventory.InventoryRow;
import dev.adfconsole.ui.common.TextColumns;
import dev.adfconsole.ui.common.TimeText;
import dev.adfconsole.ui.fleet.FleetEntries.Entry;
import dev.adfconsole.ui.fleet.FleetEntries.Group;
import dev.adfconsole.ui.fleet.FleetEntries.Row;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.util.StringConverter;

/**
 * Binds the fleet view to {@link FleetViewModel}. Group headings and rows from the last sweep get their own style;
 * the verdict cell carries its rule in a tooltip; double-click or Enter opens a runtime in the tree or folds a group.
 */
public final class FleetController {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private final FleetViewModel model;

    @FXML private Label countsLabel;
    @FXML private ProgressBar progressBar;
    @FXML private Label progressLabel;
    @FXML private Button refreshButton;
    @FXML private Button exportButton;
    @FXML private Button staleButton;
    @FXML private Button cancelButton;
    @FXML private ChoiceBox<FleetViewModel.GroupBy> groupChoice;
    @FXML private Label statusLabel;
    @FXML private Label sourceLabel;
    @FXML private Label cacheLabel;
    @FXML private Label peaksLabel;
    @FXML private TableView<Entry> table;
    @FXML private TextField filterField;
    @FXML private javafx.scene.control.CheckBox expiringCheck;

    public FleetController(FleetViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        countsLabel.textProperty().bind(model.countsProperty());
        statusLabel.textProperty().bind(model.statusProperty());
        sourceLabel.textProperty().bind(model.sourceProperty());
        cacheLabel.textProperty().bind(model.cacheNoteProperty());
        cacheLabel.visibleProperty().bind(model.cacheNoteProperty().isNotEmpty());
        cacheLabel.managedProperty().bind(cacheLabel.visibleProperty());
        progressBar.progressProperty().bind(model.progressProperty());
        progressBar.visibleProperty().bind(model.runningProperty());
        progressBar.managedProperty().bind(progressBar.visibleProperty());
        progressLabel.textProperty().bind(model.progressTextProperty());
        progressLabel.visibleProperty().bind(model.runningProperty());
        progressLabel.managedProperty().bind(progressLabel.visibleProperty());
        cancelButton.disableProperty().bind(model.runningProperty().not());
        cancelButton.setOnAction(e -> model.cancel());
        refreshButton.disableProperty().bind(model.runningProperty());
        refreshButton.setOnAction(e -> model.sweep());
        exportButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.rows()));
        exportButton.setOnAction(e -> export());
        staleButton.setOnAction(e -> StaleNodesWindow.open(table.getScene().getWindow(),
                ((javafx.stage.Stage) table.getScene().getWindow()).getTitle().replaceFirst("^Fleet", "Stale nodes"), model));
        filterField.textProperty().bindBidirectional(model.filterProperty());
        expiringCheck.selectedProperty().bindBidirectional(model.expiringOnlyProperty());
        groupChoice.getItems().setAll(FleetViewModel.GroupBy.values());
        groupChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(FleetViewModel.GroupBy by) {
                return by == null ? "" : switch (by) {
                    case NONE -> "No grouping";
                    case SUBSCRIPTION -> "Group by subscription";
                    case FACTORY -> "Group by factory";
                };
            }

            @Override
            public FleetViewModel.GroupBy fromString(String text) {
                return null;
            }
        });
        groupChoice.valueProperty().bindBidirectional(model.groupByProperty());
        bindTable();
        bindPeaks();
    }

    /** Peak CPU and queue of the last hour (Azure Monitor), after "Nodes online"; sortable as numbers. */
    private void bindPeaks() {
        peaksLabel.textProperty().bind(model.peaks().noteProperty());
        peaksLabel.visibleProperty().bind(model.peaks().noteProperty().isNotEmpty());
        peaksLabel.managedProperty().bind(peaksLabel.visibleProperty());
        int after = table.getColumns().stream().map(TableColumn::getText).toList().indexOf("Nodes online");
        table.getColumns().addAll(after + 1, List.of(
                peakColumn("Peak CPU (1 h)", model.peaks()::cpu, "%.0f %%"),
                peakColumn("Peak queue (1 h)", model.peaks()::queue, "%.0f")));
    }

    private static TableColumn<Entry, Double> peakColumn(String title, Function<String, javafx.beans.value.ObservableValue<Double>> value,
                                                        String format) {
        TableColumn<Entry, Double> column = new TableColumn<>(title);
        column.setPrefWidth(145);
        column.setCellValueFactory(cell -> cell.getValue() instanceof Row row && row.runtime().integrationRuntimeName() != null
                ? value.apply(row.key()) : new javafx.beans.property.ReadOnlyObjectWrapper<>(null));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Double peak, boolean empty) {
                super.updateItem(peak, empty);
                setText(empty || peak == null ? null : String.format(Locale.ROOT, format, peak));
            }
        });
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    /**
     * The window opens with the table focused, not the filter: a focused empty field hides its prompt, and the
     * filter box then read as an unlabelled box. Ctrl+F goes to the filter, as in the main window.
     */
    void focusTable() {
        table.requestFocus();
        table.getScene().getAccelerators().put(new javafx.scene.input.KeyCodeCombination(KeyCode.F,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN), filterField::requestFocus);
    }

    private void bindTable() {
        table.setItems(model.entries());
        // Thousands of rows: dense rows of a fixed height, so the table lays out rows without measuring each one.
        table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        table.setFixedCellSize(30);
        // The view model sorts (within groups, headings kept above their rows); the table only says by what.
        table.setSortPolicy(t -> {
            model.sortBy(t.getComparator());
            return true;
        });
        table.setRowFactory(t -> new EntryRow());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                model.activate(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        // Redraws replace the items: keep the selection on the same runtime or group.
        String[] selectedKey = new String[1];
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            if (entry != null) {
                selectedKey[0] = entry.key();
            }
        });
        model.entries().addListener((ListChangeListener<Entry>) change -> {
            if (selectedKey[0] != null && table.getSelectionModel().getSelectedItem() == null) {
                List<Entry> items = model.entries();
                for (int i = 0; i < items.size(); i++) {
                    if (items.get(i).key().equals(selectedKey[0])) {
                        table.getSelectionModel().select(i);
                        break;
                    }
                }
            }
        });
        TableColumn<Entry, String> health = TextColumns.of("Health", e -> e instanceof Row r
                ? r.health().verdict().name().toLowerCase(Locale.ROOT) : ((Group) e).collapsed() ? "▸" : "▾", 90);
        health.setCellFactory(c -> new HealthCell());
        table.getColumns().setAll(List.of(health,
                column("Subscription", r -> model.subscriptionName(r.subscriptionId()), FleetViewModel.GroupBy.SUBSCRIPTION, 170),
                column("Resource group", InventoryRow::resourceGroupName, null, 120),
                column("Factory", InventoryRow::factoryName, FleetViewModel.GroupBy.FACTORY, 150),
                column("Runtime", InventoryRow::integrationRuntimeName, null, 240),
                column("Type", InventoryRow::type, null, 85),
                column("State", InventoryRow::state, null, 90),
                column("Nodes online", r -> r.nodesTotal() == null ? "" : r.nodesOnline() + " / " + r.nodesTotal(), null, 95),
                column("Version status", InventoryRow::versionStatus, null, 110),
                VersionSupportCell.column(model.clock()),
                column("Version", r -> r.version() == null ? "" : r.version() + (r.latestVersion() == null ? ""
                        : r.latestVersion().equals(r.version()) ? " (latest)" : " (latest " + r.latestVersion() + ")"), null, 200),
                column("Credentials", r -> r.credentialInSync() == null ? "" : r.credentialInSync() ? "In sync" : "Out of sync", null, 90),
                column("Auto-update", InventoryRow::autoUpdate, null, 90),
                column("Refreshed", r -> r.refreshedAt() == null ? "" : CLOCK.format(r.refreshedAt().atZone(ZoneId.systemDefault())), null, 80),
                column("Error", InventoryRow::error, null, 240)));
    }

    /** A runtime's field; on a group heading, the grouped column shows the group's name and the next its summary. */
    private static TableColumn<Entry, String> column(String title, Function<InventoryRow, String> text,
                                                     FleetViewModel.GroupBy groupColumn, double width) {
        return TextColumns.of(title, e -> e instanceof Row r ? text.apply(r.runtime())
                : ((Group) e).by() == groupColumn ? ((Group) e).label()
                : title.equals("Runtime") ? ((Group) e).summary() : "", width);
    }

    /**
     * Lays the table out once with a screenful of blank rows before the window shows, then gives it the view
     * model's rows. A table's first rows pay for first-time CSS, skins and code that has not run yet (200–250 ms on
     * 2 cores); paid here it is part of opening the window instead of a stall once the sweep's rows start to flow.
     */
    void primeRows(double width, double height) {
        var root = table.getScene() == null ? null : table.getScene().getRoot();
        if (root == null) {
            return;
        }
        List<Entry> blank = new java.util.ArrayList<>();
        for (int i = 0; i < (int) (height / table.getFixedCellSize()) + 1; i++) {
            InventoryRow row = new InventoryRow("", "", "", "prime-" + i, "", "", null, null, null, null, null, null, null, null, null);
            blank.add(new Row(row, Health.of(row), i % 2 == 0));
        }
        table.setItems(javafx.collections.FXCollections.observableArrayList(blank));
        root.resize(width, height);
        root.applyCss();
        root.layout();
        table.setItems(model.entries());
    }

    private void export() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Export the fleet");
        chooser.setInitialFileName("fleet.csv");
        chooser.getExtensionFilters().setAll(new javafx.stage.FileChooser.ExtensionFilter("CSV", "*.csv"),
                new javafx.stage.FileChooser.ExtensionFilter("JSON", "*.json"));
        java.io.File file = chooser.showSaveDialog(table.getScene().getWindow());
        if (file != null) {
            model.export(file.toPath());
        }
    }

    /** Group headings and not-yet-refreshed rows look different; double-click activates. */
    private final class EntryRow extends TableRow<Entry> {
        EntryRow() {
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getItem() != null) {
                    model.activate(getItem());
                }
            });
        }

        @Override
        protected void updateItem(Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            styleOnly(getStyleClass(), List.of("fleet-group", "fleet-cached"), empty ? null
                    : entry instanceof Group ? "fleet-group" : entry instanceof Row row && row.cached() ? "fleet-cached" : null);
        }
    }

    /**
     * Leaves exactly {@code wanted} (or none) of {@code family} in {@code styles}, touching the list only when that
     * changes: every change re-applies CSS to the node and its children, and cells are refilled at every redraw.
     */
    private static void styleOnly(List<String> styles, List<String> family, String wanted) {
        for (String style : family) {
            if (!style.equals(wanted) && styles.contains(style)) {
                styles.remove(style);
            }
        }
        if (wanted != null && !styles.contains(wanted)) {
            styles.add(wanted);
        }
    }

    /**
     * The verdict, coloured, with the rule that produced it (or the group's counts) in the tooltip. The tooltip is
     * made when the pointer first enters the cell: a Tooltip is a window with a scene of its own, and creating one
     * per visible cell cost the first rows of a sweep a third of a second.
     */
    private static final class HealthCell extends TableCell<Entry, String> {
        private static final List<String> VERDICTS = java.util.Arrays.stream(Health.Verdict.values())
                .map(v -> "health-" + v.name().toLowerCase(Locale.ROOT)).toList();

        HealthCell() {
            setOnMouseEntered(e -> {
                if (getTooltip() == null && tip() != null) {
                    // Self-hosted rules end with the version-support rule: wrapped, not one line off the screen.
                    Tooltip tooltip = new Tooltip(tip());
                    tooltip.setWrapText(true);
                    tooltip.setMaxWidth(560);
                    setTooltip(tooltip);
                }
            });
        }

        @Override
        protected void updateItem(String verdict, boolean empty) {
            super.updateItem(verdict, empty);
            Entry entry = empty || getTableRow() == null ? null : getTableRow().getItem();
            setText(empty ? null : verdict);
            styleOnly(getStyleClass(), VERDICTS, entry instanceof Row ? "health-" + verdict : null);
            if (getTooltip() != null) {
                getTooltip().setText(tip());
            }
        }

        private String tip() {
            Entry entry = isEmpty() || getTableRow() == null ? null : getTableRow().getItem();
            if (entry instanceof Row row) {
                return row.health().rule() + (row.cached() ? "\nFrom the last sweep: not refreshed yet." : "");
            }
            if (entry instanceof Group group) {
                return group.summary() + (group.collapsed() ? "\nDouble-click to unfold." : "\nDouble-click to fold.");
            }
            return null;
        }
    }
}
