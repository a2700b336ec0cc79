package dev.adfconsole.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.model.PipelineRunStatus;
import dev.adfconsole.sandbox.RequestLog;
import dev.adfconsole.sandbox.SandboxOptions;
import dev.adfconsole.service.runs.FactoryRun;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The runs monitor over a subscription, its run groups and a bulk rerun, against the sandbox, without a window. */
class RunsMonitorViewModelTest {

    private SandboxFixture fx;
    private final ExecutorService uiThread = Executors.newSingleThreadExecutor();
    private RunsMonitorViewModel model;

    @BeforeEach
    void start() throws Exception {
        fx = SandboxFixture.start(SandboxOptions.defaults().withTimings(Duration.ofMillis(300), Duration.ofMillis(100)));
        String subscription = fx.sandbox.subscriptionIds().get(0);
        model = new RunsMonitorViewModel(uiThread::execute, "Sandbox", List.of(new RunsMonitorViewModel.Target(fx.services,
                RunScope.subscriptions("Sandbox", List.of(subscription)), Map.of(subscription, "Contoso Sandbox"))),
                Clock.systemUTC(), 8);
    }

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

    private void search() throws InterruptedException {
        model.search();
        await(() -> !model.loadingProperty().get());
    }

    @Test
    void everyFactoryOfTheSubscriptionAnswersAndReRunsNestInTheirGroup() throws Exception {
        search();

        assertThat(model.progressProperty().get()).startsWith("3 of 3 factories");
        assertThat(model.groups()).extracting(row -> row.group().factory().factoryName()).containsAll(
                fx.sandbox.fleet().allFactories().stream().map(f -> f.name).toList());
        assertThat(model.groups()).allSatisfy(row -> assertThat(row.subscription()).isEqualTo("Contoso Sandbox"));
        List<GroupRow> recovered = model.groups().stream().filter(row -> row.group().hasReruns()).toList();
        assertThat(recovered).as("one recovered run per factory").hasSize(3).allSatisfy(row -> {
            assertThat(row.latest().status().is(PipelineRunStatus.SUCCEEDED)).isTrue();
            assertThat(row.earlier()).singleElement().satisfies(r -> assertThat(r.run().isLatest()).isFalse());
            assertThat(row.attemptsText()).isEqualTo("2 attempts · recovered");
        });

        model.statusProperty().set(RunsMonitorViewModel.NOT_RECOVERED);
        search();
        assertThat(model.groups()).hasSize(12).allSatisfy(row -> {
            assertThat(row.latest().status().is(PipelineRunStatus.FAILED)).isTrue();
            assertThat(row.group().hasReruns()).isFalse();
        });
    }

    @Test
    void aFailingFactoryMarksALineAndHidesNothingElse() throws Exception {
        fx.sandbox.faults().next("PipelineRuns_QueryByFactory", 1).answer(403);

        search();

        assertThat(model.failures()).singleElement().asString().contains(": ");
        assertThat(model.progressProperty().get()).startsWith("3 of 3 factories").endsWith("1 failed");
        assertThat(model.groups().stream().map(row -> row.group().factory().factoryName()).distinct()).hasSize(2);
    }

    @Test
    void cancelStopsAskingAndKeepsWhatArrived() throws Exception {
        fx.close();
        fx = SandboxFixture.start(SandboxOptions.defaults().withLatencyMs(400));
        String subscription = fx.sandbox.subscriptionIds().get(0);
        RunsMonitorViewModel slow = new RunsMonitorViewModel(uiThread::execute, "Sandbox", List.of(new RunsMonitorViewModel.Target(
                fx.services, RunScope.subscriptions("Sandbox", List.of(subscription)), Map.of())), Clock.systemUTC(), 1);

        slow.search();
        await(() -> slow.progressProperty().get().startsWith("1 of 3"));
        uiThread.submit(slow::cancel).get();
        await(() -> !slow.loadingProperty().get());
        uiThread.submit(() -> { }).get(); // the task that ended loading goes on to write the progress: let it finish

        // One factory had answered when Cancel was pressed; the one on the wire may just have made it.
        String progress = slow.progressProperty().get();
        assertThat(progress).matches("Cancelled: [12] of 3 factories answered · \\d+ runs");
        long answered = Long.parseLong(progress.substring("Cancelled: ".length(), "Cancelled: ".length() + 1));
        assertThat(slow.groups().stream().map(row -> row.group().factory()).distinct().count()).isBetween(answered, 2L);
        assertThat(fx.sandbox.requestLog().calls("PipelineRuns_QueryByFactory")).as("the third factory is never asked").hasSizeLessThanOrEqualTo(2);
    }

