package dev.adfconsole.ui.shell;

import dev.adfconsole.service.activity.ActivityEntry;
import dev.adfconsole.ui.common.FxClipboard;
import dev.adfconsole.ui.common.TextColumns;
import java.util.List;
import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

/**
 * The activity log's table: its six columns, several rows selectable, Ctrl+C and a menu to copy rows or request ids.
 * Made when the log gets its first entry, not for the first frame (see the main window's FXML).
 */
final class ActivityLogTable {

    private static final List<String> TITLES = List.of("Time", "Action", "Target", "Result", "Duration", "Request id");
    private static final List<Double> WIDTHS = List.of(90.0, 160.0, 260.0, 220.0, 80.0, 260.0);

    private ActivityLogTable() {
    }

    static TableView<ActivityEntry> create(ObservableList<ActivityEntry> entries) {
        TableView<ActivityEntry> table = new TableView<>(entries);
        table.setId("activityTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        javafx.scene.layout.VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        List<Function<ActivityEntry, String>> texts = List.of(ActivityLogFormat::time, ActivityEntry::action, ActivityEntry::target,
                ActivityLogFormat::result, ActivityLogFormat::duration, ActivityLogTable::requestId);
        for (int i = 0; i < TITLES.size(); i++) {
            TableColumn<ActivityEntry, String> column = new TableColumn<>(TITLES.get(i));
            column.setPrefWidth(WIDTHS.get(i));
            TextColumns.bind(column, texts.get(i));
            table.getColumns().add(column);
        }
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        MenuItem copyRows = new MenuItem("Copy");
        copyRows.setOnAction(e -> copySelected(table, ActivityLogFormat::line));
        MenuItem copyIds = new MenuItem("Copy request id");
        copyIds.setOnAction(e -> copySelected(table, ActivityLogTable::requestId));
        table.setContextMenu(new ContextMenu(copyRows, copyIds));
        table.setOnKeyPressed(e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.C) {
                copySelected(table, ActivityLogFormat::line);
            }
        });
        return table;
    }

    private static String requestId(ActivityEntry entry) {
        return entry.requestId() == null ? "" : entry.requestId();
    }

    private static void copySelected(TableView<ActivityEntry> table, Function<ActivityEntry, String> text) {
        String lines = String.join("\n", table.getSelectionModel().getSelectedItems().stream().map(text).toList());
        if (!lines.isBlank()) {
            new FxClipboard().putText(lines);
        }
    }
}
