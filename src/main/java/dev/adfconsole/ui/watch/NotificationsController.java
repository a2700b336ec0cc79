package dev.adfconsole.ui.watch;

import dev.adfconsole.service.settings.WatchedItem;
import dev.adfconsole.ui.common.TextColumns;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/**
 * The notification area: every notification of this session, newest first (double-click or Open shows the runtime
 * or the run), and the watch list with its polling pace (Stop watching takes an item off).
 */
public final class NotificationsController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private final WatchViewModel model;

    @FXML private TableView<WatchViewModel.Notice> noticeTable;
    @FXML private TableView<WatchedItem> watchTable;
    @FXML private Button openButton;
    @FXML private Button unwatchButton;
    @FXML private Label statusLabel;

    private final java.util.function.Supplier<String> desktop;

    public NotificationsController(WatchViewModel model, java.util.function.Supplier<String> desktop) {
        this.model = model;
        this.desktop = desktop;
    }

    @FXML
    private void initialize() {
        statusLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.statusProperty().get() + " Desktop notifications: " + desktop.get() + ".", model.statusProperty()));
        noticeTable.setItems(model.notices());
        noticeTable.getColumns().setAll(List.of(
                TextColumns.of("Time", (WatchViewModel.Notice n) -> TIME.format(n.at().atZone(ZoneId.systemDefault())), 80),
                TextColumns.of("What", WatchViewModel.Notice::title, 240),
                TextColumns.of("Details", WatchViewModel.Notice::text, 420)));
        noticeTable.setRowFactory(t -> {
            TableRow<WatchViewModel.Notice> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row.getItem() != null) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        noticeTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && noticeTable.getSelectionModel().getSelectedItem() != null) {
                model.open(noticeTable.getSelectionModel().getSelectedItem());
            }
        });
        openButton.disableProperty().bind(noticeTable.getSelectionModel().selectedItemProperty().isNull());
        openButton.setOnAction(e -> model.open(noticeTable.getSelectionModel().getSelectedItem()));

        watchTable.setItems(model.watched());
        watchTable.getColumns().setAll(List.of(
                TextColumns.of("Watched", WatchedItem::label, 320),
                TextColumns.of("Kind", (WatchedItem w) -> w.isRuntime() ? "Runtime: state" : "Factory: failed runs", 150),
                TextColumns.of("Connection", WatchedItem::connection, 200)));
        unwatchButton.disableProperty().bind(watchTable.getSelectionModel().selectedItemProperty().isNull());
        unwatchButton.setOnAction(e -> model.toggle(watchTable.getSelectionModel().getSelectedItem()));
    }
}
