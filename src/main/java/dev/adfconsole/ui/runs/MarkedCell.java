package dev.adfconsole.ui.runs;

import dev.adfconsole.service.runs.FactoryRun;
import dev.adfconsole.ui.common.TimeText;
import java.util.Locale;
import java.util.function.Function;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;

/** Status colours as in the tree; a run going longer than usual is marked, with the usual duration on hover. */
final class MarkedCell extends TreeTableCell<FactoryRun, String> {

    private final boolean duration;
    private final Function<FactoryRun, GroupRow> rowOf;

    /** @param rowOf the group a run leads (null for an earlier attempt) */
    MarkedCell(boolean duration, Function<FactoryRun, GroupRow> rowOf) {
        this.duration = duration;
        this.rowOf = rowOf;
    }

    @Override
    protected void updateItem(String value, boolean empty) {
        super.updateItem(value, empty);
        getStyleClass().removeIf(style -> style.startsWith("state-") || style.equals("long-running"));
        setText(empty ? null : value);
        setTooltip(null);
        FactoryRun run = empty || getTableRow() == null ? null : getTableRow().getItem();
        if (run == null || value == null) {
            return;
        }
        if (!duration) {
            getStyleClass().add("state-" + value.toLowerCase(Locale.ROOT));
            return;
        }
        GroupRow row = rowOf.apply(run);
        if (row != null && row.baseline() != null && run.run().runEnd() == null) {
            String usual = "Usually " + TimeText.duration(row.baseline().p90()) + ": the 90th percentile of its "
                    + row.baseline().runs() + " succeeded runs in the last 7 days.";
            if (row.longRunning()) {
                getStyleClass().add("long-running");
                setText("⚠ " + value);
                setTooltip(new Tooltip("Running longer than usual. " + usual));
            } else {
                setTooltip(new Tooltip(usual));
            }
        }
    }
}
