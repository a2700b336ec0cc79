package dev.adfconsole.ui.fleet;

import dev.adfconsole.ui.common.TextColumns;
import dev.adfconsole.service.inventory.InventoryRow;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** Binds the fleet view to {@link FleetViewModel}; the verdict cell carries the rule in its tooltip. */
public final class FleetController {

    private final FleetViewModel model;

    @FXML private Label countsLabel;
    @FXML private ProgressIndicator progress;
    @FXML private Button refreshButton;
    @FXML private Button exportButton;
    @FXML private Button cancelButton;
    @FXML private Label statusLabel;
    @FXML private TableView<FleetViewModel.Row> table;
    @FXML private javafx.scene.control.TextField filterField;

    public FleetController(FleetViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        countsLabel.textProperty().bind(model.countsProperty());
        statusLabel.textProperty().bind(model.statusProperty());
        progress.visibleProperty().bind(model.runningProperty());
        cancelButton.disableProperty().bind(model.runningProperty().not());
        cancelButton.setOnAction(e -> model.cancel());
        refreshButton.disableProperty().bind(model.runningProperty());
        refreshButton.setOnAction(e -> model.sweep());
        exportButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.rows()));
        exportButton.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setTitle("Export the fleet");
            chooser.setInitialFileName("fleet.csv");
            chooser.getExtensionFilters().setAll(new javafx.stage.FileChooser.ExtensionFilter("CSV", "*.csv"),
                    new javafx.stage.FileChooser.ExtensionFilter("JSON", "*.json"));
            java.io.File file = chooser.showSaveDialog(table.getScene().getWindow());
            if (file != null) {
                model.export(file.toPath());
            }
        });
        filterField.textProperty().bindBidirectional(model.filterProperty());
        // Sorting by a column heading works on the filtered rows.
        javafx.collections.transformation.SortedList<FleetViewModel.Row> sorted = new javafx.collections.transformation.SortedList<>(model.shownRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        TableColumn<FleetViewModel.Row, String> health = TextColumns.<FleetViewModel.Row>of("Health", r -> r.health().verdict().name().toLowerCase(Locale.ROOT), 90);
        health.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String verdict, boolean empty) {
                super.updateItem(verdict, empty);
                getStyleClass().removeIf(style -> style.startsWith("health-"));
                FleetViewModel.Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : verdict);
                setTooltip(row == null ? null : new Tooltip(row.health().rule()));
                if (!empty && verdict != null) {
                    getStyleClass().add("health-" + verdict);
                }
            }
        });
        table.getColumns().setAll(java.util.List.of(health,
                TextColumns.<FleetViewModel.Row>of("Subscription", r -> r.runtime().subscriptionId(), 120),
                TextColumns.<FleetViewModel.Row>of("Resource group", r -> r.runtime().resourceGroupName(), 120),
                TextColumns.<FleetViewModel.Row>of("Factory", r -> r.runtime().factoryName(), 150),
                TextColumns.<FleetViewModel.Row>of("Runtime", r -> r.runtime().integrationRuntimeName(), 170),
                TextColumns.<FleetViewModel.Row>of("Type", r -> r.runtime().type(), 85),
                TextColumns.<FleetViewModel.Row>of("State", r -> r.runtime().state(), 90),
                TextColumns.<FleetViewModel.Row>of("Nodes online", r -> nodes(r.runtime()), 95),
                TextColumns.<FleetViewModel.Row>of("Version status", r -> r.runtime().versionStatus(), 110),
                TextColumns.<FleetViewModel.Row>of("Auto-update", r -> r.runtime().autoUpdate(), 90),
                TextColumns.<FleetViewModel.Row>of("Error", r -> r.runtime().error(), 240)));
    }

    private static String nodes(InventoryRow row) {
        return row.nodesTotal() == null ? "" : row.nodesOnline() + " / " + row.nodesTotal();
    }

}
