package dev.adfconsole.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Azure Monitor's answer to {@code Metrics_List} (metrics_API.json, api-version 2023-10-01 {@code Response}): the
 * timespan and interval it used and, per metric asked for, its time series, one per combination of dimension values
 * the {@code $filter} split by.
 */
public record MetricsResponse(Integer cost, String timespan, String interval, String namespace, String resourceregion,
                              List<Metric> value) {

    public MetricsResponse {
        value = value == null ? List.of() : List.copyOf(value);
    }

    /** The named metric (names compare case-insensitively, as Azure's do). */
    public Optional<Metric> metric(String name) {
        return value.stream().filter(m -> m.name() != null && name.equalsIgnoreCase(m.name().value())).findFirst();
    }

    /** {@code Metric}: one metric's series; {@code errorCode} is "Success" unless this metric alone failed. */
    public record Metric(String id, String type, LocalizableString name, String displayDescription, String unit,
                         List<TimeSeriesElement> timeseries, String errorCode, String errorMessage) {
        public Metric {
            timeseries = timeseries == null ? List.of() : List.copyOf(timeseries);
        }
    }

    /** {@code TimeSeriesElement}: the dimension values of one series and its data points, oldest first. */
    public record TimeSeriesElement(List<MetadataValue> metadatavalues, List<MetricValue> data) {
        public TimeSeriesElement {
            metadatavalues = metadatavalues == null ? List.of() : List.copyOf(metadatavalues);
            data = data == null ? List.of() : List.copyOf(data);
        }

        /** The value of a dimension; Azure answers dimension names in its own case, so they compare case-insensitively. */
        public Optional<String> dimension(String name) {
            return metadatavalues.stream().filter(m -> m.name() != null && name.equalsIgnoreCase(m.name().value()))
                    .map(MetadataValue::value).findFirst();
        }
    }

    /** {@code MetricValue}: one interval; aggregations not asked for, or without samples, are absent. */
    public record MetricValue(Instant timeStamp, Double average, Double minimum, Double maximum, Double total, Double count) {
    }

    /** {@code MetadataValue}: a dimension and its value in this series. */
    public record MetadataValue(LocalizableString name, String value) {
    }

    /** {@code LocalizableString}. */
    public record LocalizableString(String value, String localizedValue) {
    }
}
