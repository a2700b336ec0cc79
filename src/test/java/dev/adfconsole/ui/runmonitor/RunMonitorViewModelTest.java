package dev.adfconsole.ui.runmonitor;

import static dev.adfconsole.testing.SandboxFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.adfconsole.model.PipelineRun;
import dev.adfconsole.sandbox.SandboxOptions;
import dev.adfconsole.service.RunRequest;
import dev.adfconsole.testing.AnsweringDialogs;
import dev.adfconsole.testing.SandboxFixture;
import dev.adfconsole.ui.common.AsyncAction;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The run monitor's view model against the real sandbox, without a window. */
class RunMonitorViewModelTest {

    private SandboxFixture fx;
    private final AnsweringDialogs dialogs = new AnsweringDialogs();
    private final List<String> reruns = new ArrayList<>();

    private final java.util.concurrent.ExecutorService uiThread = java.util.concurrent.Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        uiThread.shutdownNow();
        fx.close();
    }

    private RunMonitorViewModel monitor(SandboxOptions options) throws Exception {
        fx = SandboxFixture.start(options);
        // One "UI thread", as in the app: answers arriving together are applied one after the other.
        return new RunMonitorViewModel(uiThread::execute, fx.services, fx.factory, dialogs, Clock.systemUTC(),
                (run, fromFailure) -> reruns.add(run.runId() + (fromFailure ? " from failure" : "")));
    }

    private String startRun(String failActivity) throws Exception {
        Map<String, com.fasterxml.jackson.databind.JsonNode> parameters = new java.util.HashMap<>();
        parameters.put("runDate", TextNode.valueOf("2026-11-24"));
        if (failActivity != null) {
            parameters.put("failActivity", TextNode.valueOf(failActivity));
        }
        return fx.services.pipelines().createRun(fx.factory, RunRequest.simple("pl_ingest_sales_daily", parameters)).get().runId();
    }

    @Test
    void runsComeNewestFirstAPageAtATimeAndFiltersNarrowThem() throws Exception {
        RunMonitorViewModel model = monitor(SandboxOptions.defaults().withPageSize(5));
        model.windowProperty().set(TimeWindow.LAST_WEEK);

        model.search();
        await(() -> !model.loadingProperty().get());
        assertThat(model.runs()).hasSize(5);
        assertThat(model.hasMore()).isTrue();
        while (model.hasMore()) {
            int before = model.runs().size();
            model.loadMore();
            await(() -> model.runs().size() > before || !model.hasMore());
        }
        assertThat(model.runs()).as("the sandbox's week of history and the outage's 5 runs").hasSize(19);
        assertThat(model.runs()).isSortedAccordingTo(Comparator.comparing(PipelineRun::runStart).reversed());
        assertThat(fx.sandbox.requestLog().calls("PipelineRuns_QueryByFactory").get(1).body()).contains("\"continuationToken\":\"");

        model.statusProperty().set("Failed");
        model.pipelineNameProperty().set("pl_reconcile_ledger");
        model.search();
        await(() -> !model.loadingProperty().get());
        assertThat(model.runs()).isNotEmpty().allSatisfy(run -> {
            assertThat(run.status().raw()).isEqualTo("Failed");
            assertThat(run.pipelineName()).isEqualTo("pl_reconcile_ledger");
        });

        String wanted = model.runs().get(0).runId();
        model.statusProperty().set(RunFilter.ANY_STATUS);
        model.runIdProperty().set(wanted);
        model.search();
        await(() -> !model.loadingProperty().get());
        assertThat(model.runs()).extracting(PipelineRun::runId).containsExactly(wanted);
    }

    @Test
    void badFiltersNameTheFieldAndSendNothing() throws Exception {
        RunMonitorViewModel model = monitor(SandboxOptions.defaults());
        model.runIdProperty().set("run-42");
        model.search();
        assertThat(model.errorProperty().get()).startsWith("Run id: 'run-42' is not a run id");

        model.runIdProperty().set("");
        model.windowProperty().set(TimeWindow.CUSTOM);
        model.fromProperty().set("24.11.2026");
        model.search();
        assertThat(model.errorProperty().get()).startsWith("From: '24.11.2026' is not a time; write it as 2026-11-24 08:00");

        model.fromProperty().set("2026-11-24 08:00");
        model.toProperty().set("2026-11-23 08:00");
        model.search();
        assertThat(model.errorProperty().get()).isEqualTo("From must be before To.");
        assertThat(fx.sandbox.requestLog().calls("PipelineRuns_QueryByFactory")).isEmpty();
        assertThat(model.fromProperty().get()).as("the input stays").isEqualTo("2026-11-24 08:00");
    }

    @Test
    void cancelAsksFirstThenCancelsTheRunAndItsChildren() throws Exception {
        RunMonitorViewModel model = monitor(SandboxOptions.defaults().withTimings(Duration.ofMillis(300), Duration.ofSeconds(2)));
        String runId = startRun(null);
        model.windowProperty().set(TimeWindow.LAST_HOUR);
        model.search();
        await(() -> !model.runs().isEmpty());
        model.selectedProperty().set(model.runs().get(0));
        assertThat(model.selectedProperty().get().runId()).isEqualTo(runId);

        dialogs.answer(false);
        model.cancel().execute();
        await(() -> model.cancel().stateProperty().get() == AsyncAction.State.SUCCEEDED);
        assertThat(dialogs.asked).hasSize(1);
        assertThat(dialogs.asked.get(0).message()).contains(runId).contains("and the pipeline runs it started");
        assertThat(fx.sandbox.requestLog().calls("PipelineRuns_Cancel")).as("declining sends nothing").isEmpty();

        dialogs.answer(true);
        model.cancel().execute();
        await(() -> !fx.sandbox.requestLog().calls("PipelineRuns_Cancel").isEmpty());
        assertThat(fx.sandbox.requestLog().calls("PipelineRuns_Cancel").get(0).query()).containsEntry("isRecursive", "true");
        await(() -> List.of("Canceling", "Cancelled").contains(model.selectedProperty().get().status().raw()));
        assertThat(model.runs().get(0).status().raw()).as("the row follows").isIn("Canceling", "Cancelled");
    }

    @Test
    void aSelectedRunShowsItsActivityRunsAndOnlyAFailedOneOffersRerunFromFailure() throws Exception {
        RunMonitorViewModel model = monitor(SandboxOptions.defaults().withTimings(Duration.ofMillis(300), Duration.ofMillis(100)));
        String failed = startRun("CopyCustomers");
        assertThat(fx.finished(failed).status().raw()).isEqualTo("Failed");
        model.windowProperty().set(TimeWindow.LAST_HOUR);
        model.search();
        await(() -> !model.runs().isEmpty());

        model.selectedProperty().set(model.runs().get(0));
        await(() -> model.activities().activityRuns().size() >= 3);
        assertThat(model.activities().activityRuns()).extracting(a -> a.activityName() + " " + a.status())
                .contains("CopyCustomers Failed", "LookupWatermark Succeeded");
        var copy = model.activities().activityRuns().stream().filter(a -> a.activityName().equals("CopyCustomers")).findFirst().orElseThrow();
        model.activities().selectedProperty().set(copy);
        model.activities().showOutput();
        assertThat(model.activities().outputProperty().get()).startsWith("Error:").contains(copy.errorMessage());

        assertThat(model.canRerunFromFailureProperty().get()).isTrue();
        model.rerunFromFailure();
        assertThat(reruns).containsExactly(failed + " from failure");

        model.runIdProperty().set(startRun(null));
        assertThat(fx.finished(model.runIdProperty().get()).status().raw()).isEqualTo("Succeeded");
        model.search();
        await(() -> model.runs().size() == 1);
        model.selectedProperty().set(model.runs().get(0));
        assertThat(model.canRerunFromFailureProperty().get()).isFalse();
        model.rerunFromFailure();
        assertThat(reruns).as("nothing to recover in a succeeded run").hasSize(1);
        assertThat(model.lastRefreshedProperty().get()).as("the time of the last refresh is shown").isNotNull();
    }
}
