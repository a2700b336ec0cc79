package dev.adfconsole.ui.common;

import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/** Fills a two-column grid with "name: value" lines, the way every detail pane shows its facts. */
public final class FactGrid {

    private FactGrid() {
    }

    /** Replaces the grid's rows; each value label gets the id {@code idPrefix + name} (lower case, dashes) for tests. */
    public static void show(GridPane grid, Map<String, String> facts, String idPrefix) {
        grid.getChildren().clear();
        int row = 0;
        for (Map.Entry<String, String> fact : facts.entrySet()) {
            Label name = new Label(fact.getKey());
            name.getStyleClass().add("field-name");
            Label value = new Label(fact.getValue());
            value.setWrapText(true);
            if (idPrefix != null) {
                value.setId(idPrefix + fact.getKey().toLowerCase(Locale.ROOT).replace(' ', '-'));
            }
            grid.addRow(row++, name, value);
        }
    }
}
