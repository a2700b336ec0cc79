package dev.adfconsole.testing;

import dev.adfconsole.app.TestApp;
import dev.adfconsole.service.settings.Appearance;
import dev.adfconsole.ui.tree.NavigationNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Screenshots of what a user sees, for a person to look at: the real app on a real X display (run it under Xvfb
 * with a window manager), driven through its own controls, captured with ImageMagick's {@code import}. In each
 * theme: the main window with a factory's summary, a subscription's summary, the run dialog after Run, the fleet.
 * <pre>
 *   Xvfb :95 -screen 0 1400x900x24 &amp; DISPLAY=:95 openbox &amp;
 *   DISPLAY=:95 java -cp target/classes:target/test-classes:$(cat target/bench/classpath.txt) \
 *       dev.adfconsole.testing.ScreenTour target/screens
 * </pre>
 */
public final class ScreenTour {

    private ScreenTour() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screens");
        Files.createDirectories(out);
        Path home = Files.createTempDirectory("adf-tour");
        Platform.setImplicitExit(false);
        CompletableFuture<TestApp> opened = new CompletableFuture<>();
        Platform.startup(() -> opened.complete(TestApp.open(home, new Stage())));
        TestApp app = opened.get(30, TimeUnit.SECONDS);
        NavigationNode sandbox = app.window().sandboxConnection().get(60, TimeUnit.SECONDS);
        NavigationNode subscription = child(sandbox, "Data Platform Prod");
        NavigationNode factory = child(subscription, "adf-sales-weu-01");
        NavigationNode pipelines = child(factory, "Pipelines");
        for (Appearance theme : new Appearance[] {Appearance.LIGHT, Appearance.DARK}) {
            String suffix = "-" + theme.name().toLowerCase(java.util.Locale.ROOT);
            fx(() -> app.window().main().appearanceProperty().set(theme));
            select(app, factory);
            Thread.sleep(2500);
            shot(out, "main-factory" + suffix);
            select(app, subscription);
            Thread.sleep(2500);
            shot(out, "subscription" + suffix);

            fx(() -> app.window().tree().expand(pipelines));
            select(app, child(pipelines, "pl_ingest_sales_daily"));
            fire(mainWindow(), "#runPipelineButton");
            Window dialog = waitForWindow("Run pipeline pl_ingest_sales_daily");
            fx(() -> ((TextField) dialog.getScene().lookup("#param-runDate")).setText("2026-11-24"));
            fire(dialog, "#runButton");
            waitUntil(() -> !((Label) dialog.getScene().lookup("#runIdLabel")).getText().isEmpty());
            Thread.sleep(1500);
            shot(out, "run-dialog-after-run" + suffix);
            fx(() -> { dialog.hide(); return null; });

            select(app, sandbox);
            fire(mainWindow(), "#fleetButton");
            Window fleet = waitForWindow("Fleet · Sandbox (local)");
            Thread.sleep(6000);
            shot(out, "fleet" + suffix);
            fx(() -> { fleet.hide(); return null; });
        }
        app.close();
        Platform.exit();
        System.exit(0);
    }

    private static Window mainWindow() throws Exception {
        return waitForWindow("ADF Console");
    }

    private static NavigationNode child(NavigationNode parent, String label) throws Exception {
        fx(() -> { parent.expandedProperty().set(true); return null; });
        return waitUntil(() -> parent.children().stream().filter(n -> n.labelProperty().get().equals(label)).findFirst().orElse(null));
    }

    private static void select(TestApp app, NavigationNode node) throws Exception {
        fx(() -> { app.window().tree().selectedProperty().set(node); return null; });
    }

    private static void fire(Window window, String id) throws Exception {
        fx(() -> { ((Button) window.getScene().lookup(id)).fire(); return null; });
    }

    private static Window waitForWindow(String title) throws Exception {
        return waitUntil(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && title.equals(s.getTitle())
                && s.isShowing()).findFirst().orElse(null));
    }

    private static <T> T waitUntil(Callable<T> value) throws Exception {
        for (int i = 0; i < 600; i++) {
            T result = fx(value);
            if (result != null && !Boolean.FALSE.equals(result)) {
                return result;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("timed out");
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    private static void fx(Runnable work) throws Exception {
        fx(() -> { work.run(); return null; });
    }

    private static void shot(Path out, String name) throws Exception {
        Path file = out.resolve(name + ".png");
        Process p = new ProcessBuilder("import", "-window", "root", file.toString()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("import failed for " + file);
        }
        System.out.println("screenshot " + file);
    }
}
