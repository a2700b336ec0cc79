package dev.adfconsole.service.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The activity log survives a restart, bounded, and a damaged line does not cost the rest. */
class ActivityLogStoreTest {

    @TempDir
    Path home;

    private static ActivityEntry entry(int n) {
        return new ActivityEntry(Instant.parse("2026-11-30T10:00:00Z").plusSeconds(n), "Stop", "adf-sales/ssis-ir-" + n,
                ActivityEntry.Outcome.SUCCEEDED, null, Duration.ofMillis(1200 + n), "req-" + n);
    }

    @Test
    void entriesComeBackAfterARestartNewestKeptWithinCapacity() throws Exception {
        Path file = home.resolve("activity-log.jsonl");
        ActivityLog first = new ActivityLog(3);
        try (ActivityLogStore store = ActivityLogStore.open(file, first)) {
            for (int i = 1; i <= 5; i++) {
                first.record(entry(i));
            }
        }

        ActivityLog second = new ActivityLog(3);
        try (ActivityLogStore store = ActivityLogStore.open(file, second)) {
            assertThat(second.entries()).containsExactly(entry(3), entry(4), entry(5));
            second.record(entry(6));
        }
        assertThat(Files.readAllLines(file)).as("cut back at start, then appended").hasSize(4);

        ActivityLog third = new ActivityLog(3);
        ActivityLogStore.open(file, third).close();
        assertThat(third.entries()).extracting(ActivityEntry::requestId).containsExactly("req-4", "req-5", "req-6");
    }

    @Test
    void aLineCutShortByACrashIsSkipped() throws Exception {
        Path file = home.resolve("activity-log.jsonl");
        ActivityLog log = new ActivityLog(10);
        try (ActivityLogStore store = ActivityLogStore.open(file, log)) {
            log.record(entry(1));
        }
        Files.writeString(file, Files.readString(file) + "{\"time\":\"2026-11-30T1", java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);

        ActivityLog reopened = new ActivityLog(10);
        ActivityLogStore.open(file, reopened).close();
        assertThat(reopened.entries()).isEqualTo(List.of(entry(1)));
    }
}
