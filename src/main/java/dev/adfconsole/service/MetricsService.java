package dev.adfconsole.service;

import dev.adfconsole.arm.ArmRequest;
import dev.adfconsole.model.MetricsResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Azure Monitor's metrics of a data factory's integration runtimes ({@code GET {factory}/providers/Microsoft.Insights/metrics},
 * api-version 2023-10-01). The names and dimensions are those Azure documents for {@code Microsoft.DataFactory/factories}:
 * CPU and available memory per node ({@code NodeName}), queue length and task pickup delay per runtime
 * ({@code IntegrationRuntimeName}). Reads: ARM meters them in the read bucket, which the client paces.
 */
public final class MetricsService {

    public static final String API_VERSION = "2023-10-01";
    public static final String CPU = "IntegrationRuntimeCpuPercentage";
    public static final String AVAILABLE_MEMORY = "IntegrationRuntimeAvailableMemory";
    public static final String QUEUE_LENGTH = "IntegrationRuntimeQueueLength";
    public static final String PICKUP_DELAY = "IntegrationRuntimeAverageTaskPickupDelay";
    public static final String RUNTIME_DIMENSION = "IntegrationRuntimeName";
    public static final String NODE_DIMENSION = "NodeName";
    /** Series per call when split by runtime: more than any factory holds, above Azure Monitor's default of 10. */
    static final int TOP = 100;

    /** The highest CPU of any node and the longest queue of one runtime, over the last hour (null: no data). */
    public record Peak(Double cpuPercent, Double queueLength) {
    }

    private final ArmCalls calls;

    MetricsService(ArmCalls calls) {
        this.calls = calls;
    }

    public CompletableFuture<MetricsResponse> list(FactoryRef factory, MetricsRequest request) {
        ArmRequest call = ArmRequest.get(factory.path() + "/providers/Microsoft.Insights/metrics").withApiVersion(API_VERSION)
                .withQuery("timespan", request.timespan())
                .withQuery("interval", request.interval())
                .withQuery("metricnames", String.join(",", request.metricNames()))
                .withQuery("aggregation", String.join(",", request.aggregations()));
        if (request.filter() != null) {
            call = call.withQuery("$filter", request.filter());
        }
        if (request.top() != null) {
            call = call.withQuery("top", String.valueOf(request.top()));
        }
        return calls.read(call, MetricsResponse.class);
    }

    /** CPU and available memory of each node of the runtime: average and maximum per interval. */
    public CompletableFuture<MetricsResponse> nodeHistory(RuntimeRef runtime, Instant start, Instant end, String interval) {
        return list(runtime.factory(), new MetricsRequest(start, end, interval, List.of(CPU, AVAILABLE_MEMORY),
                List.of("Average", "Maximum"), RUNTIME_DIMENSION + " eq '" + runtime.name() + "' and " + NODE_DIMENSION + " eq '*'", TOP));
    }

    /** Queue length and average task pickup delay of the runtime: average and maximum per interval. */
    public CompletableFuture<MetricsResponse> runtimeHistory(RuntimeRef runtime, Instant start, Instant end, String interval) {
        return list(runtime.factory(), new MetricsRequest(start, end, interval, List.of(QUEUE_LENGTH, PICKUP_DELAY),
                List.of("Average", "Maximum"), RUNTIME_DIMENSION + " eq '" + runtime.name() + "'", TOP));
    }

    /**
     * Every runtime's peak CPU (its busiest node) and peak queue length over the hour before {@code now}, in one
     * call for the whole factory: split by runtime, one data point for the hour. Keyed by lower-cased runtime name.
     */
    public CompletableFuture<Map<String, Peak>> lastHourPeaks(FactoryRef factory, Instant now) {
        MetricsRequest request = new MetricsRequest(now.minus(Duration.ofHours(1)), now, "FULL", List.of(CPU, QUEUE_LENGTH),
                List.of("Maximum"), RUNTIME_DIMENSION + " eq '*'", TOP);
        return list(factory, request).thenApply(MetricsService::peaks);
    }

    static Map<String, Peak> peaks(MetricsResponse response) {
        Map<String, Double> cpu = maxima(response, CPU);
        Map<String, Double> queue = maxima(response, QUEUE_LENGTH);
        Map<String, Peak> out = new HashMap<>();
        for (String name : cpu.keySet()) {
            out.put(name, new Peak(cpu.get(name), queue.get(name)));
        }
        queue.forEach((name, value) -> out.putIfAbsent(name, new Peak(null, value)));
        return out;
    }

    private static Map<String, Double> maxima(MetricsResponse response, String metric) {
        Map<String, Double> out = new HashMap<>();
        response.metric(metric).ifPresent(m -> m.timeseries().forEach(series -> series.dimension(RUNTIME_DIMENSION).ifPresent(name ->
                series.data().stream().map(MetricsResponse.MetricValue::maximum).filter(java.util.Objects::nonNull)
                        .max(Double::compare).ifPresent(max -> out.merge(name.toLowerCase(Locale.ROOT), max, Math::max)))));
        return out;
    }
}
