package dev.adfconsole.ui.fleet;

import dev.adfconsole.service.inventory.InventoryRow;
import dev.adfconsole.service.inventory.VersionSupport;
import dev.adfconsole.ui.fleet.FleetEntries.Entry;
import dev.adfconsole.ui.fleet.FleetEntries.Row;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

/**
 * The fleet's "Support ends" column: days until the runtime's first node to expire stops being supported (sorts by
 * those days), coloured when within the warning period; the tooltip lists every node with its version and date,
 * and the rule. The tooltip is made on hover, as the verdict's is.
 */
final class VersionSupportCell extends TableCell<Entry, Long> {

    private final Clock clock;

    private VersionSupportCell(Clock clock) {
        this.clock = clock;
        setOnMouseEntered(e -> {
            if (getTooltip() == null && tip() != null) {
                Tooltip tooltip = new Tooltip(tip());
                tooltip.setWrapText(true);
                tooltip.setMaxWidth(560);
                setTooltip(tooltip);
            }
        });
    }

    static TableColumn<Entry, Long> column(Clock clock) {
        TableColumn<Entry, Long> column = new TableColumn<>("Support ends");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue() instanceof Row row
                ? VersionSupport.of(row.runtime(), clock.instant()).daysLeft() : null));
        column.setCellFactory(c -> new VersionSupportCell(clock));
        column.setPrefWidth(215);
        return column;
    }

    @Override
    protected void updateItem(Long days, boolean empty) {
        super.updateItem(days, empty);
        Entry entry = empty || getTableRow() == null ? null : getTableRow().getItem();
        VersionSupport.Verdict verdict = entry instanceof Row row ? VersionSupport.of(row.runtime(), clock.instant()) : null;
        setText(verdict == null ? null : verdict.text());
        List<String> styles = getStyleClass();
        boolean warn = verdict != null && verdict.within(VersionSupport.WARNING_DAYS);
        if (warn != styles.contains("support-warning")) {
            if (warn) {
                styles.add("support-warning");
            } else {
                styles.remove("support-warning");
            }
        }
        if (getTooltip() != null) {
            getTooltip().setText(tip());
        }
    }

    private String tip() {
        Entry entry = isEmpty() || getTableRow() == null ? null : getTableRow().getItem();
        if (!(entry instanceof Row row) || !"SelfHosted".equals(row.runtime().type())) {
            return null;
        }
        return text(row.runtime(), clock);
    }

    /** Each node's version and support, then the rule: what the tooltip says. */
    static String text(InventoryRow runtime, Clock clock) {
        String nodes = runtime.nodes().isEmpty() ? "No node details in this sweep."
                : runtime.nodes().stream().map(n -> {
                    VersionSupport.Verdict v = VersionSupport.of(n, clock.instant());
                    return n.nodeName() + ": " + (n.version() == null ? "version not reported" : n.version())
                            + (v.text().isEmpty() ? "" : ", " + v.text());
                }).collect(Collectors.joining("\n"));
        String latest = runtime.latestVersion() == null ? "" : "Latest version: " + runtime.latestVersion() + "\n";
        return latest + nodes + "\n\n" + VersionSupport.RULE;
    }
}