    @Test
    void aGroupsHistoryShowsEachAttemptHowItStartedAndWhoInvokedIt() throws Exception {
        search();
        GroupRow recovered = model.groups().stream().filter(row -> row.group().hasReruns()).findFirst().orElseThrow();

        uiThread.execute(() -> model.currentProperty().set(recovered));

        await(() -> model.history().attempts().size() == 2 && !model.history().attempts().get(1).origin().equals("…"));
        var attempts = model.history().attempts();
        assertThat(attempts.get(0).origin()).isEqualTo("Original run");
        assertThat(attempts.get(0).invokedBy()).isEqualTo("DailyTrigger (ScheduleTrigger)");
        assertThat(attempts.get(0).pipelineRun().status().raw()).isEqualTo("Failed");
        assertThat(attempts.get(1).origin()).isEqualTo("Recovery rerun from failure (at CopyCustomers)");
        assertThat(attempts.get(1).invokedBy()).isEqualTo("Manual");
        assertThat(model.history().titleProperty().get()).contains("2 attempts · recovered");
    }

    @Test
    void aBulkRerunPreviewsConfirmsByCountSkipsTheRecoveredAndReportsEachRun() throws Exception {
        search();
        List<FactoryRun> selected = new java.util.ArrayList<>(model.groups().stream()
                .filter(row -> row.group().hasUnrecoveredFailure()).map(GroupRow::latestRun).toList());
        FactoryRun recoveredOriginal = model.groups().stream().filter(row -> row.group().hasReruns()).findFirst()
                .orElseThrow().earlier().get(0);
        selected.add(recoveredOriginal);
        BulkRerunViewModel bulk = new BulkRerunViewModel(uiThread::execute, List.of(new BulkRerunViewModel.Part(
                fx.services, selected, model.knownRuns())), 4, Duration.ofMillis(150));
        bulk.plan();
        await(() -> bulk.phaseProperty().get() == BulkRerunViewModel.Phase.READY);

        assertThat(bulk.countProperty().get()).isEqualTo(12);
        assertThat(bulk.previewProperty().get()).contains("12 createRun requests, 1 selected run skipped")
                .contains(recoveredOriginal.run().runId() + ": already recovered");
        assertThat(bulk.rows()).filteredOn(r -> r.stateProperty().get().equals("skipped")).singleElement()
                .satisfies(r -> assertThat(r.failedRunId()).isEqualTo(recoveredOriginal.run().runId()));
        bulk.confirmTextProperty().set("11");
        assertThat(bulk.canSendProperty().get()).as("the count must be typed exactly").isFalse();
        bulk.send();
        assertThat(fx.sandbox.requestLog().calls("Pipelines_CreateRun")).as("nothing before the confirmation").isEmpty();

        fx.sandbox.faults().next("Pipelines_CreateRun", 1).answer(500);
        bulk.confirmTextProperty().set("12");
        bulk.send();
        await(() -> bulk.phaseProperty().get() == BulkRerunViewModel.Phase.DONE);

        assertThat(bulk.rows()).filteredOn(r -> r.stateProperty().get().equals("sent")).hasSize(11)
                .allSatisfy(r -> assertThat(r.detailProperty().get()).matches("new run [0-9a-f-]{36}"));
        RerunRow refused = bulk.rows().stream().filter(r -> r.stateProperty().get().equals("refused")).findFirst().orElseThrow();
        assertThat(refused.detailProperty().get()).contains("server error (HTTP 500)").contains("Azure says: The server encountered an internal error");
        List<RequestLog.Call> creates = fx.sandbox.requestLog().calls("Pipelines_CreateRun");
        assertThat(creates).hasSize(12).allSatisfy(c -> assertThat(c.query())
                .containsEntry("isRecovery", "true").containsEntry("startFromFailure", "true"));
        assertThat(creates.stream().filter(c -> c.query().get("referencePipelineRunId").equals(refused.failedRunId()))).hasSize(1);
        assertThat(creates.stream().map(c -> c.query().get("referencePipelineRunId")))
                .doesNotContain(recoveredOriginal.run().runId()).doesNotHaveDuplicates();
        assertThat(bulk.summaryProperty().get()).startsWith("11 sent, 1 refused, 1 skipped");
    }
}
