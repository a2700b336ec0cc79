package dev.adfconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adfconsole.arm.ArmException;
import dev.adfconsole.model.IntegrationRuntimeRequests;
import dev.adfconsole.model.IntegrationRuntimeStatus;
import dev.adfconsole.sandbox.fleet.FleetSpec;
import dev.adfconsole.sandbox.fleet.SandboxFactory;
import dev.adfconsole.sandbox.fleet.SandboxNode;
import dev.adfconsole.sandbox.fleet.SandboxRuntime;
import dev.adfconsole.service.RuntimeRef;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** State changes like Data Factory's, driven through the app's own services. */
class SandboxRuntimeStateTest {

    private SandboxServer server;
    private SandboxClient client;

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start(SandboxOptions.defaults().withFleet(new FleetSpec(1, 6, 4, 3))
                .withTimings(Duration.ofMillis(600), Duration.ofMillis(100)));
        client = new SandboxClient(server);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private RuntimeRef find(Predicate<SandboxRuntime> which) {
        for (SandboxFactory factory : server.fleet().allFactories()) {
            for (SandboxRuntime runtime : factory.runtimes.values()) {
                if (which.test(runtime)) {
                    return SandboxClient.ref(factory, runtime);
                }
            }
        }
        throw new AssertionError("no such runtime in the fleet");
    }

    private String state(RuntimeRef runtime) throws Exception {
        return client.services.runtimes().getStatus(runtime).get().properties().state().raw();
    }

    @Test
    void managedStartIsLongRunningStartingThenStarted() throws Exception {
        RuntimeRef stopped = find(r -> r.kind == SandboxRuntime.Kind.MANAGED_SSIS && "Stopped".equals(r.managedState));

        var start = client.services.runtimes().start(stopped);
        Thread.sleep(150);
        assertThat(state(stopped)).isEqualTo("Starting");
        assertThat(start.get(10, TimeUnit.SECONDS).at("/properties/state").asText()).isEqualTo("Started");
        assertThat(state(stopped)).isEqualTo("Started");

        client.services.runtimes().stop(stopped).get(10, TimeUnit.SECONDS);
        assertThat(state(stopped)).isEqualTo("Stopped");
        assertThat(server.requestLog().calls("Sandbox_OperationStatus")).isNotEmpty();
    }

    @Test
    void startingSelfHostedOrStoppingAStoppedRuntimeGivesArmsErrors() {
        RuntimeRef selfHosted = find(r -> r.kind == SandboxRuntime.Kind.SELF_HOSTED);
        RuntimeRef stopped = find(r -> r.kind == SandboxRuntime.Kind.MANAGED_SSIS && "Stopped".equals(r.managedState));

        assertThatThrownBy(() -> client.services.runtimes().start(selfHosted).get()).cause()
                .isInstanceOfSatisfying(ArmException.class, e -> assertThat(e.httpStatus()).isEqualTo(400));
        assertThatThrownBy(() -> client.services.runtimes().stop(stopped).get()).cause()
                .isInstanceOfSatisfying(ArmException.class, e -> assertThat(e.code()).isEqualTo("IntegrationRuntimeAlreadyStopped"));
    }

    @Test
    void upgradeMovesNodesThroughUpgradingToTheLatestVersion() throws Exception {
        RuntimeRef outdated = find(r -> r.kind == SandboxRuntime.Kind.SELF_HOSTED
                && r.nodes.stream().anyMatch(n -> !n.version.equals(r.latestVersion) && n.status.equals("Online")));

        client.services.runtimes().upgrade(outdated).get();
        var during = (IntegrationRuntimeStatus.SelfHosted) client.services.runtimes().getStatus(outdated).get().properties();
        assertThat(during.typeProperties().nodes()).anySatisfy(n -> assertThat(n.status().raw()).isEqualTo("Upgrading"));

        Thread.sleep(700);
        var after = (IntegrationRuntimeStatus.SelfHosted) client.services.runtimes().getStatus(outdated).get().properties();
        assertThat(after.typeProperties().nodes()).filteredOn(n -> n.lastUpdateResult().raw().equals("Succeed"))
                .isNotEmpty().allSatisfy(n -> assertThat(n.version()).isEqualTo(after.typeProperties().latestVersion()));
    }

    @Test
    void regenerateChangesOnlyTheNamedKey() throws Exception {
        RuntimeRef runtime = find(r -> r.kind == SandboxRuntime.Kind.SELF_HOSTED);
        var before = client.services.runtimes().listAuthKeys(runtime).get();

        client.services.runtimes().regenerateAuthKey(runtime, "authKey2").get();

        var after = client.services.runtimes().listAuthKeys(runtime).get();
        assertThat(after.authKey1()).isEqualTo(before.authKey1());
        assertThat(after.authKey2()).isNotEqualTo(before.authKey2()).startsWith("IR@");
    }

