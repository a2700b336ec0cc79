package dev.adfconsole.ui.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.service.inventory.InventoryRow;
import dev.adfconsole.ui.fleet.FleetEntries.Entry;
import dev.adfconsole.ui.fleet.FleetEntries.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/**
 * How a redraw reaches the table: by removals and insertions, never by replacing what is shown (which makes a
 * TableView rebuild every visible cell and scroll back to the left).
 */
class FleetEntriesTest {

    private static Row row(int i, String state) {
        InventoryRow r = new InventoryRow("sub", "rg", String.format("adf-%03d", i / 10), String.format("ir-%04d", i),
                "SelfHosted", state, 1, 1, null, null, null, null, null, true, null);
        return new Row(r, Health.of(r), false);
    }

    private static List<Entry> build(List<Row> rows) {
        return FleetEntries.build(rows, r -> true, FleetViewModel.GroupBy.NONE, null, java.util.Set.of());
    }

    @Test
    void arrivingAndRefreshedRowsAreInsertedAndRemovedNeverReplacedWholesale() {
        List<Row> rows = new ArrayList<>(IntStream.range(0, 1000).filter(i -> i % 2 == 0).mapToObj(i -> row(i, "Online")).toList());
        ObservableList<Entry> shown = FXCollections.observableArrayList(build(rows));
        List<String> changes = new ArrayList<>();
        shown.addListener((ListChangeListener<Entry>) c -> {
            while (c.next()) {
                changes.add(c.wasReplaced() ? "replaced" : c.wasAdded() ? "added" : "removed " + c.getRemovedSize());
            }
        });
        // New runtimes in between, one turned Offline (it moves to the top), one gone.
        for (int i = 1; i < 1000; i += 50) {
            rows.add(row(i, "Online"));
        }
        rows.set(10, row(20, "Offline"));
        rows.remove(300);

        List<Entry> next = build(rows);
        FleetEntries.applyTo(shown, next);

        assertThat(shown).containsExactlyElementsOf(next);
        assertThat(((Row) shown.get(0)).runtime().state()).isEqualTo("Offline");
        assertThat(changes).doesNotContain("replaced").noneMatch(c -> c.equals("removed " + 500)).hasSizeLessThan(50);
    }

    @Test
    void aNewOrderOrAnEmptyTableIsReplacedAtOnce() {
        List<Row> rows = IntStream.range(0, 100).mapToObj(i -> row(i, "Online")).toList();
        ObservableList<Entry> shown = FXCollections.observableArrayList();
        FleetEntries.applyTo(shown, build(rows));
        assertThat(shown).hasSize(100);

        List<Entry> reversed = new ArrayList<>(build(rows));
        java.util.Collections.reverse(reversed);
        FleetEntries.applyTo(shown, reversed);
        assertThat(shown).containsExactlyElementsOf(reversed);
    }
}
