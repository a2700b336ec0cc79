package dev.adfconsole.ui.runmonitor;

import java.time.Duration;

/** The monitor's time filter, as the Azure Portal offers it; CUSTOM takes a from/to range. */
public enum TimeWindow {
    LAST_HOUR("Last hour", Duration.ofHours(1)),
    LAST_DAY("Last 24 hours", Duration.ofDays(1)),
    LAST_WEEK("Last 7 days", Duration.ofDays(7)),
    CUSTOM("Custom range", null);

    private final String label;
    private final Duration length;

    TimeWindow(String label, Duration length) {
        this.label = label;
        this.length = length;
    }

    public Duration length() {
        return length;
    }

    @Override
    public String toString() {
        return label;
    }
}
