package dev.adfconsole.ui.runtime;

import static dev.adfconsole.testing.SandboxFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.sandbox.fleet.SandboxRuntime;
import dev.adfconsole.service.RuntimeRef;
import dev.adfconsole.testing.SandboxFixture;
import dev.adfconsole.ui.common.UiExecutor;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Monitoring tab's polling against the sandbox: a series per node, the latest values, failures said. */
class MonitoringViewModelTest {

    private SandboxFixture fx;
    private SandboxRuntime runtime;
    private MonitoringViewModel model;

    @BeforeEach
    void start() throws Exception {
        fx = SandboxFixture.fast();
        runtime = fx.sandbox.fleet().allFactories().get(0).runtimes.values().stream()
                .filter(r -> r.isSelfHosted() && r.nodes.size() >= 1).findFirst().orElseThrow();
        RuntimeRef ref = fx.factory.runtime(runtime.name);
        model = new MonitoringViewModel(UiExecutor.direct(), Clock.systemUTC(), r -> fx.services.runtimes().getMonitoringData(r), () -> ref);
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    @Test
    void eachPollAddsASamplePerNodeAndAFailureIsSaidWithoutLosingTheSeries() throws Exception {
        model.poll();
        await(() -> model.latest().size() == runtime.nodes.size());
        model.poll();
        await(() -> model.seriesProperty().get(runtime.nodes.get(0).name) != null
                && model.seriesProperty().get(runtime.nodes.get(0).name).size() == 2);
        assertThat(model.seriesProperty().keySet()).containsExactlyInAnyOrderElementsOf(runtime.nodes.stream().map(n -> n.name).toList());
        assertThat(model.latest()).allSatisfy(n -> assertThat(n.cpuUtilization()).isBetween(0, 100));

        fx.sandbox.faults().next("IntegrationRuntimes_GetMonitoringData", 1).answer(404);
        model.poll();
        await(() -> model.errorProperty().get() != null);
        assertThat(model.errorProperty().get()).startsWith("Monitoring data: ");
        assertThat(model.seriesProperty().get(runtime.nodes.get(0).name)).as("the chart keeps what it had").hasSize(2);
    }
}
