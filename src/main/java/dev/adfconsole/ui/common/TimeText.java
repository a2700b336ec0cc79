package dev.adfconsole.ui.common;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as operators read them: local date and time plus how long ago ("2026-11-25 10:04:12 (5 min ago)"). */
public final class TimeText {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private TimeText() {
    }

    public static String localWithAge(Instant time, Instant now, ZoneId zone) {
        if (time == null) {
            return "—";
        }
        return LOCAL.format(time.atZone(zone)) + " (" + age(time, now) + ")";
    }

    /** "just now", "42 s ago", "5 min ago", "3 h ago", "12 days ago"; future times read "in 5 min". */
    public static String age(Instant time, Instant now) {
        Duration d = Duration.between(time, now);
        boolean future = d.isNegative();
        d = d.abs();
        String amount;
        if (d.toSeconds() < 5) {
            return "just now";
        } else if (d.toSeconds() < 60) {
            amount = d.toSeconds() + " s";
        } else if (d.toMinutes() < 60) {
            amount = d.toMinutes() + " min";
        } else if (d.toHours() < 48) {
            amount = d.toHours() + " h";
        } else {
            amount = d.toDays() + " days";
        }
        return future ? "in " + amount : amount + " ago";
    }

    /** Durations of runs and actions: "850 ms", "12.4 s", "3 min 05 s", "2 h 01 min". */
    public static String duration(Duration d) {
        if (d == null) {
            return "";
        }
        if (d.toMillis() < 1000) {
            return d.toMillis() + " ms";
        }
        if (d.toSeconds() < 60) {
            return String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
        }
        if (d.toMinutes() < 60) {
            return String.format("%d min %02d s", d.toMinutes(), d.toSecondsPart());
        }
        return String.format("%d h %02d min", d.toHours(), d.toMinutesPart());
    }
}
