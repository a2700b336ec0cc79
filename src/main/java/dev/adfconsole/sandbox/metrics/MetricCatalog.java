package dev.adfconsole.sandbox.metrics;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The integration-runtime metrics Azure Monitor keeps for {@code Microsoft.DataFactory/factories}, as its
 * supported-metrics reference lists them: REST name, display name, unit, default aggregation, dimensions; all
 * sampled at PT1M.
 */
final class MetricCatalog {

    static final String RUNTIME = "IntegrationRuntimeName";
    static final String NODE = "NodeName";

    /** One metric definition. */
    record Definition(String name, String displayName, String unit, String aggregation, List<String> dimensions) {
        boolean hasDimension(String dimension) {
            return dimensions.stream().anyMatch(d -> d.equalsIgnoreCase(dimension));
        }

        String dimension(String dimension) {
            return dimensions.stream().filter(d -> d.equalsIgnoreCase(dimension)).findFirst().orElse(dimension);
        }
    }

    static final List<Definition> METRICS = List.of(
            new Definition("IntegrationRuntimeCpuPercentage", "Integration runtime CPU utilization", "Percent", "Average",
                    List.of(RUNTIME, NODE)),
            new Definition("IntegrationRuntimeAvailableMemory", "Integration runtime available memory", "Bytes", "Average",
                    List.of(RUNTIME, NODE)),
            new Definition("IntegrationRuntimeQueueLength", "Integration runtime queue length", "Count", "Average",
                    List.of(RUNTIME)),
            new Definition("IntegrationRuntimeAverageTaskPickupDelay", "Integration runtime queue duration", "Seconds", "Average",
                    List.of(RUNTIME)),
            new Definition("IntegrationRuntimeAvailableNodeNumber", "Integration runtime available node count", "Count", "Average",
                    List.of(RUNTIME)));

    private MetricCatalog() {
    }

    static Optional<Definition> find(String name) {
        return METRICS.stream().filter(m -> m.name().equalsIgnoreCase(name.trim())).findFirst();
    }

    static String names() {
        return String.join(", ", METRICS.stream().map(Definition::name).toList());
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
