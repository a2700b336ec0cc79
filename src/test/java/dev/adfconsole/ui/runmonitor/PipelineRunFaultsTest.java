package dev.adfconsole.ui.runmonitor;

import static dev.adfconsole.testing.SandboxFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.adfconsole.model.PipelineResource;
import dev.adfconsole.sandbox.SandboxOptions;
import dev.adfconsole.model.RunFilterParameters;
import dev.adfconsole.service.RunRequest;
import dev.adfconsole.service.runs.FactoryRun;
import dev.adfconsole.ui.runs.BulkRerunViewModel;
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
 * The pipeline-run actions (createRun from the run dialog, cancel from the run monitor, a bulk rerun from failure)
 * under every fault of {@link FaultMatrix}.
 */
class PipelineRunFaultsTest {

    private static final ExecutorService UI_THREAD = Executors.newSingleThreadExecutor();

    static final List<Case> FAMILY = List.of(
            new Case("createRun", PipelineRunFaultsTest::createRun),
            new Case("cancel", PipelineRunFaultsTest::cancel),
            new Case("bulk rerun", PipelineRunFaultsTest::bulkRerun));

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

    /** A bulk rerun of one failed, not yet recovered run: planned, its count typed, then Send. */
    private static FaultMatrix.Action bulkRerun(SandboxFixture fx) throws Exception {
        List<FactoryRun> known = new java.util.ArrayList<>();
        java.time.Instant now = java.time.Instant.now();
        fx.services.runs().queryByFactory(fx.factory, new RunFilterParameters(null, now.minus(Duration.ofDays(8)), now,
                List.of(), List.of()), page -> {
                    page.forEach(run -> known.add(new FactoryRun(fx.factory, run)));
                    return true;
                }).get();
        for (FactoryRun candidate : known) {
            if (!"Failed".equals(candidate.run().status().raw())) {
                continue;
            }
            BulkRerunViewModel planned = planned(fx, candidate, known);
            if (planned.countProperty().get() == 1) {
                return new BulkAction(fx, candidate, known, planned);
            }
        }
        throw new AssertionError("no failed run left to recover in " + fx.factory);
    }

    private static BulkRerunViewModel planned(SandboxFixture fx, FactoryRun run, List<FactoryRun> known) throws Exception {
        BulkRerunViewModel bulk = new BulkRerunViewModel(UI_THREAD::execute, List.of(new BulkRerunViewModel.Part(
                fx.services, List.of(run), known)), 4, Duration.ofMillis(100));
        bulk.plan();
        await(() -> bulk.phaseProperty().get() == BulkRerunViewModel.Phase.READY || bulk.errorProperty().get() != null);
        UI_THREAD.submit(() -> bulk.confirmTextProperty().set(String.valueOf(bulk.countProperty().get()))).get();
        return bulk;
    }

    /** Its rows are its outcome: "sent", or "refused" with the sentence. Trying again is a new rerun of the same run. */
    private static final class BulkAction implements FaultMatrix.Action {
        private final SandboxFixture fx;
        private final FactoryRun run;
        private final List<FactoryRun> known;
        private volatile BulkRerunViewModel bulk;
        private String preview;

        BulkAction(SandboxFixture fx, FactoryRun run, List<FactoryRun> known, BulkRerunViewModel bulk) {
            this.fx = fx;
            this.run = run;
            this.known = known;
            this.bulk = bulk;
        }

        @Override
        public String operationId() {
            return "Pipelines_CreateRun";
        }

        @Override
        public boolean retrySafe() {
            return false;
        }

        @Override
        public boolean ready() {
            return bulk.canSendProperty().get();
        }

        @Override
        public void start() {
            preview = bulk.previewProperty().get();
            try {
                UI_THREAD.submit(bulk::send).get();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }

        @Override
        public AsyncAction.State state() {
            if (bulk.phaseProperty().get() != BulkRerunViewModel.Phase.DONE) {
                return AsyncAction.State.RUNNING;
            }
            String row = bulk.rows().get(0).stateProperty().get();
            return "sent".equals(row) ? AsyncAction.State.SUCCEEDED : "refused".equals(row) ? AsyncAction.State.FAILED
                    : AsyncAction.State.RUNNING;
        }

        @Override
        public String error() {
            return bulk.rows().get(0).detailProperty().get();
        }

        @Override
        public void assertInputKept() {
            assertThat(bulk.confirmTextProperty().get()).isEqualTo("1");
            assertThat(bulk.previewProperty().get()).isEqualTo(preview);
            assertThat(bulk.rows()).singleElement().satisfies(r -> assertThat(r.failedRunId()).isEqualTo(run.run().runId()));
        }

        @Override
        public void again() throws Exception {
            bulk = planned(fx, run, known);
            start();
        }
    }

    private static ParameterInput parameter(RunPipelineViewModel model, String name) {
        return model.parameters().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private static FaultMatrix.Action action(String operationId, AsyncAction<?> button, Runnable inputKept) {
        return FaultMatrix.button(operationId, false, button, inputKept);
    }
}
