package dev.adfconsole.sandbox.metrics;

import dev.adfconsole.sandbox.http.SandboxResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The query string of {@code Metrics_List}, checked the way Azure Monitor checks it before reading any data: the
 * timespan ({@code start/end}, ISO 8601, within the 93 days metrics are kept), the interval (the time grains Azure
 * offers, or FULL), the metric names (those {@code Microsoft.DataFactory/factories} has), the aggregations and the
 * {@code $filter} (dimensions the metrics have). A failed check is a 400 naming the parameter and the rule.
 */
record MetricsQuery(Instant start, Instant end, Duration interval, List<MetricCatalog.Definition> metrics,
                    List<String> aggregations, Map<String, Set<String>> filter, int top) {

    static final Duration RETENTION = Duration.ofDays(93);
    static final List<String> INTERVALS = List.of("PT1M", "PT5M", "PT15M", "PT30M", "PT1H", "PT6H", "PT12H", "P1D", "FULL");
    static final List<String> AGGREGATIONS = List.of("average", "minimum", "maximum", "total", "count");
    private static final Pattern CONDITION = Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9_]*)\\s+eq\\s+'([^']*)'\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** A query, or the 400 Azure Monitor answers instead. */
    record Parsed(MetricsQuery query, SandboxResponse error) {
    }

    /** The interval was FULL: one data point for the whole timespan. */
    boolean full() {
        return interval == null;
    }

    static Parsed parse(Map<String, String> q, Instant now) {
        try {
            return new Parsed(read(q, now), null);
        } catch (Refused refused) {
            return new Parsed(null, SandboxResponse.error(400, "BadRequest", refused.getMessage(), refused.target));
        }
    }

    private static MetricsQuery read(Map<String, String> q, Instant now) {
        Instant[] span = timespan(q.get("timespan"), now);
        Duration interval = interval(q.getOrDefault("interval", "PT1M"));
        List<MetricCatalog.Definition> metrics = metrics(q.get("metricnames"));
        List<String> aggregations = aggregations(q.get("aggregation"), metrics);
        Map<String, Set<String>> filter = filter(q.get("$filter"));
        boolean validate = !"false".equalsIgnoreCase(q.get("ValidateDimensions"));
        if (validate) {
            for (String dimension : filter.keySet()) {
                for (MetricCatalog.Definition metric : metrics) {
                    if (!metric.hasDimension(dimension)) {
                        throw new Refused("$filter", "Metric " + metric.name() + " has no dimension '" + dimension
                                + "'; its dimensions are " + String.join(", ", metric.dimensions())
                                + ". Filter on those, or set ValidateDimensions=false to ignore it.");
                    }
                }
            }
        }
        int top = top(q.get("top"));
        return new MetricsQuery(span[0], span[1], interval, metrics, aggregations, filter, top);
    }

    private static Instant[] timespan(String text, Instant now) {
        if (text == null || text.isBlank()) {
            return new Instant[] {now.minus(Duration.ofHours(1)), now};
        }
        String[] parts = text.split("/");
        Instant start;
        Instant end;
        try {
            if (parts.length != 2) {
                throw new DateTimeParseException("no '/'", text, 0);
            }
            start = Instant.parse(parts[0].trim());
            end = parts[1].trim().startsWith("P") ? start.plus(Duration.parse(parts[1].trim())) : Instant.parse(parts[1].trim());
        } catch (DateTimeParseException e) {
            throw new Refused("timespan", "Invalid timespan '" + text + "': write it as startDateTime_ISO/endDateTime_ISO in UTC,"
                    + " e.g. 2026-12-04T08:00:00Z/2026-12-04T09:00:00Z.");
        }
        if (!start.isBefore(end)) {
            throw new Refused("timespan", "Invalid timespan '" + text + "': the start time must be before the end time.");
        }
        if (start.isBefore(now.minus(RETENTION))) {
            throw new Refused("timespan", "Invalid timespan '" + text + "': metrics are kept for 93 days, so the start time"
                    + " cannot be before " + now.minus(RETENTION) + ".");
        }
        return new Instant[] {start, end};
    }

    private static Duration interval(String text) {
        String upper = text.trim().toUpperCase(Locale.ROOT);
        if (!INTERVALS.contains(upper)) {
            throw new Refused("interval", "Invalid interval '" + text + "': the supported time grains are "
                    + String.join(", ", INTERVALS) + ".");
        }
        return upper.equals("FULL") ? null : Duration.parse(upper);
    }

    private static List<MetricCatalog.Definition> metrics(String text) {
        if (text == null || text.isBlank()) {
            throw new Refused("metricnames", "The metricnames parameter is required: name one or more of " + MetricCatalog.names() + ".");
        }
        List<MetricCatalog.Definition> found = new ArrayList<>();
        for (String name : text.split(",")) {
            found.add(MetricCatalog.find(name).orElseThrow(() -> new Refused("metricnames",
                    "Failed to find metric configuration for provider: Microsoft.DataFactory, resource Type: factories, metric: "
                            + name.trim() + ", Valid metrics: " + MetricCatalog.names())));
        }
        return found;
    }

    private static List<String> aggregations(String text, List<MetricCatalog.Definition> metrics) {
        if (text == null || text.isBlank()) {
            return List.of(metrics.get(0).aggregation().toLowerCase(Locale.ROOT));
        }
        Set<String> out = new LinkedHashSet<>();
        for (String part : text.split(",")) {
            String name = part.trim().toLowerCase(Locale.ROOT);
            if (!AGGREGATIONS.contains(name)) {
                throw new Refused("aggregation", "Invalid aggregation '" + part.trim() + "': use Average, Minimum, Maximum,"
                        + " Total or Count, comma separated.");
            }
            out.add(name);
        }
        return List.copyOf(out);
    }

    /** {@code A eq 'a1' and B eq 'b1' or B eq 'b2'}: 'or' may only join values of one dimension. */
    static Map<String, Set<String>> filter(String text) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String clause : text.split("(?i)\\s+and\\s+")) {
            String dimension = null;
            Set<String> values = new LinkedHashSet<>();
            for (String condition : clause.split("(?i)\\s+or\\s+")) {
                Matcher m = CONDITION.matcher(condition);
                if (!m.matches()) {
                    throw new Refused("$filter", "Invalid $filter '" + text + "': write conditions as Dimension eq 'value',"
                            + " joined by 'and'; 'or' only between values of the same dimension.");
                }
                if (dimension != null && !dimension.equalsIgnoreCase(m.group(1))) {
                    throw new Refused("$filter", "Invalid $filter '" + text + "': 'or' cannot separate two different"
                            + " dimensions (" + dimension + ", " + m.group(1) + ").");
                }
                dimension = m.group(1);
                values.add(m.group(2));
            }
            out.put(dimension, values);
        }
        return out;
    }

    private static int top(String text) {
        if (text == null || text.isBlank()) {
            return 10;
        }
        try {
            int top = Integer.parseInt(text.trim());
            if (top > 0) {
                return top;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new Refused("top", "Invalid top '" + text + "': it must be a whole number of 1 or more.");
    }

    /** A check that failed: its message is Azure Monitor's answer. */
    private static final class Refused extends RuntimeException {
        private final String target;

        Refused(String target, String message) {
            super(message, null, false, false);
            this.target = target;
        }
    }
}
