package dev.adfconsole.sandbox.metrics;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.adfconsole.sandbox.Json;
import dev.adfconsole.sandbox.fleet.Fleet;
import dev.adfconsole.sandbox.fleet.SandboxFactory;
import dev.adfconsole.sandbox.fleet.SandboxNode;
import dev.adfconsole.sandbox.fleet.SandboxRuntime;
import dev.adfconsole.sandbox.http.SandboxRequest;
import dev.adfconsole.sandbox.http.SandboxResponse;
import dev.adfconsole.sandbox.http.SandboxRoutes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Azure Monitor's {@code Metrics_List} on a data factory ({@code GET {factory id}/providers/Microsoft.Insights/metrics}):
 * the integration-runtime metrics of its self-hosted runtimes, per runtime and per node where Azure has a node
 * dimension, aggregated over the requested interval from {@link SeededSeries}' minute samples. The server has
 * already checked the token, the api-version, throttling and that the factory exists.
 */
public final class MetricsRoutes implements SandboxRoutes {

    private static final Pattern PATH = Pattern.compile("^/subscriptions/([^/]+)/resourceGroups/([^/]+)/providers/"
            + "Microsoft\\.DataFactory/factories/([^/]+)/providers/Microsoft\\.Insights/metrics$", Pattern.CASE_INSENSITIVE);

    private final Fleet fleet;
    private final Clock clock;

    public MetricsRoutes(Fleet fleet, Clock clock) {
        this.fleet = fleet;
        this.clock = clock;
    }

