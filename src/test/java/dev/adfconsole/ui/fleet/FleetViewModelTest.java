package dev.adfconsole.ui.fleet;

import static dev.adfconsole.testing.SandboxFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.sandbox.SandboxOptions;
import dev.adfconsole.service.inventory.InventoryRow;
import dev.adfconsole.testing.SandboxFixture;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fleet view's sweep against the sandbox, and the health rules. */
class FleetViewModelTest {

    private SandboxFixture fx;
    private final ExecutorService uiThread = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        uiThread.shutdownNow();
        if (fx != null) {
            fx.close();
        }
    }

    @Test
    void everyRuntimeArrivesWithAVerdictAndOneFailedStatusNeverStopsTheSweep() throws Exception {
        fx = SandboxFixture.start(SandboxOptions.defaults());
        int runtimes = fx.sandbox.fleet().allFactories().stream().mapToInt(f -> f.runtimes.size()).sum();
        fx.sandbox.faults().next("IntegrationRuntimes_GetStatus", 1).answer(404);
        FleetViewModel model = new FleetViewModel(uiThread::execute, fx.services, List.of());

        uiThread.submit(model::sweep).get();
        await(() -> !model.runningProperty().get());

        assertThat(model.rows()).hasSize(runtimes);
        assertThat(model.rows()).filteredOn(r -> r.runtime().error() != null).hasSize(1)
                .allSatisfy(r -> assertThat(r.health().verdict()).isEqualTo(Health.Verdict.UNKNOWN));
        assertThat(model.rows()).anySatisfy(r -> assertThat(r.health().verdict()).isEqualTo(Health.Verdict.DEGRADED));
        assertThat(model.countsProperty().get()).matches("\\d+ down · \\d+ degraded · \\d+ unknown · \\d+ healthy");
        assertThat(model.statusProperty().get()).isEqualTo(runtimes + " runtimes, 1 could not be read (see their rows).");

        uiThread.submit(() -> model.filterProperty().set("degraded")).get();
        assertThat(model.shownRows()).isNotEmpty().allSatisfy(r -> assertThat(r.health().verdict()).isEqualTo(Health.Verdict.DEGRADED));
        uiThread.submit(() -> model.filterProperty().set("shir-sap-gateway-b")).get();
        assertThat(model.shownRows()).allSatisfy(r -> assertThat(r.runtime().integrationRuntimeName()).isEqualTo("shir-sap-gateway-b"));
        uiThread.submit(() -> model.filterProperty().set("")).get();
        assertThat(model.shownRows()).hasSize(runtimes);

        java.nio.file.Path csv = java.nio.file.Files.createTempFile("fleet", ".csv");
        model.export(csv).get();
        List<String> lines = java.nio.file.Files.readAllLines(csv);
        assertThat(lines.get(0)).startsWith("subscriptionId,resourceGroupName,factoryName,integrationRuntimeName");
        assertThat(lines).hasSize(runtimes + 1);
        java.nio.file.Path json = java.nio.file.Files.createTempFile("fleet", ".json");
        model.export(json).get();
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile()).size()).isEqualTo(runtimes);
        await(() -> model.statusProperty().get().startsWith("Exported " + runtimes + " runtimes to "));
    }

    private static InventoryRow row(String state, Integer online, Integer total, String versionStatus) {
        return new InventoryRow("s", "rg", "f", "ir", "SelfHosted", state, online, total, "5.1", "5.2", versionStatus, "On", null);
    }

    @Test
    void theRulesSayWhatIsWrongFirst() {
        assertThat(Health.of(row("Offline", 0, 2, "UpToDate"))).isEqualTo(new Health(Health.Verdict.DOWN, "State is Offline."));
        assertThat(Health.of(row("Online", 0, 2, "UpToDate")).verdict()).isEqualTo(Health.Verdict.DOWN);
        assertThat(Health.of(row("Limited", 1, 2, "UpToDate")).rule()).startsWith("State is Limited");
        assertThat(Health.of(row("Online", 1, 2, "UpToDate"))).isEqualTo(new Health(Health.Verdict.DEGRADED, "1 of 2 nodes are online."));
        assertThat(Health.of(row("Online", 2, 2, "Expired")).verdict()).isEqualTo(Health.Verdict.DEGRADED);
        assertThat(Health.of(row("Online", 2, 2, "Expiring")).rule()).isEqualTo("Its version expires soon: upgrade the nodes.");
        assertThat(Health.of(row("Online", 2, 2, "UpdateAvailable"))).isEqualTo(
                new Health(Health.Verdict.HEALTHY, "State is Online; an update is available."));
        assertThat(Health.of(row("Stopped", null, null, null)).verdict()).isEqualTo(Health.Verdict.UNKNOWN);
    }
}
