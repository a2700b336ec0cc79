package dev.adfconsole.ui.fleet;

import static dev.adfconsole.testing.SandboxFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.sandbox.SandboxOptions;
import dev.adfconsole.sandbox.fleet.SandboxFactory;
import dev.adfconsole.sandbox.fleet.SandboxRuntime;
import dev.adfconsole.service.inventory.FleetCache;
import dev.adfconsole.testing.SandboxFixture;
import dev.adfconsole.ui.common.UiTimer;
import dev.adfconsole.ui.fleet.FleetEntries.Row;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fleet's peak CPU and queue of the last hour, read from the sandbox's Azure Monitor: one call per factory. */
class FleetPeaksTest {

    private SandboxFixture fx;
    private final ExecutorService uiThread = Executors.newSingleThreadExecutor();

    @TempDir
    Path home;

    @AfterEach
    void stop() {
        uiThread.shutdownNow();
        if (fx != null) {
            fx.close();
        }
    }

    private FleetViewModel model() {
        UiTimer timer = (delay, task) -> {
            uiThread.execute(task);
            return () -> { };
        };
        return new FleetViewModel(uiThread::execute, timer, Clock.systemUTC(), new FleetCache(home.resolve("fleet-cache")),
                new FleetViewModel.Scope("Sandbox|*", fx.services, List.of()), ref -> { });
    }

    private static String key(SandboxFactory f, SandboxRuntime r) {
        return String.join("/", f.subscriptionId, f.resourceGroup, f.name, r.name).toLowerCase(Locale.ROOT);
    }

    private Double onUi(java.util.concurrent.Callable<Double> read) throws Exception {
        return uiThread.submit(read).get();
    }

    @Test
    void eachFactoryIsAskedOnceAndEverySelfHostedRuntimeGetsItsPeaksTheBusiestSortingFirst() throws Exception {
        fx = SandboxFixture.start(SandboxOptions.defaults());
        FleetViewModel model = model();
        List<SandboxFactory> factories = fx.sandbox.fleet().allFactories().stream()
                .filter(f -> fx.sandbox.fleet().tenantOf(f.subscriptionId).orElseThrow().equals(fx.sandbox.fleet().tenantId)).toList();
        SandboxFactory first = factories.get(0);
        SandboxRuntime busy = first.runtimes.values().stream()
                .filter(r -> r.kind == SandboxRuntime.Kind.SELF_HOSTED && r.nodes.stream().anyMatch(n -> n.status.equals("Online")))
                .findFirst().orElseThrow();
        SandboxRuntime managed = first.runtimes.values().stream().filter(SandboxRuntime::isManaged).findFirst().orElseThrow();

        uiThread.submit(model::sweep).get();
        await(() -> !model.runningProperty().get());
        await(() -> fx.sandbox.requestLog().calls("Metrics_List").size() == factories.size());
        SandboxFixture.await(() -> {
            try {
                return onUi(() -> model.peaks().cpu(key(first, busy)).get()) != null;
            } catch (Exception e) {
                return false;
            }
        });

        assertThat(onUi(() -> model.peaks().cpu(key(first, busy)).get())).as("the busy node's peak").isGreaterThan(85);
        assertThat(onUi(() -> model.peaks().queue(key(first, busy)).get())).isNotNull();
        assertThat(onUi(() -> model.peaks().cpu(key(first, managed)).get())).as("no Azure Monitor IR metrics for managed runtimes").isNull();
        Thread.sleep(300); // let the last answers in
        assertThat(fx.sandbox.requestLog().calls("Metrics_List")).as("one call per factory").hasSize(factories.size());
        assertThat(model.peaks().noteProperty().get()).isEmpty();

        // Sorted by the column, worst first: the busy runtime leads.
        Comparator<Row> byCpu = Comparator.comparing((Row r) -> model.peaks().cpu(r.key()).get(),
                Comparator.nullsLast(Comparator.reverseOrder()));
        uiThread.submit(() -> model.sortBy((a, b) -> byCpu.compare((Row) a, (Row) b))).get();
        uiThread.submit(() -> { }).get();
        Row top = (Row) uiThread.submit(() -> model.entries().get(0)).get();
        // The busy runtime, or a runtime linked to it: a linked runtime runs on the shared runtime's nodes.
        SandboxRuntime topRuntime = fx.sandbox.fleet().factory(top.runtime().subscriptionId(), top.runtime().resourceGroupName(),
                top.runtime().factoryName()).orElseThrow().runtime(top.runtime().integrationRuntimeName());
        var busyNode = busy.nodes.stream().filter(n -> n.status.equals("Online")).findFirst().orElseThrow();
        assertThat(topRuntime.nodes).contains(busyNode);
    }

    @Test
    void aFactoryAzureMonitorRefusesLeavesItsCellsBlankAndSaysWhy() throws Exception {
        fx = SandboxFixture.start(SandboxOptions.defaults());
        fx.sandbox.faults().next("Metrics_List", 1).answer(403);
        FleetViewModel model = model();

        uiThread.submit(model::sweep).get();
        await(() -> !model.runningProperty().get());
        SandboxFixture.await(() -> !model.peaks().noteProperty().get().isEmpty());
        assertThat(model.peaks().noteProperty().get()).startsWith("Peak CPU and queue of the last hour: 1 factory could not be read");
        assertThat(model.rows()).as("the sweep itself is untouched").allSatisfy(r -> assertThat(r.runtime().failed()).isFalse());
    }

    @Test
    void cancelStopsThePeaksStillWaitingTheirTurn() throws Exception {
        fx = SandboxFixture.start(SandboxOptions.defaults().withFleet(dev.adfconsole.sandbox.fleet.FleetSpec.parse("1:40:2:1"))
                .withLatencyMs(60));
        FleetViewModel model = model();

        uiThread.submit(model::sweep).get();
        SandboxFixture.await(() -> fx.sandbox.requestLog().calls("Metrics_List").size() >= 2);
        uiThread.submit(model::cancel).get();
        int atCancel = fx.sandbox.requestLog().calls("Metrics_List").size();
        Thread.sleep(1500); // long enough for the 40 factories' calls, had they been sent

        assertThat(fx.sandbox.requestLog().calls("Metrics_List").size()).as("only those already under way")
                .isLessThanOrEqualTo(atCancel + FleetPeaks.CONCURRENCY);
    }
}
