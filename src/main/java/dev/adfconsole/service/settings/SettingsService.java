package dev.adfconsole.service.settings;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's settings in memory, written to disk on a thread of their own so that callers on the JavaFX thread never
 * wait on the file system. Writes happen in order; {@link #close()} waits for the last one.
 */
public final class SettingsService implements AutoCloseable {

    /** Looked up when used: the first logger sets Logback up (0.2 s and more), which start-up leaves for after the first frame. */
    private static Logger log() {
        return LoggerFactory.getLogger(SettingsService.class);
    }

    private final SettingsStore store;
    private final AtomicReference<Settings> current;
    private final Optional<String> loadNotice;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "settings-writer");
        thread.setDaemon(true);
        return thread;
    });

    public SettingsService(SettingsStore store) {
        this.store = store;
        SettingsStore.Loaded loaded = store.load();
        this.current = new AtomicReference<>(loaded.settings());
        this.loadNotice = loaded.notice();
    }

    public Settings current() {
        return current.get();
    }

    /** The notice to show once when the settings file was unreadable at start. */
    public Optional<String> loadNotice() {
        return loadNotice;
    }

    /** Applies the change now and saves it in the background; the future completes once it is on disk. */
    public CompletableFuture<Settings> update(UnaryOperator<Settings> change) {
        Settings updated = current.updateAndGet(change);
        if (writer.isShutdown()) {
            // After close (the app is exiting) a late change, e.g. from a window hidden during shutdown, stays in memory.
            log().debug("Settings change after close was not saved");
            return CompletableFuture.completedFuture(updated);
        }
        return CompletableFuture.supplyAsync(() -> {
            // Write whatever is newest: a burst of updates costs one write each but always ends on the latest.
            Settings latest = current.get();
            try {
                store.save(latest);
            } catch (IOException e) {
                log().warn("Could not save settings to {}", store.file(), e);
                throw new SettingsWriteException(store.file(), e);
            }
            return latest;
        }, writer).thenApply(saved -> updated);
    }

    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(5, TimeUnit.SECONDS)) {
                log().warn("Settings were still being written after 5 s at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Saving failed; the settings stay in memory for this session. */
    public static final class SettingsWriteException extends RuntimeException {
        SettingsWriteException(java.nio.file.Path file, IOException cause) {
            super("Could not save settings to " + file + ": " + cause.getMessage(), cause);
        }
    }
}
