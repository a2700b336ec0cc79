package dev.adfconsole.ui.fleet;

import static dev.adfconsole.testing.SandboxFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.sandbox.SandboxOptions;
import dev.adfconsole.sandbox.fleet.SandboxNode;
import dev.adfconsole.sandbox.fleet.SandboxRuntime;
import dev.adfconsole.service.inventory.FleetCache;
import dev.adfconsole.service.inventory.VersionSupport;
import dev.adfconsole.testing.SandboxFixture;
import dev.adfconsole.ui.common.UiTimer;
import dev.adfconsole.ui.fleet.FleetEntries.Row;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The version-expiry radar in the fleet view, against the sandbox's versions on every side of the 90-day warning. */
class VersionRadarTest {

    @TempDir
    Path home;
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
    void anExpiringNodeIsFlaggedWithItsDaysAndTheFilterKeepsOnlyWhatExpiresWithin90Days() throws Exception {
        fx = SandboxFixture.start(SandboxOptions.defaults());
        UiTimer timer = (delay, task) -> {
            uiThread.execute(task);
            return () -> { };
        };
        FleetViewModel model = new FleetViewModel(uiThread::execute, timer, Clock.systemUTC(),
                new FleetCache(home.resolve("cache")), new FleetViewModel.Scope("Sandbox|*", fx.services, List.of()), ref -> { });
        uiThread.submit(model::sweep).get();
        await(() -> !model.runningProperty().get());
        uiThread.submit(() -> { }).get();

        // What the sandbox holds: each node's expiry, one year after its version's release.
        Instant now = Instant.now();
        List<Row> selfHosted = model.rows().stream().filter(r -> "SelfHosted".equals(r.runtime().type())
                && !r.runtime().nodes().isEmpty()).toList();
        assertThat(selfHosted).isNotEmpty().allSatisfy(row -> {
            SandboxRuntime runtime = sandboxRuntime(row);
            Instant first = runtime.nodes.stream().map(n -> n.expiryTime).min(Instant::compareTo).orElseThrow();
            long days = -Math.floorDiv(-Duration.between(now, first).toSeconds(), 86_400L);
            assertThat(VersionSupport.of(row.runtime(), now).daysLeft()).as(row.runtime().integrationRuntimeName())
                    .isBetween(days - 1, days);
        });
        // Versions on every side of the rule: expired, within 90 days, just beyond, and the latest.
        assertThat(selfHosted).extracting(r -> VersionSupport.of(r.runtime(), now).standing())
                .contains(VersionSupport.Standing.EXPIRED, VersionSupport.Standing.EXPIRING, VersionSupport.Standing.SUPPORTED);
        Row expiring = selfHosted.stream().filter(r -> r.runtime().nodes().get(0).version().equals("5.38.8850.1"))
                .findFirst().orElseThrow();
        assertThat(VersionSupport.of(expiring.runtime(), now).daysLeft()).isEqualTo(65);
        assertThat(expiring.health().rule()).contains("Version 5.38.8850.1 support: in 65 days (")
                .contains(VersionSupport.RULE);
        assertThat(expiring.runtime().nodes()).allSatisfy(n -> assertThat(VersionSupport.of(n, now).text()).startsWith("in 65 days"));

        uiThread.submit(() -> model.expiringOnlyProperty().set(true)).get();
        assertThat(model.entries()).isNotEmpty().allSatisfy(e -> assertThat(VersionSupport.of(((Row) e).runtime(), now)
                .within(90)).isTrue());
        assertThat(model.entries()).extracting(e -> ((Row) e).runtime().version())
                .contains("5.38.8850.1", "5.30.8700.1").doesNotContain("5.44.8984.1", "5.46.9012.1");
        uiThread.submit(() -> model.expiringOnlyProperty().set(false)).get();
        assertThat(model.entries()).hasSize(model.rows().size());
    }

    private SandboxRuntime sandboxRuntime(Row row) {
        var r = row.runtime();
        return fx.sandbox.fleet().factory(r.subscriptionId(), r.resourceGroupName(), r.factoryName()).orElseThrow()
                .runtimes.get(r.integrationRuntimeName().toLowerCase(Locale.ROOT));
    }

    @SuppressWarnings("unused")
    private static boolean offline(SandboxNode node) {
        return node.status.equals("Offline");
    }
}
