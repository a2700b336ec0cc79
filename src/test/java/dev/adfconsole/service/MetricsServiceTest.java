package dev.adfconsole.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adfconsole.model.MetricsResponse;
import dev.adfconsole.sandbox.fleet.SandboxRuntime;
import dev.adfconsole.testing.SandboxFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The metrics service against the sandbox over real HTTP: what the Monitoring tab and the fleet columns read. */
class MetricsServiceTest {

    private static SandboxFixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = SandboxFixture.fast();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static SandboxRuntime firstSelfHosted() {
        return fixture.sandbox.fleet().allFactories().get(0).runtimes.values().stream()
                .filter(r -> r.kind == SandboxRuntime.Kind.SELF_HOSTED && !r.nodes.isEmpty()).findFirst().orElseThrow();
    }

    @Test
    void nodeHistoryHasASeriesPerNodeForCpuAndMemory() throws Exception {
        SandboxRuntime runtime = firstSelfHosted();
        Instant now = Instant.now();
        MetricsResponse answer = fixture.services.metrics().nodeHistory(fixture.factory.runtime(runtime.name),
                now.minus(Duration.ofHours(24)), now, "PT15M").get();

        MetricsResponse.Metric cpu = answer.metric(MetricsService.CPU).orElseThrow();
        assertThat(cpu.unit()).isEqualTo("Percent");
        assertThat(cpu.timeseries()).extracting(s -> s.dimension("NodeName").orElseThrow())
                .containsExactlyElementsOf(runtime.nodes.stream().map(n -> n.name).toList());
        assertThat(cpu.timeseries().get(0).data()).hasSizeBetween(96, 97);
        assertThat(answer.metric(MetricsService.AVAILABLE_MEMORY).orElseThrow().unit()).isEqualTo("Bytes");
    }

    @Test
    void lastHourPeaksNameEverySelfHostedRuntimeOfTheFactoryInOneCall() throws Exception {
        int before = fixture.sandbox.requestLog().calls("Metrics_List").size();
        Map<String, MetricsService.Peak> peaks = fixture.services.metrics().lastHourPeaks(fixture.factory, Instant.now()).get();

        assertThat(fixture.sandbox.requestLog().calls("Metrics_List")).hasSize(before + 1);
        SandboxRuntime runtime = firstSelfHosted();
        MetricsService.Peak peak = peaks.get(runtime.name.toLowerCase());
        assertThat(peak.cpuPercent()).isBetween(1.0, 100.0);
        assertThat(peak.queueLength()).isNotNull();
        // Managed runtimes have no such metrics: no entry, shown as blank.
        fixture.sandbox.fleet().allFactories().get(0).runtimes.values().stream().filter(SandboxRuntime::isManaged)
                .forEach(managed -> assertThat(peaks).doesNotContainKey(managed.name.toLowerCase()));
    }

    @Test
    void aBadQueryIsRefusedNamingItsFieldBeforeAnythingIsSent() {
        int before = fixture.sandbox.requestLog().calls().size();
        Instant now = Instant.now();
        assertThatThrownBy(() -> new MetricsRequest(now, now.minusSeconds(60), "PT1M", List.of(MetricsService.CPU), List.of("Average"), null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Timespan must start before it ends");
        assertThatThrownBy(() -> new MetricsRequest(now.minusSeconds(60), now, "PT2M", List.of(MetricsService.CPU), List.of("Average"), null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Interval must be one of");
        assertThatThrownBy(() -> new MetricsRequest(now.minusSeconds(60), now, "PT1M", List.of(), List.of("Average"), null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Metric names");
        assertThatThrownBy(() -> new MetricsRequest(now.minusSeconds(60), now, "PT1M", List.of(MetricsService.CPU), List.of("Median"), null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Aggregation must be");
        assertThat(fixture.sandbox.requestLog().calls()).hasSize(before);
    }
}
