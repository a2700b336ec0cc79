package dev.adfconsole.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.adfconsole.sandbox.SandboxOptions;
import dev.adfconsole.service.RunRequest;
import dev.adfconsole.service.runs.RunScope;
import dev.adfconsole.testing.SandboxFixture;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A run going longer than its pipeline usually takes is marked. The monitor's clock runs an hour ahead of the
 * sandbox's, so a run started a moment ago has been going "an hour" — far beyond the p90 of the week's runs.
 */
class LongRunningTest {

    private SandboxFixture fx;
    private final ExecutorService uiThread = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        uiThread.shutdownNow();
        fx.close();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 1000 && !condition.getAsBoolean(); i++) {
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }

    @Test
    void aRunGoingLongerThanTheP90OfItsPipelinesSucceededRunsIsMarkedUntilItEnds() throws Exception {
        fx = SandboxFixture.start(SandboxOptions.defaults().withTimings(Duration.ofMillis(300), Duration.ofSeconds(2)));
        String runId = fx.services.pipelines().createRun(fx.factory, RunRequest.simple("pl_refresh_dim_tables",
                Map.of())).get().runId();
        fx.services.pipelines().createRun(fx.factory, RunRequest.simple("pl_ingest_sales_daily",
                Map.of("runDate", TextNode.valueOf("2026-11-24")))).get();
        RunsMonitorViewModel model = new RunsMonitorViewModel(uiThread::execute, "adf", List.of(new RunsMonitorViewModel.Target(
                fx.services, RunScope.factory(fx.factory), Map.of())), Clock.offset(Clock.systemUTC(), Duration.ofHours(1)), 4);

        model.search();
        await(() -> model.groups().stream().anyMatch(GroupRow::longRunning));

        GroupRow marked = model.groups().stream().filter(GroupRow::longRunning).filter(r -> r.latest().runId().equals(runId))
                .findFirst().orElseThrow();
        assertThat(marked.baseline().runs()).as("the week's succeeded runs of pl_refresh_dim_tables").isPositive();
        assertThat(marked.baseline().p90()).isBetween(Duration.ofMinutes(2), Duration.ofMinutes(30));
        assertThat(model.groups().stream().filter(r -> r.latest().runEnd() != null)).noneMatch(GroupRow::longRunning);

        fx.finished(runId);
        uiThread.execute(model::refreshInProgress);
        await(() -> model.groups().stream().filter(r -> r.latest().runId().equals(runId)).noneMatch(GroupRow::longRunning));
    }
}
