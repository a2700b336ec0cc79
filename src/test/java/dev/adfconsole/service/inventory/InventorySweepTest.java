package dev.adfconsole.service.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.adfconsole.arm.ArmClient;
import dev.adfconsole.arm.ArmClientOptions;
import dev.adfconsole.arm.ArmEnvironment;
import dev.adfconsole.arm.StaticTokenProvider;
import dev.adfconsole.model.ModelJson;
import dev.adfconsole.sandbox.RequestLog;
import dev.adfconsole.sandbox.SandboxOptions;
import dev.adfconsole.sandbox.SandboxServer;
import dev.adfconsole.sandbox.fleet.FleetSpec;
import dev.adfconsole.sandbox.fleet.SandboxFactory;
import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.activity.ActivityLog;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The inventory sweep as a user reruns it: every runtime of the tenant's subscriptions (none of a tenant the user is
 * only a guest in), found with Resource Graph asked beside the subscription list; and a second sweep right after a
 * first, by a new client at the highest concurrency, draws no 429 from ARM's still drained buckets.
 */
class InventorySweepTest {

    @Test
    void withoutSubscriptionsGivenEveryRuntimeOfTheTenantIsListedFromOneTenantWideResourceGraphQuery() throws Exception {
        SandboxOptions options = SandboxOptions.defaults().withSeed(11).withFleet(FleetSpec.parse("3:2:3:1:guest"));
        try (SandboxServer sandbox = SandboxServer.start(options); ArmClient client = new ArmClient(ArmClientOptions.defaults("test"))) {
            List<InventoryRow> rows = new InventorySweep(services(client, sandbox), 8).run(List.of(), true, row -> { })
                    .get(30, TimeUnit.SECONDS);

            List<SandboxFactory> home = sandbox.fleet().allFactories().stream()
                    .filter(f -> sandbox.fleet().tenantOf(f.subscriptionId).orElseThrow().equalsIgnoreCase(sandbox.tenantId())).toList();
            assertThat(rows).noneMatch(InventoryRow::failed)
                    .hasSize(home.stream().mapToInt(f -> f.runtimes.size()).sum())
                    .allMatch(r -> home.stream().anyMatch(f -> f.subscriptionId.equalsIgnoreCase(r.subscriptionId())));
            List<RequestLog.Call> graph = sandbox.requestLog().calls("Resources");
            assertThat(graph).hasSize(1);
            JsonNode body = ModelJson.newMapper().readTree(graph.get(0).body());
            assertThat(body.has("subscriptions")).as("asked at tenant scope, not after the subscription list").isFalse();
            assertThat(sandbox.requestLog().calls("Factories_List")).isEmpty();
        }
    }

    @Test
    void givenSubscriptionsOnlyTheirRuntimesAreListedAndResourceGraphIsAskedForThem() throws Exception {
        SandboxOptions options = SandboxOptions.defaults().withSeed(12).withFleet(FleetSpec.parse("3:2:3:1"));
        try (SandboxServer sandbox = SandboxServer.start(options); ArmClient client = new ArmClient(ArmClientOptions.defaults("test"))) {
            String chosen = sandbox.subscriptionIds().get(1);

            List<InventoryRow> rows = new InventorySweep(services(client, sandbox), 8).run(List.of(chosen), true, row -> { })
                    .get(30, TimeUnit.SECONDS);

            assertThat(rows).hasSize(6).noneMatch(InventoryRow::failed).allMatch(r -> r.subscriptionId().equalsIgnoreCase(chosen));
            JsonNode body = ModelJson.newMapper().readTree(sandbox.requestLog().calls("Resources").get(0).body());
            assertThat(body.path("subscriptions")).extracting(JsonNode::asText).containsExactly(chosen);
            assertThat(sandbox.requestLog().calls("Subscriptions_List")).isEmpty();
        }
    }

    @Test
    void aRerunRightAfterAnotherAtConcurrency64DrawsNo429() throws Exception {
        // ARM's write bucket small (burst 60, 40 a second) so the first sweep leaves it drained.
        SandboxOptions options = SandboxOptions.defaults().withSeed(13).withFleet(FleetSpec.parse("2:4:10:1"))
                .withLatencyMs(5).withBuckets(25, 250, 40, 60);
        try (SandboxServer sandbox = SandboxServer.start(options)) {
            for (int run = 1; run <= 2; run++) {
                // Each run a new client with full buckets of its own, as a new process would have.
                try (ArmClient client = new ArmClient(ArmClientOptions.defaults("test").withMaxRequestsPerHost(80))) {
                    List<InventoryRow> rows = new InventorySweep(services(client, sandbox), 64).run(List.of(), true, row -> { })
                            .get(60, TimeUnit.SECONDS);
                    assertThat(rows).hasSize(80).noneMatch(InventoryRow::failed);
                }
            }
            assertThat(sandbox.requestLog().calls()).extracting(RequestLog.Call::status).doesNotContain(429);
        }
    }

    private static DataFactoryServices services(ArmClient client, SandboxServer sandbox) {
        ArmEnvironment environment = ArmEnvironment.custom("Sandbox", sandbox.baseUri(),
                "https://management.azure.com/.default", sandbox.baseUri());
        return new DataFactoryServices(client.connect(environment, new StaticTokenProvider(sandbox.issueToken(Duration.ofHours(1)))),
                ModelJson.newMapper(), new ActivityLog(10), Clock.systemUTC());
    }
}
