package dev.adfconsole.service.runs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.arm.ArmEnvironment;
import dev.adfconsole.arm.StaticTokenProvider;
import dev.adfconsole.model.ModelJson;
import dev.adfconsole.model.PipelineRun;
import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.activity.ActivityLog;
import java.time.Clock;
import dev.adfconsole.model.RunFilterParameters;
import dev.adfconsole.sandbox.SandboxOptions;
import dev.adfconsole.testing.SandboxFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Cancel during a bulk rerun: what is on the wire finishes, what waits is never sent. Against the sandbox. */
class BulkRerunCancelTest {

    private SandboxFixture fx;

    @AfterEach
    void stop() {
        fx.close();
    }

    @Test
    void aRerunWaitingForItsPipelinesConcurrencyIsNotSentWhenCancelledAndTheSentOneIsInTheActivityLog() throws Exception {
        fx = SandboxFixture.start(SandboxOptions.defaults().withTimings(Duration.ofMillis(300), Duration.ofMillis(100)));
        Instant now = Instant.now();
        List<FactoryRun> runs = new java.util.ArrayList<>();
        fx.services.runs().queryByFactory(fx.factory, new RunFilterParameters(null, now.minus(Duration.ofDays(1)),
                now.plusSeconds(60), List.of(), List.of()), page -> {
                    page.forEach(run -> runs.add(new FactoryRun(fx.factory, run)));
                    return true;
                }).get();
        List<FactoryRun> ledger = runs.stream().filter(r -> r.run().pipelineName().equals("pl_reconcile_ledger")
                && r.run().status().raw().equals("Failed")).toList();
        assertThat(ledger).as("the outage's and the week's failed ledger checks").hasSize(2);
        // The services with an activity log of their own, to read what the rerun recorded.
        ActivityLog log = new ActivityLog(100);
        DataFactoryServices services = new DataFactoryServices(fx.client.connect(ArmEnvironment.custom("Sandbox",
                fx.sandbox.baseUri(), "https://management.azure.com/.default", fx.sandbox.baseUri()),
                new StaticTokenProvider(fx.sandbox.issueToken(Duration.ofHours(1)))), ModelJson.newMapper(), log, Clock.systemUTC());
        RerunPlan plan = new RerunPlanner(services, 4).plan(ledger, runs).get();
        assertThat(plan.limits(plan.toSend().get(0).pipeline()).concurrency()).isEqualTo(1);

        Map<Integer, BulkRerun.Progress> last = new ConcurrentHashMap<>();
        // A long poll: the second rerun waits for the first to end and is cancelled while it waits.
        BulkRerun.Handle handle = new BulkRerun(services, 4, Duration.ofSeconds(30)).send(plan, runs, progress -> {
            last.put(progress.index(), progress);
        });
        SandboxFixture.await(() -> last.values().stream().anyMatch(p -> p.state() == BulkRerun.State.SENT)
                && last.values().stream().anyMatch(p -> p.state() == BulkRerun.State.WAITING));
        handle.cancel();
        BulkRerun.Summary summary = handle.done().get(5, TimeUnit.SECONDS);

        assertThat(summary).isEqualTo(new BulkRerun.Summary(1, 0, 1));
        assertThat(last.values()).extracting(BulkRerun.Progress::state)
                .containsExactlyInAnyOrder(BulkRerun.State.SENT, BulkRerun.State.NOT_SENT);
        assertThat(fx.sandbox.requestLog().calls("Pipelines_CreateRun")).hasSize(1);
        String newRun = last.values().stream().filter(p -> p.state() == BulkRerun.State.SENT).findFirst().orElseThrow().newRunId();
        assertThat(log.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("Rerun pl_reconcile_ledger from failure (recovery) of "
                    + plan.toSend().get(0).source().run().runId());
            assertThat(entry.detail()).isEqualTo("New run " + newRun);
            assertThat(entry.requestId()).as("the request id to quote to support").isNotBlank();
        });
        PipelineRun sent = fx.services.runs().get(fx.factory, last.values().stream()
                .filter(p -> p.state() == BulkRerun.State.SENT).findFirst().orElseThrow().newRunId()).get();
        assertThat(sent.runGroupId()).as("the rerun joined its failed run's group")
                .isEqualTo(plan.toSend().get(0).source().run().runGroupId());
    }
}
