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

/** The activity log's table: its six columns, several rows selectable, Ctrl+C and a menu to copy rows or request ids. */
final class ActivityLogTable {

    private ActivityLogTable() {
    }

    /** {@code columns}: time, action, target, result, duration, request id, as declared in the FXML. */
    static void bind(TableView<ActivityEntry> table, ObservableList<ActivityEntry> entries, List<TableColumn<ActivityEntry, String>> columns) {
        table.setItems(entries);
        List<Function<ActivityEntry, String>> texts = List.of(ActivityLogFormat::time, ActivityEntry::action, ActivityEntry::target,
                ActivityLogFormat::result, ActivityLogFormat::duration, ActivityLogTable::requestId);
        for (int i = 0; i < columns.size(); i++) {
            TextColumns.bind(columns.get(i), texts.get(i));
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
