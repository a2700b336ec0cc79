package dev.adfconsole.arm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.model.ModelJson;
import dev.adfconsole.sandbox.RequestLog;
import dev.adfconsole.sandbox.SandboxOptions;
import dev.adfconsole.sandbox.SandboxServer;
import dev.adfconsole.sandbox.fleet.FleetSpec;
import dev.adfconsole.sandbox.fleet.SandboxFactory;
import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.FactoryRef;
import dev.adfconsole.service.RuntimeRef;
import dev.adfconsole.service.activity.ActivityLog;
import dev.adfconsole.service.inventory.InventoryRow;
import dev.adfconsole.service.inventory.InventorySweep;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The client paces itself by what ARM reports, not only by buckets of its own: a client that starts with full
 * buckets while ARM's are drained (a run a minute ago, another window) draws no 429, and the app's sweeps share
 * one limiter per subscription.
 */
class ArmPacingTest {

    /** ARM's write bucket made small and fast (burst 20, 40 a second) so a test drains it in a moment. */
    private static final SandboxOptions SMALL_BUCKETS = SandboxOptions.defaults().withSeed(7)
            .withFleet(FleetSpec.parse("1:4:10:1")).withBuckets(25, 250, 40, 20);
    /** The client at the same rate, but a burst of its own far above ARM's: only ARM's reports keep it in line. */
    private static final ArmClientOptions CLIENT = ArmClientOptions.defaults("test").withBuckets(25, 240, 40, 190);

    @Test
    void aFreshClientAfterArmsBucketWasDrainedDrawsNo429() throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(SMALL_BUCKETS)) {
            List<RuntimeRef> runtimes = runtimes(sandbox);
            try (ArmClient earlier = new ArmClient(CLIENT)) {
                statuses(services(earlier, sandbox), runtimes.subList(0, 20)).get(30, TimeUnit.SECONDS);
            }
            sandbox.requestLog().clear();

            try (ArmClient rerun = new ArmClient(CLIENT)) {
                var answers = statuses(services(rerun, sandbox), runtimes).get(30, TimeUnit.SECONDS);

                assertThat(answers).hasSize(runtimes.size());
            }
            assertThat(sandbox.requestLog().calls()).extracting(RequestLog.Call::status)
                    .as("ARM's bucket was drained; the new client learnt it from the first answer").doesNotContain(429);
        }
    }

    @Test
    void twoSweepsOfOneSubscriptionShareItsLimiterAndDrawNo429() throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(SMALL_BUCKETS); ArmClient client = new ArmClient(CLIENT)) {
            // The fleet window and the tree's auto-refresh: two connections of the one client, sweeping at once.
            InventorySweep fleet = new InventorySweep(services(client, sandbox), 16);
            InventorySweep refresh = new InventorySweep(services(client, sandbox), 16);

            var first = fleet.run(List.of(), true, row -> { });
            var second = refresh.run(List.of(), true, row -> { });

            assertThat(first.get(30, TimeUnit.SECONDS)).hasSize(40).noneMatch(InventoryRow::failed);
            assertThat(second.get(30, TimeUnit.SECONDS)).hasSize(40).noneMatch(InventoryRow::failed);
            assertThat(sandbox.requestLog().calls()).extracting(RequestLog.Call::status).doesNotContain(429);
        }
    }

    @Test
    void armReportingNothingLeftHoldsTheNextCallUntilItsBucketRefills() throws Exception {
        try (ArmTestServer arm = new ArmTestServer(false)) {
            arm.enqueue(200, "{}", "x-ms-ratelimit-remaining-subscription-writes", "0");
            arm.enqueue(200, "{}", "x-ms-ratelimit-remaining-subscription-writes", "0");

            arm.connection.send(ArmRequest.postRead(arm.factoryPath("/integrationRuntimes/a/getStatus"), null)).get();
            arm.connection.send(ArmRequest.postRead(arm.factoryPath("/integrationRuntimes/b/getStatus"), null)).get();

            // Our own bucket had 189 left; ARM said none: the second call waits for a token (and the headroom).
            assertThat(arm.delays.waits).hasSize(1);
            assertThat(arm.delays.waits.get(0)).isGreaterThanOrEqualTo(Duration.ofMillis(500));
        }
    }

    @Test
    void aRetryAfterHoldsEveryCallOfThatBucketNotOnlyTheOneRetried() throws Exception {
        try (ArmTestServer arm = new ArmTestServer(false)) {
            arm.enqueue(429, "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"slow down\"}}", "Retry-After", "3");
            arm.delays.hold = true;
            ArmCall<ArmResponse> throttled = arm.connection.send(ArmRequest.get(arm.factoryPath("/integrationRuntimes/a")));
            for (int i = 0; i < 250 && arm.delays.waits.isEmpty(); i++) {
                Thread.sleep(20);
            }

            // A call that never saw the 429 itself: Azure's wait applies to the subscription's bucket.
            ArmCall<ArmResponse> other = arm.connection.send(ArmRequest.get(arm.factoryPath("/integrationRuntimes/b")));
            Thread.sleep(200);

            assertThat(other).isNotDone();
            assertThat(arm.server.getRequestCount()).as("only the throttled call went out").isEqualTo(1);
            assertThat(arm.delays.waits).hasSize(2).allSatisfy(wait -> assertThat(wait).isGreaterThan(Duration.ofMillis(2900)));
            throttled.cancel(true);
            other.cancel(true);
        }
    }

    private static List<RuntimeRef> runtimes(SandboxServer sandbox) {
        return sandbox.fleet().allFactories().stream().flatMap((SandboxFactory f) -> f.runtimes.values().stream()
                .map(r -> new FactoryRef(f.subscriptionId, f.resourceGroup, f.name).runtime(r.name))).toList();
    }

    private static CompletableFuture<List<Object>> statuses(DataFactoryServices services, List<RuntimeRef> runtimes) {
        List<CompletableFuture<Object>> calls = runtimes.stream()
                .map(r -> services.runtimes().getStatus(r).thenApply(s -> (Object) s)).toList();
        return CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new))
                .thenApply(v -> calls.stream().map(CompletableFuture::join).toList());
    }

    private static DataFactoryServices services(ArmClient client, SandboxServer sandbox) {
        ArmEnvironment environment = ArmEnvironment.custom("Sandbox", sandbox.baseUri(),
                "https://management.azure.com/.default", sandbox.baseUri());
        return new DataFactoryServices(client.connect(environment, new StaticTokenProvider(sandbox.issueToken(Duration.ofHours(1)))),
                ModelJson.newMapper(), new ActivityLog(10), Clock.systemUTC());
    }
}
