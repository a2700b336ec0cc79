package dev.adfconsole.ui.shell;

import dev.adfconsole.service.activity.ActivityEntry;
import dev.adfconsole.ui.common.TimeText;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the activity log writes its cells: local time, the outcome in words, short durations. */
final class ActivityLogFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ActivityLogFormat() {
    }

    /** Today's entries by time only; those of earlier sessions with their date. */
    /** The status bar's count: "· 1 action in the log", "· 3 actions in the log". */
    static String count(int actions) {
        return "· " + actions + (actions == 1 ? " action" : " actions") + " in the log";
    }

    static String time(ActivityEntry entry) {
        var local = entry.time().atZone(ZoneId.systemDefault());
        return local.toLocalDate().equals(java.time.LocalDate.now()) ? TIME.format(local) : DAY_AND_TIME.format(local);
    }

    /** One entry as a tab-separated line, for pasting into a ticket or a spreadsheet; the time in full, with zone. */
    static String line(ActivityEntry entry) {
        return String.join("\t", entry.time().atZone(ZoneId.systemDefault()).toOffsetDateTime().toString(), entry.action(),
                entry.target(), result(entry), duration(entry), entry.requestId() == null ? "" : entry.requestId());
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
