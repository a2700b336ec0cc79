package dev.adfconsole.service.activity;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the activity log across restarts: one JSON line per action in {@code activity-log.jsonl}, appended on a
 * thread of its own so no caller waits for the disk. Operators quote request ids from last week to Microsoft
 * support, so the newest {@code capacity} entries survive; the file is cut back to them at start.
 */
public final class ActivityLogStore implements AutoCloseable {

    /** Looked up when used: the first logger sets Logback up (0.2 s and more), which start-up leaves for after the first frame. */
    private static Logger log() {
        return LoggerFactory.getLogger(ActivityLogStore.class);
    }

    private final Path file;
    /** Made when first needed: a first start has no file to read, and Jackson's set-up is not needed before the first frame. */
    private ObjectMapper mapper;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "activity-log-writer");
        thread.setDaemon(true);
        return thread;
    });

    private ActivityLogStore(Path file) {
        this.file = file;
    }

    /** Loads what earlier sessions saved into a new log of {@code capacity} entries and saves what is recorded next. */
    public static ActivityLogStore open(Path file, ActivityLog log) {
        ActivityLogStore store = new ActivityLogStore(file);
        Loaded saved = store.load(log.capacity());
        saved.kept().forEach(log::record);
        // Rewritten only when it holds more than is kept (old or unreadable lines), not on every start.
        if (saved.lines() > saved.kept().size()) {
            store.compact(saved.kept());
        }
        log.addListener(entry -> store.writer.execute(() -> store.append(entry)));
        return store;
    }

    /** What the file held: the entries kept and how many lines it had. */
    private record Loaded(List<ActivityEntry> kept, int lines) {
    }

    private synchronized ObjectMapper mapper() {
        if (mapper == null) {
            mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        }
        return mapper;
    }

    private Loaded load(int capacity) {
        List<ActivityEntry> entries = new ArrayList<>();
        int lines = 0;
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                return new Loaded(entries, 0);
            }
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                lines++;
                try {
                    entries.add(mapper().readValue(line, ActivityEntry.class));
                } catch (IOException | RuntimeException e) {
                    // A line cut short by a crash is skipped; the rest of the history stays.
                    log().debug("Skipping an unreadable activity-log line: {}", e.getClass().getSimpleName());
                }
            }
        } catch (IOException e) {
            log().warn("Cannot read the activity log {}: {}", file, e.getMessage());
        }
        return new Loaded(entries.size() > capacity ? new ArrayList<>(entries.subList(entries.size() - capacity, entries.size()))
                : entries, lines);
    }

    private void compact(List<ActivityEntry> kept) {
        try {
            Path temp = Files.createTempFile(file.getParent(), "activity-log-", ".tmp");
            try (BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                for (ActivityEntry entry : kept) {
                    out.write(mapper().writeValueAsString(entry));
                    out.newLine();
                }
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            log().warn("Cannot rewrite the activity log {}: {}", file, e.getMessage());
        }
    }

    private void append(ActivityEntry entry) {
        try {
            Files.writeString(file, mapper().writeValueAsString(entry) + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            log().warn("Cannot save to the activity log {}: {}", file, e.getMessage());
        }
    }

    /** Waits for pending writes (a few milliseconds) so the last action of the session is not lost. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
