package dev.adfconsole.ui.shell;

import dev.adfconsole.service.activity.ActivityEntry;
import dev.adfconsole.ui.common.TimeText;
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
        return TimeText.duration(entry.duration());
    }
}
