package dev.adfconsole.app;

import dev.adfconsole.ui.tree.NavigationNode;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * {@code --smoke-test}: the installed app's self-check. Opens the real window on the sandbox, waits for the first
 * frame and for the first factory's runtimes, prints both times from process start, and exits 0; any failure, or
 * 60 s without the tree, exits 1 with the reason.
 */
final class SmokeTest {

    static final long LIMIT_SECONDS = 60;

    private SmokeTest() {
    }

    static int run(CompositionRoot root, ToolkitStart toolkit, PrintStream out, PrintStream err) {
        long processStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long rootReady = System.currentTimeMillis();
        long[] windowShown = new long[1];
        CompletableFuture<Long> firstFrame = new CompletableFuture<>();
        CompletableFuture<Long> treeShown = new CompletableFuture<>();
        try {
            // As DesktopApp does: view models while the toolkit starts, the view once it is up (while the JavaFX
            // thread loads the theme), shown there.
            AppWindow.Models models = AppWindow.models(root);
            long modelsReady = System.currentTimeMillis();
            long toolkitUp = toolkit.await();
            AppWindow.Prepared prepared = models.load();
            long windowPrepared = System.currentTimeMillis();
            Platform.runLater(() -> {
                Stage stage = new Stage();
                AppWindow window = prepared.show(stage);
                windowShown[0] = System.currentTimeMillis();
                new AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        // The first pulse after the window is showing is the first frame drawn.
                        if (stage.isShowing()) {
                            firstFrame.complete(System.currentTimeMillis());
                            stop();
                        }
                    }
                }.start();
                window.sandboxConnection().whenComplete((connection, failure) -> {
                    if (failure != null) {
                        treeShown.completeExceptionally(failure);
                    } else {
                        Platform.runLater(() -> watchForRuntimes(connection, treeShown));
                    }
                });
            });
            long frame = firstFrame.get(LIMIT_SECONDS, TimeUnit.SECONDS);
            long tree = treeShown.get(LIMIT_SECONDS, TimeUnit.SECONDS);
            out.printf("first frame after %d ms, sandbox tree after %d ms%n", frame - processStart, tree - processStart);
            // Where the time before the first frame went (the toolkit starts beside the composition root).
            out.printf("timeline (ms from process start): composition root ready %d, view models ready %d, toolkit up %d,"
                    + " main view loaded (theme, FXML) %d, window bound and shown %d, first frame drawn %d%n",
                    rootReady - processStart, modelsReady - processStart, toolkitUp - processStart,
                    windowPrepared - processStart, windowShown[0] - processStart, frame - processStart);
            return 0;
        } catch (TimeoutException e) {
            err.println(CommandLine.PROGRAM + ": smoke test failed: the sandbox tree did not show within " + LIMIT_SECONDS + " s");
            return 1;
        } catch (Exception e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            err.println(CommandLine.PROGRAM + ": smoke test failed: " + cause);
            return 1;
        } finally {
            root.close();
            Platform.exit();
        }
    }

    /** Polls once a pulse (cheap) until the first factory's runtime folder holds runtimes. */
    private static void watchForRuntimes(NavigationNode connection, CompletableFuture<Long> shown) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                NavigationNode node = connection;
                for (NavigationNode.Kind kind : new NavigationNode.Kind[] {NavigationNode.Kind.SUBSCRIPTION,
                        NavigationNode.Kind.FACTORY, NavigationNode.Kind.RUNTIMES}) {
                    NavigationNode parent = node;
                    node = parent.children().stream().filter(c -> c.kind() == kind).findFirst().orElse(null);
                    if (node == null) {
                        return;
                    }
                }
                if (node.children().stream().anyMatch(c -> c.kind() == NavigationNode.Kind.RUNTIME)) {
                    shown.complete(System.currentTimeMillis());
                    stop();
                }
            }
        }.start();
    }
}