    @Test
    void syncCredentialsBringsEveryNodeInSync() throws Exception {
        RuntimeRef outOfSync = find(r -> r.kind == SandboxRuntime.Kind.SELF_HOSTED
                && r.nodes.stream().anyMatch(n -> !n.credentialsInSync()));

        client.services.runtimes().syncCredentials(outOfSync).get();

        var status = (IntegrationRuntimeStatus.SelfHosted) client.services.runtimes().getStatus(outOfSync).get().properties();
        assertThat(status.typeProperties().nodes()).allSatisfy(n -> assertThat(n.capabilities()).containsEntry("credentialInSync", "True"));
    }

    @Test
    void removeLinksRemovesOnlyThatFactorysLink() throws Exception {
        RuntimeRef shared = find(r -> r.links.size() >= 2);
        var before = (IntegrationRuntimeStatus.SelfHosted) client.services.runtimes().getStatus(shared).get().properties();
        String first = before.typeProperties().links().get(0).dataFactoryName();

        client.services.runtimes().removeLinks(shared, first).get();

        var after = (IntegrationRuntimeStatus.SelfHosted) client.services.runtimes().getStatus(shared).get().properties();
        assertThat(after.typeProperties().links()).hasSize(before.typeProperties().links().size() - 1)
                .noneSatisfy(l -> assertThat(l.dataFactoryName()).isEqualTo(first));
    }

    @Test
    void nodeLimitIsCheckedAgainstTheNodesMaximumThenNodeCanBeDeleted() throws Exception {
        RuntimeRef runtime = find(r -> r.kind == SandboxRuntime.Kind.SELF_HOSTED && r.nodes.size() >= 2);
        SandboxNode node = server.fleet().allFactories().stream().flatMap(f -> f.runtimes.values().stream())
                .filter(r -> r.name.equals(runtime.name()) && r.kind == SandboxRuntime.Kind.SELF_HOSTED).findFirst().orElseThrow().nodes.get(1);
        var ref = runtime.node(node.name);

        var tooMany = server.requestLog().calls().size();
        ExecutionException refused = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> client.services.nodes().updateConcurrentJobsLimit(ref, node.maxConcurrentJobs + 1, null).get());
        assertThat(((ArmException) refused.getCause()).azureMessage()).contains("maximum of " + node.maxConcurrentJobs);
        assertThat(server.requestLog().calls().size()).isEqualTo(tooMany + 1);

        assertThat(client.services.nodes().updateConcurrentJobsLimit(ref, 2, node.maxConcurrentJobs).get().concurrentJobsLimit()).isEqualTo(2);
        assertThat(client.services.nodes().getIpAddress(ref).get().ipAddress()).startsWith("10.");
        client.services.nodes().delete(ref).get();
        assertThatThrownBy(() -> client.services.nodes().get(ref).get()).cause()
                .isInstanceOfSatisfying(ArmException.class, e -> assertThat(e.kind()).isEqualTo(ArmException.Kind.NOT_FOUND));
    }

    @Test
    void autoUpdateSettingsChangeThroughUpdate() throws Exception {
        RuntimeRef runtime = find(r -> r.kind == SandboxRuntime.Kind.SELF_HOSTED && "On".equals(r.autoUpdate));

        client.services.runtimes().update(runtime, new IntegrationRuntimeRequests.UpdateIntegrationRuntime("Off", "PT5H")).get();

        var status = (IntegrationRuntimeStatus.SelfHosted) client.services.runtimes().getStatus(runtime).get().properties();
        assertThat(status.typeProperties().autoUpdate().raw()).isEqualTo("Off");
        assertThat(status.typeProperties().updateDelayOffset()).isEqualTo("PT5H");
    }

    @Test
    void fleetIsDeterministicFromTheSeedAndHasExactlyRRuntimesPerFactory() throws Exception {
        try (SandboxServer a = SandboxServer.start(SandboxOptions.defaults().withFleet(FleetSpec.parse("2:5:4:3")).withSeed(7));
             SandboxServer b = SandboxServer.start(SandboxOptions.defaults().withFleet(FleetSpec.parse("2:5:4:3")).withSeed(7))) {
            assertThat(a.fleet().runtimeCount()).isEqualTo(40);
            assertThat(a.fleet().allFactories()).allSatisfy(f -> assertThat(f.runtimes).hasSize(4));
            assertThat(a.subscriptionIds()).isEqualTo(b.subscriptionIds());
            SandboxHttp httpA = new SandboxHttp(a);
            SandboxHttp httpB = new SandboxHttp(b);
            SandboxFactory fa = a.fleet().allFactories().get(3);
            String path = fa.id() + "/integrationRuntimes?api-version=2018-06-01";
            assertThat(httpA.get(path).json()).isEqualTo(httpB.get(path).json());
            var kinds = a.fleet().allFactories().stream().flatMap(f -> f.runtimes.values().stream()).map(r -> r.kind).distinct().toList();
            assertThat(kinds).contains(SandboxRuntime.Kind.values());
        }
    }
}
