package dev.adfconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.adfconsole.arm.ArmException;
import dev.adfconsole.model.ActivityRun;
import dev.adfconsole.model.PipelineRun;
import dev.adfconsole.model.PipelineRunStatus;
import dev.adfconsole.model.RunFilterParameters;
import dev.adfconsole.service.FactoryRef;
import dev.adfconsole.service.RunRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs that move like Data Factory's: activity by activity, with recovery, cancel and queries. */
class SandboxPipelineRunsTest {

    private static final String INGEST = "pl_ingest_sales_daily";
    private SandboxServer server;
    private SandboxClient client;
    private FactoryRef factory;

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start(SandboxOptions.defaults().withTimings(Duration.ofMillis(300), Duration.ofMillis(150)));
        client = new SandboxClient(server);
        factory = SandboxClient.ref(server.fleet().allFactories().get(0));
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private String run(RunRequest request) throws Exception {
        return client.services.pipelines().createRun(factory, request).get().runId();
    }

    private PipelineRun waitForEnd(String runId) throws Exception {
        for (int i = 0; i < 100; i++) {
            PipelineRun run = client.services.runs().get(factory, runId).get();
            if (run.runEnd() != null) {
                return run;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("run " + runId + " did not end");
    }

    private List<ActivityRun> activities(String runId) throws Exception {
        List<ActivityRun> all = new ArrayList<>();
        client.services.runs().queryActivityRuns(factory, runId, window(), page -> all.addAll(page)).get();
        return all;
    }

    private static RunFilterParameters window() {
        return new RunFilterParameters(null, Instant.now().minus(Duration.ofDays(8)), Instant.now().plus(Duration.ofMinutes(5)), null, null);
    }

    private Map<String, JsonNode> ingestParameters(String failActivity) {
        return Map.of("runDate", TextNode.valueOf("2026-11-24"), "failActivity", TextNode.valueOf(failActivity));
    }

    @Test
    void runGoesQueuedInProgressSucceededActivityByActivityFollowingDependsOn() throws Exception {
        String runId = run(RunRequest.simple(INGEST, ingestParameters("")));
        assertThat(client.services.runs().get(factory, runId).get().status().raw()).isIn("Queued", "InProgress");

        PipelineRun done = waitForEnd(runId);

        assertThat(done.status().is(PipelineRunStatus.SUCCEEDED)).isTrue();
        List<ActivityRun> activities = activities(runId);
        assertThat(activities).extracting(ActivityRun::activityName)
                .containsExactly("LookupWatermark", "CopyOrders", "CopyCustomers", "MergeStaging", "SetNewWatermark");
        ActivityRun lookup = activities.get(0);
        ActivityRun merge = activities.get(3);
        assertThat(merge.activityRunStart()).isAfterOrEqualTo(activities.get(1).activityRunEnd()).isAfterOrEqualTo(lookup.activityRunEnd());
        assertThat(done.parameters()).containsEntry("sqlPassword", "**********");
    }

    @Test
    void plantedFailureFailsTheRunAndRunsTheFailureBranch() throws Exception {
        String runId = run(RunRequest.simple(INGEST, ingestParameters("MergeStaging")));

        PipelineRun done = waitForEnd(runId);

        assertThat(done.status().raw()).isEqualTo("Failed");
        assertThat(done.message()).startsWith("Operation on target MergeStaging failed");
        assertThat(activities(runId)).extracting(ActivityRun::activityName).contains("NotifyFailure").doesNotContain("SetNewWatermark");
    }

    @Test
    void rerunFromFailureReusesParametersJoinsTheGroupAndRerunsOnlyFailedActivitiesAndTheirDependents() throws Exception {
        String failed = run(RunRequest.simple(INGEST, ingestParameters("CopyOrders")));
        PipelineRun reference = waitForEnd(failed);
        assertThat(reference.status().raw()).isEqualTo("Failed");

        String rerun = run(new RunRequest(INGEST, Map.of("failActivity", TextNode.valueOf("")), failed, true, null, true));
        PipelineRun recovered = waitForEnd(rerun);

        assertThat(recovered.status().raw()).isEqualTo("Succeeded");
        assertThat(recovered.runGroupId()).isEqualTo(reference.runGroupId());
        assertThat(recovered.parameters()).containsEntry("runDate", "2026-11-24");
        assertThat(activities(rerun)).extracting(ActivityRun::activityName)
                .containsExactly("CopyOrders", "MergeStaging", "SetNewWatermark");
        assertThat(client.services.runs().get(factory, failed).get().isLatest()).isFalse();
        assertThat(recovered.isLatest()).isTrue();
    }

    @Test
    void startActivityWinsOverStartFromFailureAndDefinitionFailuresAreFixedByParameters() throws Exception {
        String failed = run(RunRequest.simple("pl_reconcile_ledger", Map.of()));
        assertThat(waitForEnd(failed).status().raw()).as("fails by definition at tolerance 0.1").isEqualTo("Failed");

        String fromCheck = run(new RunRequest("pl_reconcile_ledger", Map.of("tolerance", DoubleNode.valueOf(0.5)), failed, false,
                "CheckBalances", false));
        PipelineRun done = waitForEnd(fromCheck);

        assertThat(done.status().raw()).isEqualTo("Succeeded");
        assertThat(done.runGroupId()).as("without isRecovery a rerun starts its own group").isEqualTo(done.runId());
        assertThat(activities(fromCheck)).extracting(ActivityRun::activityName).containsExactly("CheckBalances", "PublishReport");
    }

    @Test
    void invalidCombinationsAndUnknownIdsGetArmLikeErrors() throws Exception {
        String other = run(RunRequest.simple("pl_refresh_dim_tables", Map.of()));
        var pipelines = client.services.pipelines();

        assertThatThrownBy(() -> pipelines.createRun(factory, new RunRequest(INGEST, Map.of(), other, true, null, false)).get())
                .cause().isInstanceOfSatisfying(ArmException.class, e -> assertThat(e.azureMessage()).contains("is a run of pipeline 'pl_refresh_dim_tables'"));
        assertThatThrownBy(() -> pipelines.createRun(factory, new RunRequest(INGEST, Map.of(), "00000000-0000-0000-0000-000000000001", false, null, false)).get())
                .cause().isInstanceOfSatisfying(ArmException.class, e -> assertThat(e.httpStatus()).isEqualTo(404));
        assertThatThrownBy(() -> pipelines.createRun(factory, RunRequest.simple(INGEST, Map.of("batchSize", TextNode.valueOf("many")))).get())
                .cause().isInstanceOfSatisfying(ArmException.class, e -> assertThat(e.azureMessage()).contains("is of type Int"));
        assertThatThrownBy(() -> pipelines.createRun(factory, RunRequest.simple(INGEST, Map.of())).get())
                .cause().isInstanceOfSatisfying(ArmException.class, e -> assertThat(e.azureMessage()).contains("required parameter 'runDate'"));
        var raw = new SandboxHttp(server).post(server.fleet().allFactories().get(0).id() + "/pipelines/" + INGEST
                + "/createRun?api-version=2018-06-01&isRecovery=true", "{}");
        assertThat(raw.status()).isEqualTo(400);
        assertThat(raw.json().at("/error/message").asText()).contains("need a referencePipelineRunId");
    }

    @Test
    void cancelMovesTheRunToCancellingThenCancelled() throws Exception {
        String runId = run(RunRequest.simple(INGEST, ingestParameters("")));
        Thread.sleep(300);

        client.services.runs().cancel(factory, runId, true).get();

        assertThat(client.services.runs().get(factory, runId).get().status().raw()).isEqualTo("Canceling");
        Thread.sleep(400);
        assertThat(client.services.runs().get(factory, runId).get().status().raw()).isEqualTo("Cancelled");
        assertThatThrownBy(() -> client.services.runs().cancel(factory, runId, false).get()).cause()
                .isInstanceOfSatisfying(ArmException.class, e -> assertThat(e.azureMessage()).contains("already Cancelled"));
        assertThat(server.requestLog().calls("PipelineRuns_Cancel").get(0).query()).containsEntry("isRecursive", "true");
    }

    @Test
    void queriesFilterOrderAndPageWithContinuationToken() throws Exception {
        List<PipelineRun> all = new ArrayList<>();
        RunFilterParameters failedNewestFirst = new RunFilterParameters(null, Instant.now().minus(Duration.ofDays(8)),
                Instant.now().plusSeconds(60),
                List.of(new RunFilterParameters.RunQueryFilter("Status", "In", List.of("Failed", "Cancelled"))),
                List.of(new RunFilterParameters.RunQueryOrderBy("RunStart", "DESC")));
        client.services.runs().queryByFactory(factory, failedNewestFirst, page -> all.addAll(page)).get();

        assertThat(all).isNotEmpty().allSatisfy(r -> assertThat(r.status().raw()).isIn("Failed", "Cancelled"));
        assertThat(all).extracting(PipelineRun::runStart).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        List<Integer> sizes = new ArrayList<>();
        RunFilterParameters everything = new RunFilterParameters(null, Instant.now().minus(Duration.ofDays(8)),
                Instant.now().plusSeconds(60), null, null);
        try (SandboxServer small = SandboxServer.start(SandboxOptions.defaults().withPageSize(5));
             SandboxClient smallClient = new SandboxClient(small)) {
            smallClient.services.runs().queryByFactory(SandboxClient.ref(small.fleet().allFactories().get(0)), everything,
                    page -> sizes.add(page.size())).get();
            assertThat(small.requestLog().calls("PipelineRuns_QueryByFactory").get(1).body()).contains("continuationToken");
        }
        assertThat(sizes).as("14 runs of history and 5 of the outage, 5 a page").containsExactly(5, 5, 5, 4);
    }
}
