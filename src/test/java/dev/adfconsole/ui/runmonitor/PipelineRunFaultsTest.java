package dev.adfconsole.ui.runmonitor;

import static dev.adfconsole.testing.SandboxFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.adfconsole.model.PipelineResource;
import dev.adfconsole.sandbox.SandboxOptions;
import dev.adfconsole.service.RunRequest;
import dev.adfconsole.testing.AnsweringDialogs;
import dev.adfconsole.testing.FaultMatrix;
import dev.adfconsole.testing.FaultMatrix.ArmFault;
import dev.adfconsole.testing.FaultMatrix.Case;
import dev.adfconsole.testing.SandboxFixture;
import dev.adfconsole.ui.common.AsyncAction;
import dev.adfconsole.ui.common.UiExecutor;
import dev.adfconsole.ui.pipelinerun.ParameterInput;
import dev.adfconsole.ui.pipelinerun.RunPipelineViewModel;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pipeline-run actions (createRun from the run dialog, cancel from the run monitor) under every fault of
 * {@link FaultMatrix}. Bulk rerun, when it lands, is one more {@link Case} in {@link #FAMILY}.
 */
class PipelineRunFaultsTest {

    private static final ExecutorService UI_THREAD = Executors.newSingleThreadExecutor();

    static final List<Case> FAMILY = List.of(
            new Case("createRun", PipelineRunFaultsTest::createRun),
            new Case("cancel", PipelineRunFaultsTest::cancel));

    static Stream<Arguments> matrix() {
        return FaultMatrix.of(FAMILY);
    }

    @AfterAll
    static void stopUiThread() {
        UI_THREAD.shutdownNow();
    }

    @ParameterizedTest(name = "{0} under {1}")
    @MethodSource("matrix")
    void everyRunActionUnderEveryFault(Case action, ArmFault fault) throws Exception {
        // Activities of 2 s: a run is still going when the monitor shows it, so it can be cancelled.
        try (SandboxFixture fx = SandboxFixture.forFaults(SandboxOptions.defaults().withSeed(42)
                .withTimings(Duration.ofMillis(300), Duration.ofSeconds(2)))) {
            FaultMatrix.check(fx, action, fault);
        }
    }

    private static FaultMatrix.Action createRun(SandboxFixture fx) throws Exception {
        PipelineResource pipeline = fx.services.pipelines().get(fx.factory, "pl_ingest_sales_daily").get();
        RunPipelineViewModel dialog = new RunPipelineViewModel(UiExecutor.direct(), fx.services, fx.factory, pipeline);
        ParameterInput runDate = parameter(dialog, "runDate");
        ParameterInput password = parameter(dialog, "sqlPassword");
        runDate.textProperty().set("2026-11-24");
        password.textProperty().set("hunter2");
        return action("Pipelines_CreateRun", dialog.submit(), () -> {
            assertThat(runDate.textProperty().get()).isEqualTo("2026-11-24");
            assertThat(password.textProperty().get()).isEqualTo("hunter2");
            assertThat(dialog.newRunIdProperty().get()).isNull();
        });
    }

    private static FaultMatrix.Action cancel(SandboxFixture fx) throws Exception {
        String runId = fx.services.pipelines().createRun(fx.factory, RunRequest.simple("pl_ingest_sales_daily",
                Map.of("runDate", TextNode.valueOf("2026-11-24")))).get().runId();
        RunMonitorViewModel monitor = new RunMonitorViewModel(UI_THREAD::execute, fx.services, fx.factory,
                new AnsweringDialogs().answer(true), Clock.systemUTC(), (run, fromFailure) -> { });
        monitor.windowProperty().set(TimeWindow.LAST_HOUR);
        monitor.pipelineNameProperty().set("pl_ingest_sales_daily");
        monitor.search();
        await(() -> monitor.runs().stream().anyMatch(r -> r.runId().equals(runId)));
        UI_THREAD.submit(() -> monitor.selectedProperty().set(monitor.runs().stream()
                .filter(r -> r.runId().equals(runId)).findFirst().orElseThrow())).get();
        return action("PipelineRuns_Cancel", monitor.cancel(), () -> {
            assertThat(monitor.selectedProperty().get().runId()).as("the run stays selected").isEqualTo(runId);
            assertThat(monitor.pipelineNameProperty().get()).isEqualTo("pl_ingest_sales_daily");
        });
    }

    private static ParameterInput parameter(RunPipelineViewModel model, String name) {
        return model.parameters().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private static FaultMatrix.Action action(String operationId, AsyncAction<?> button, Runnable inputKept) {
        return new FaultMatrix.Action() {
            @Override
            public String operationId() {
                return operationId;
            }

            @Override
            public boolean retrySafe() {
                return false;
            }

            @Override
            public AsyncAction<?> button() {
                return button;
            }

            @Override
            public void assertInputKept() {
                inputKept.run();
            }
        };
    }
}
