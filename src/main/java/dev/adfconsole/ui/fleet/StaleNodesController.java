package dev.adfconsole.ui.fleet;

import dev.adfconsole.ui.common.TextColumns;
import dev.adfconsole.ui.common.TimeText;
import dev.adfconsole.ui.fleet.StaleNodesViewModel.Item;
import java.time.Clock;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;

/** Binds the stale-node window to {@link StaleNodesViewModel}: threshold, check boxes, one removal, each line's result. */
public final class StaleNodesController {

    private final StaleNodesViewModel model;
    private final Clock clock;

    @FXML private Spinner<Integer> daysSpinner;
    @FXML private Button selectAllButton;
    @FXML private Button selectNoneButton;
    @FXML private Button removeButton;
    @FXML private Button cancelButton;
    @FXML private Label statusLabel;
    @FXML private TableView<Item> table;

    public StaleNodesController(StaleNodesViewModel model, Clock clock) {
        this.model = model;
        this.clock = clock;
    }

    @FXML
    private void initialize() {
        var days = new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 3650, model.daysProperty().get());
        daysSpinner.setValueFactory(days);
        days.valueProperty().addListener((obs, old, value) -> model.daysProperty().set(value == null ? 1 : value));
        daysSpinner.disableProperty().bind(model.removingProperty());
        statusLabel.textProperty().bind(model.statusProperty());
        selectAllButton.setOnAction(e -> model.selectAll(true));
        selectNoneButton.setOnAction(e -> model.selectAll(false));
        selectAllButton.disableProperty().bind(model.removingProperty());
        selectNoneButton.disableProperty().bind(model.removingProperty());
        removeButton.disableProperty().bind(model.removingProperty().or(model.nothingCheckedProperty()));
        removeButton.setOnAction(e -> model.removeChecked());
        cancelButton.disableProperty().bind(model.removingProperty().not());
        cancelButton.setOnAction(e -> model.cancel());

        table.setItems(model.items());
        // The result column takes what is left: a failure's reason is the longest text here.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Item, Boolean> check = new TableColumn<>("");
        check.setCellValueFactory(cell -> cell.getValue().selectedProperty());
        check.setCellFactory(CheckBoxTableCell.forTableColumn(check));
        check.setEditable(true);
        check.setPrefWidth(36);
        table.getColumns().setAll(List.of(check,
                TextColumns.of("Node", (Item i) -> i.stale().node().nodeName(), 160),
                TextColumns.of("Runtime", (Item i) -> i.stale().ref().runtime().name(), 140),
                TextColumns.of("Factory", (Item i) -> i.stale().ref().runtime().factory().factoryName(), 160),
                TextColumns.of("Last connected", (Item i) -> TimeText.localWithAge(i.stale().node().lastConnectTime(),
                        clock.instant(), clock.getZone()), 215),
                TextColumns.of("Days off", (Item i) -> String.valueOf(i.stale().days()), 80),
                TextColumns.of("Version", (Item i) -> i.stale().node().version(), 100),
                result()));
    }

    private static TableColumn<Item, String> result() {
        TableColumn<Item, String> column = new TableColumn<>("Result");
        column.setCellValueFactory(cell -> cell.getValue().resultProperty());
        column.setPrefWidth(240);
        // A failure's reason is longer than the column: all of it in the tooltip.
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new javafx.scene.control.Tooltip(text));
            }
        });
        return column;
    }
}
