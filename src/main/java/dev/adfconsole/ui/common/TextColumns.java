package dev.adfconsole.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

/** Read-only text columns: each cell shows what {@code text} makes of its row, as every table here does. */
public final class TextColumns {

    private TextColumns() {
    }

    /** Fills a column declared in FXML. */
    public static <T> void bind(TableColumn<T, String> column, Function<T, String> text) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
    }

    /** A new column for tables built in code. */
    public static <T> TableColumn<T, String> of(String title, Function<T, String> text, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        bind(column, text);
        column.setPrefWidth(width);
        return column;
    }
}
