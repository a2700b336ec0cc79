package dev.adfconsole.ui.shell;

import dev.adfconsole.service.activity.ActivityEntry;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the activity log writes its cells: local time, the outcome in words, short durations. */
final class ActivityLogFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private ActivityLogFormat() {
    }

    static String time(ActivityEntry entry) {
        return TIME.format(entry.time().atZone(ZoneId.systemDefault()));
    }

    static String result(ActivityEntry entry) {
        String outcome = switch (entry.outcome()) {
            case SUCCEEDED -> "Succeeded";
            case FAILED -> "Failed";
            case CANCELLED -> "Cancelled";
        };
        return entry.detail() == null || entry.detail().isBlank() ? outcome : outcome + ": " + entry.detail();
    }

    static String duration(ActivityEntry entry) {
        Duration d = entry.duration();
        if (d == null) {
            return "";
        }
        if (d.toMillis() < 1000) {
            return d.toMillis() + " ms";
        }
        if (d.toSeconds() < 60) {
            return String.format("%.1f s", d.toMillis() / 1000.0);
        }
        return d.toMinutes() + " min " + d.toSecondsPart() + " s";
    }
}
