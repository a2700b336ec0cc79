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
    /** Counted down when the launcher thread, its own work done, starts waiting for the toolkit. */
    private final java.util.concurrent.CountDownLatch launcherWaits = new java.util.concurrent.CountDownLatch(1);

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

    /**
     * The icon packs' classes, then their fonts (see {@link IconFonts}) and the default font, once the launcher thread
     * waits for the toolkit: from then until the toolkit is up only the toolkit's own start runs, one core is idle,
     * and fonts need only the toolkit's font loader. Loaded after "toolkit up" instead, the fonts competed with the
     * main view's load and the theme's for the two cores.
     */
    private void warmIcons() {
        IconFonts.warmPacks();
        try {
            launcherWaits.await();
            if (ready.isCompletedExceptionally()) {
                return;
            }
            IconFonts.loadFonts();
            // The text of every label: fontconfig's set-up, otherwise paid at the main view's first icon.
            javafx.scene.text.Font.getDefault();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | LinkageError e) {
            // best effort: the window loads what it needs itself
        }
    }

    /**
     * Waits until the toolkit is up and returns when that was (epoch ms); throws what stopped it (no display, for
     * one).
     */
    long await() {
        launcherWaits.countDown();
        try {
            return ready.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
