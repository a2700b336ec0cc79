package dev.adfconsole.ui.runtime;

import static dev.adfconsole.testing.SandboxFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.model.MetricsResponse;
import dev.adfconsole.sandbox.fleet.SandboxNode;
import dev.adfconsole.sandbox.fleet.SandboxRuntime;
import dev.adfconsole.service.RuntimeRef;
import dev.adfconsole.testing.SandboxFixture;
import dev.adfconsole.ui.common.UiExecutor;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Monitoring tab's history read from the sandbox's Azure Monitor series: ranges, lines per node, the seeded stories. */
class MetricsHistoryViewModelTest {

    private SandboxFixture fx;
    private SandboxRuntime busy;
    private final AtomicReference<RuntimeRef> shown = new AtomicReference<>();
    private MetricsHistoryViewModel model;

    @BeforeEach
    void start() throws Exception {
        fx = SandboxFixture.fast();
        // The sandbox's busy node: the first online node of the fleet's first self-hosted runtime that has one.
        busy = fx.sandbox.fleet().allFactories().get(0).runtimes.values().stream()
                .filter(r -> r.kind == SandboxRuntime.Kind.SELF_HOSTED && r.nodes.stream().anyMatch(n -> n.status.equals("Online")))
                .findFirst().orElseThrow();
        shown.set(fx.factory.runtime(busy.name));
        model = new MetricsHistoryViewModel(UiExecutor.direct(), Clock.systemUTC(), new MetricsHistoryViewModel.HistoryCalls() {
            @Override
            public CompletableFuture<MetricsResponse> nodes(RuntimeRef runtime, Instant start, Instant end, String interval) {
                return fx.services.metrics().nodeHistory(runtime, start, end, interval);
            }

            @Override
            public CompletableFuture<MetricsResponse> runtime(RuntimeRef runtime, Instant start, Instant end, String interval) {
                return fx.services.metrics().runtimeHistory(runtime, start, end, interval);
            }
        }, shown::get);
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    @Test
    void sevenDaysDrawAnHourlyLinePerNodeWithTheBusyNodeNearTheTop() throws Exception {
        model.rangeProperty().set(MetricsHistoryViewModel.Range.WEEK);
        await(() -> !model.cpu().isEmpty() && !model.loadingProperty().get());

        assertThat(model.cpu()).extracting(MetricsHistoryViewModel.Line::name)
                .containsExactlyElementsOf(busy.nodes.stream().map(n -> n.name).toList());
        SandboxNode busyNode = busy.nodes.stream().filter(n -> n.status.equals("Online")).findFirst().orElseThrow();
        MetricsHistoryViewModel.Line line = model.cpu().stream().filter(l -> l.name().equals(busyNode.name)).findFirst().orElseThrow();
        assertThat(line.points()).hasSizeBetween(166, 169);
        assertThat(line.points().get(0).x()).as("the first point is a week back, in hours").isBetween(-168.0, -167.0);
        assertThat(line.points().stream().mapToDouble(MetricsHistoryViewModel.Point::y).average().orElseThrow()).isGreaterThan(85);
        assertThat(model.memory()).hasSize(busy.nodes.size());
        assertThat(model.memory().get(0).points().get(0).y()).as("GiB of a 16 GiB node").isBetween(0.1, 16.0);
        assertThat(model.queue()).extracting(MetricsHistoryViewModel.Line::name).containsExactly(busy.name);
        assertThat(model.summaryProperty().get()).startsWith("Peak CPU ").contains(busyNode.name);
        assertThat(model.statusProperty().get()).isEmpty();
    }

    @Test
    void theLastHourCountsBackInMinutesAndAFailureSaysWhatHappened() throws Exception {
        model.load();
        await(() -> !model.cpu().isEmpty() && !model.loadingProperty().get());
        assertThat(model.cpu().get(0).points()).hasSizeBetween(58, 60);
        assertThat(model.cpu().get(0).points().get(0).x()).isBetween(-60.0, -58.0);

        fx.sandbox.faults().next("Metrics_List", 1).answer(403);
        model.rangeProperty().set(MetricsHistoryViewModel.Range.DAY);
        await(() -> !model.loadingProperty().get() && model.statusProperty().get().startsWith("Azure Monitor metrics: "));
        assertThat(model.cpu()).as("the last chart stays").isNotEmpty();
    }

    @Test
    void aManagedRuntimeSaysAzureMonitorHasNothingForItInsteadOfEmptyCharts() throws Exception {
        SandboxRuntime managed = fx.sandbox.fleet().allFactories().get(0).runtimes.values().stream()
                .filter(SandboxRuntime::isManaged).findFirst().orElseThrow();
        shown.set(fx.factory.runtime(managed.name));
        model.load();
        await(() -> !model.loadingProperty().get() && !model.statusProperty().get().startsWith("Reading"));

        assertThat(model.statusProperty().get()).contains("no integration-runtime metrics");
        assertThat(model.cpu()).isEmpty();
    }
}
