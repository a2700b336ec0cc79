package dev.adfconsole.service;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One Azure Monitor metrics query on a resource, checked before it is sent (each rule names its field): the
 * timespan runs forwards, the interval is a time grain Azure Monitor offers, at least one metric is named and the
 * aggregations are Azure's.
 *
 * @param filter the {@code $filter}, e.g. {@code IntegrationRuntimeName eq 'shir-01' and NodeName eq '*'}; null for none
 * @param top how many series at most (Azure Monitor's default is 10 once a filter splits them); null for the default
 */
public record MetricsRequest(Instant start, Instant end, String interval, List<String> metricNames,
                             List<String> aggregations, String filter, Integer top) {

    public static final List<String> INTERVALS = List.of("PT1M", "PT5M", "PT15M", "PT30M", "PT1H", "PT6H", "PT12H", "P1D", "FULL");
    static final List<String> AGGREGATIONS = List.of("Average", "Minimum", "Maximum", "Total", "Count");

    public MetricsRequest {
        if (start == null || end == null || !start.isBefore(end)) {
            throw new InvalidInputException("Timespan", "Timespan must start before it ends (start " + start + ", end " + end + ").");
        }
        if (interval == null || !INTERVALS.contains(interval)) {
            throw new InvalidInputException("Interval", "Interval must be one of " + String.join(", ", INTERVALS) + ", not '" + interval + "'.");
        }
        if (metricNames == null || metricNames.isEmpty() || metricNames.stream().anyMatch(n -> n == null || n.isBlank() || n.contains(","))) {
            throw new InvalidInputException("Metric names", "Metric names must name at least one metric, each without commas.");
        }
        if (aggregations == null || aggregations.isEmpty() || !aggregations.stream().allMatch(a -> AGGREGATIONS.stream().anyMatch(a::equalsIgnoreCase))) {
            throw new InvalidInputException("Aggregation", "Aggregation must be one or more of " + String.join(", ", AGGREGATIONS) + ".");
        }
        if (top != null && top < 1) {
            throw new InvalidInputException("Top", "Top must be 1 or more, not " + top + ".");
        }
        metricNames = List.copyOf(metricNames);
        aggregations = aggregations.stream().map(a -> a.toLowerCase(Locale.ROOT)).toList();
    }

    /** Azure's timespan parameter: {@code start/end}, ISO 8601 in UTC. */
    public String timespan() {
        return start + "/" + end;
    }
}