    @Override
    public Optional<SandboxResponse> handle(SandboxRequest request) {
        Matcher m = PATH.matcher(request.path());
        if (!m.matches()) {
            return Optional.empty();
        }
        if (!request.method().equals("GET")) {
            return Optional.of(SandboxResponse.error(405, "MethodNotAllowed", "The method " + request.method()
                    + " is not allowed on metrics; use GET."));
        }
        Optional<SandboxFactory> factory = fleet.factory(m.group(1), m.group(2), m.group(3));
        if (factory.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        MetricsQuery.Parsed parsed = MetricsQuery.parse(request.query(), now);
        if (parsed.error() != null) {
            return Optional.of(parsed.error());
        }
        synchronized (fleet) {
            return Optional.of(SandboxResponse.json(200, answer(factory.get(), parsed.query(), SeededSeries.of(fleet, now)).toString()));
        }
    }

    private static ObjectNode answer(SandboxFactory factory, MetricsQuery query, SeededSeries series) {
        ObjectNode root = Json.object();
        root.put("cost", 0);
        root.put("timespan", iso(query.start()) + "/" + iso(query.end()));
        root.put("interval", query.full() ? Duration.between(query.start(), query.end()).toString() : query.interval().toString());
        ArrayNode value = root.putArray("value");
        int points = 0;
        for (MetricCatalog.Definition metric : query.metrics()) {
            ObjectNode item = value.addObject();
            item.put("id", factory.id() + "/providers/Microsoft.Insights/metrics/" + metric.name());
            item.put("type", "Microsoft.Insights/metrics");
            item.putObject("name").put("value", metric.name()).put("localizedValue", metric.displayName());
            item.put("displayDescription", metric.displayName() + ".");
            item.put("unit", metric.unit());
            ArrayNode timeseries = item.putArray("timeseries");
            for (Map.Entry<List<String>, List<Source>> group : groups(factory, metric, query).entrySet()) {
                ObjectNode element = timeseries.addObject();
                ArrayNode metadata = element.putArray("metadatavalues");
                List<String> dimensions = splitDimensions(metric, query);
                for (int i = 0; i < dimensions.size(); i++) {
                    // Azure Monitor names dimensions in lower case in its answers, whatever case the filter used.
                    String name = MetricCatalog.lower(dimensions.get(i));
                    ObjectNode meta = metadata.addObject();
                    meta.putObject("name").put("value", name).put("localizedValue", name);
                    meta.put("value", group.getKey().get(i));
                }
                points += data(element.putArray("data"), metric, query, group.getValue(), series);
            }
            item.put("errorCode", "Success");
        }
        root.put("cost", points);
        root.put("namespace", "Microsoft.DataFactory/factories");
        root.put("resourceregion", factory.location);
        return root;
    }

    /** A node (for node metrics) or a runtime (for runtime metrics) whose samples go into a series. */
    private record Source(SandboxRuntime runtime, SandboxNode node) {
    }

    private static List<String> splitDimensions(MetricCatalog.Definition metric, MetricsQuery query) {
        List<String> out = new ArrayList<>();
        for (String dimension : query.filter().keySet()) {
            if (metric.hasDimension(dimension)) {
                out.add(metric.dimension(dimension));
            }
        }
        return out;
    }

    /** The series asked for: one per value of each dimension in the filter, at most {@code top}. */
    private static Map<List<String>, List<Source>> groups(SandboxFactory factory, MetricCatalog.Definition metric, MetricsQuery query) {
        List<String> dimensions = splitDimensions(metric, query);
        Set<String> runtimes = values(query, MetricCatalog.RUNTIME);
        boolean perNode = metric.hasDimension(MetricCatalog.NODE);
        Set<String> nodes = values(query, MetricCatalog.NODE);
        Map<List<String>, List<Source>> groups = new LinkedHashMap<>();
        for (SandboxRuntime runtime : factory.runtimes.values()) {
            if (!runtime.isSelfHosted() || !matches(runtimes, runtime.name)) {
                continue;
            }
            if (!perNode) {
                key(groups, dimensions, runtime.name, null).add(new Source(runtime, null));
                continue;
            }
            for (SandboxNode node : runtime.nodes) {
                if (matches(nodes, node.name)) {
                    key(groups, dimensions, runtime.name, node.name).add(new Source(runtime, node));
                }
            }
        }
        if (dimensions.isEmpty() && groups.isEmpty()) {
            groups.put(List.of(), new ArrayList<>());
        }
        Map<List<String>, List<Source>> top = new LinkedHashMap<>();
        groups.entrySet().stream().limit(query.top()).forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }

    private static List<Source> key(Map<List<String>, List<Source>> groups, List<String> dimensions, String runtime, String node) {
        List<String> key = dimensions.stream().map(d -> d.equalsIgnoreCase(MetricCatalog.RUNTIME) ? runtime : node).toList();
        return groups.computeIfAbsent(key, k -> new ArrayList<>());
    }

    /** Null: the filter does not name the dimension (all, rolled into one series); '*' also means all. */
    private static Set<String> values(MetricsQuery query, String dimension) {
        return query.filter().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(dimension))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static boolean matches(Set<String> wanted, String name) {
        return wanted == null || wanted.contains("*") || wanted.stream().anyMatch(name::equalsIgnoreCase);
    }

    /** One data point per interval (aligned to it, as Azure aligns them); points without samples carry only their time. */
    private static int data(ArrayNode data, MetricCatalog.Definition metric, MetricsQuery query, List<Source> sources,
                            SeededSeries series) {
        long from = SeededSeries.minute(query.start());
        long to = SeededSeries.minute(query.end().plusSeconds(59));
        long step = query.full() ? to - from : Math.max(1, query.interval().toMinutes());
        long first = query.full() ? from : Math.floorDiv(from, step) * step;
        int count = 0;
        for (long bucket = first; bucket < to; bucket += step) {
            double sum = 0;
            double min = Double.MAX_VALUE;
            double max = -Double.MAX_VALUE;
            int samples = 0;
            for (long minute = Math.max(bucket, from); minute < Math.min(bucket + step, to); minute++) {
                for (Source source : sources) {
                    Double v = sample(metric, source, minute, series);
                    if (v != null) {
                        sum += v;
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                        samples++;
                    }
                }
            }
            ObjectNode point = data.addObject();
            point.put("timeStamp", iso(Instant.ofEpochSecond(bucket * 60)));
            if (samples > 0) {
                for (String aggregation : query.aggregations()) {
                    switch (aggregation) {
                        case "average" -> point.put("average", Math.round(sum / samples * 100) / 100.0);
                        case "minimum" -> point.put("minimum", min);
                        case "maximum" -> point.put("maximum", max);
                        case "total" -> point.put("total", Math.round(sum * 100) / 100.0);
                        default -> point.put("count", samples);
                    }
                }
            }
            count++;
        }
        return count;
    }

    private static Double sample(MetricCatalog.Definition metric, Source source, long minute, SeededSeries series) {
        if (source.node() != null) {
            if (!series.reports(source.node(), minute)) {
                return null;
            }
            return metric.name().equals("IntegrationRuntimeCpuPercentage") ? series.cpu(source.node(), minute)
                    : series.availableMemory(source.node(), minute);
        }
        if (!series.reports(source.runtime(), minute)) {
            return null;
        }
        return switch (metric.name()) {
            case "IntegrationRuntimeQueueLength" -> series.queueLength(source.runtime(), minute);
            case "IntegrationRuntimeAverageTaskPickupDelay" -> series.pickupDelaySeconds(source.runtime(), minute);
            default -> series.availableNodes(source.runtime(), minute);
        };
    }

    private static String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }
}
