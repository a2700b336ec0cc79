package dev.adfconsole.app;

import dev.adfconsole.ui.common.IconFonts;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit on a thread of its own, so that it comes up while the composition root is built (settings,
 * activity log, HTTP client) instead of after it: on 2 cores the two overlap, and the first frame comes that much
 * sooner (BENCHMARKS.md, start-up timeline). Also warms what the main window's first frame needs and nothing before
 * it has loaded: the icon font and its packs (Ikonli's first icon took 0.35–0.95 s on the FX thread).
 */
final class ToolkitStart {

    /** Completes with the time (epoch ms) the toolkit was up. */
    private final CompletableFuture<Long> ready = new CompletableFuture<>();

    private ToolkitStart() {
    }

    static ToolkitStart begin() {
        ToolkitStart start = new ToolkitStart();
        Thread thread = new Thread(() -> {
            try {
                // Closing the last window must not end the toolkit: the app exits once settings are saved.
                Platform.setImplicitExit(false);
                Platform.startup(() -> start.ready.complete(System.currentTimeMillis()));
            } catch (RuntimeException | Error e) {
                start.ready.completeExceptionally(e);
            }
        }, "fx-startup");
        thread.setDaemon(true);
        thread.start();
        Thread icons = new Thread(start::warmIcons, "icon-warm-up");
        icons.setDaemon(true);
        icons.setPriority(Thread.MIN_PRIORITY);
        icons.start();
        return start;
    }

    /** The icon packs' classes, then (once the toolkit is up) their fonts: see {@link IconFonts}. */
    private void warmIcons() {
        IconFonts.warmPacks();
        // Waited for here, not chained: a dependent action would run on the thread completing it, the FX thread.
        try {
            ready.join();
        } catch (CompletionException e) {
            return;
        }
        IconFonts.loadFonts();
    }

    /**
     * Waits until the toolkit is up and returns when that was (epoch ms); throws what stopped it (no display, for
     * one).
     */
    long await() {
        try {
            return ready.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
