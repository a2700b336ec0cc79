package dev.adfconsole.app;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows the main window once the JavaFX toolkit (started early by {@link ToolkitStart}, without an
 * {@code Application} subclass, so the app also starts from the plain class path) is up, and returns when it is
 * closed.
 */
final class DesktopApp {

    /** Looked up when used: the first logger sets Logback up (0.2 s and more), which start-up leaves for after the first frame. */
    private static Logger log() {
        return LoggerFactory.getLogger(DesktopApp.class);
    }

    private DesktopApp() {
    }

    static int run(CompositionRoot root, ToolkitStart toolkit, PrintStream err) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        // Ctrl-C or SIGTERM: let the last settings write finish rather than leave a half-written temp file behind.
        Runtime.getRuntime().addShutdownHook(new Thread(root::close, "settings-flush"));
        // The view models while the toolkit starts: nothing of them needs it. A failure is told below, as the view's.
        AppWindow.Models models;
        try {
            models = AppWindow.models(root);
        } catch (RuntimeException e) {
            models = () -> {
                throw e;
            };
        }
        try {
            toolkit.await();
        } catch (RuntimeException | Error e) {
            log().error("Could not start JavaFX", e);
            err.println(CommandLine.PROGRAM + ": cannot open a window (" + e.getMessage() + "). On a machine without"
                    + " a display, run it under xvfb-run.");
            return 1;
        }
        // The view built here, while the JavaFX thread loads the theme; shown there.
        AppWindow.Prepared window;
        try {
            window = models.load();
        } catch (RuntimeException e) {
            log().error("Could not build the main window", e);
            err.println(CommandLine.PROGRAM + ": cannot build the main window (" + e.getMessage() + ").");
            Platform.exit();
            return 1;
        }
        Platform.runLater(() -> {
            Thread.currentThread().setUncaughtExceptionHandler(
                    (thread, error) -> log().error("Unexpected error on the JavaFX thread", error));
            Stage stage = new Stage();
            stage.setOnHidden(e -> closed.countDown());
            window.show(stage);
        });
        closed.await();
        root.close();
        Platform.exit();
        return 0;
    }
}
