package dev.adfconsole.ui.fleet;

import dev.adfconsole.service.inventory.InventoryRow;
import dev.adfconsole.ui.fleet.FleetEntries.Row;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH (bench/run.sh jmh): what one redraw of the fleet table costs on the UI thread — filter, sort and group — for
 * 10,000 runtimes. The view model redraws at most every 200 ms during a sweep, so this must stay far below that.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FleetEntriesBenchmark {

    @Param({"10000"})
    public int runtimes;

    private List<Row> rows;

    @Setup
    public void rows() {
        String[] states = {"Online", "Online", "Online", "Limited", "Offline", "NeedRegistration"};
        rows = new ArrayList<>(runtimes);
        for (int i = 0; i < runtimes; i++) {
            InventoryRow row = new InventoryRow("sub-" + (i % 50), "rg-" + (i % 7), "adf-" + (i / 10), "shir-" + i,
                    "SelfHosted", states[i % states.length], i % 3, 2, "5.44", "5.46", i % 9 == 0 ? "Expiring" : "UpToDate",
                    "On", null, i % 5 != 2, Instant.EPOCH);
            rows.add(new Row(row, Health.of(row), false));
        }
    }

    @Benchmark
    public List<FleetEntries.Entry> worstFirst() {
        return FleetEntries.build(rows, r -> true, FleetViewModel.GroupBy.NONE, null, Set.of());
    }

    @Benchmark
    public List<FleetEntries.Entry> groupedByFactoryAndFiltered() {
        return FleetEntries.build(rows, r -> r.runtime().state().startsWith("O"), FleetViewModel.GroupBy.FACTORY, null, Set.of());
    }
}
