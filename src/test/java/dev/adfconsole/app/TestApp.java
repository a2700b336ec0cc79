package dev.adfconsole.app;

import java.nio.file.Path;
import java.time.Clock;
import javafx.stage.Stage;

/** The app wired by its real composition root, opened on a given stage with its own settings folder. */
public final class TestApp implements AutoCloseable {

    private final Path home;
    private final CompositionRoot root;
    private final AppWindow window;

    private TestApp(Path home, CompositionRoot root, AppWindow window) {
        this.home = home;
        this.root = root;
        this.window = window;
    }

    /** Must run on the JavaFX thread. */
    public static TestApp open(Path home, Stage stage) {
        return open(home, stage, root -> { });
    }

    /** {@code before} gets the composition root before the window opens (e.g. to add a command-line endpoint). */
    public static TestApp open(Path home, Stage stage, java.util.function.Consumer<CompositionRoot> before) {
        CompositionRoot root = new CompositionRoot(new dev.adfconsole.service.settings.AppPaths(home), "test", Clock.systemDefaultZone());
        before.accept(root);
        return new TestApp(home, root, AppWindow.open(root, stage));
    }

    /** With the window's sandbox set up differently, e.g. with short-lived tokens. */
    public static TestApp openWithSandbox(Path home, Stage stage, java.util.function.UnaryOperator<dev.adfconsole.sandbox.SandboxOptions> sandbox) {
        CompositionRoot root = new CompositionRoot(new dev.adfconsole.service.settings.AppPaths(home), "test",
                Clock.systemDefaultZone(), sandbox.apply(CompositionRoot.DEFAULT_SANDBOX));
        return new TestApp(home, root, AppWindow.open(root, stage));
    }

    /** The sandbox the window connected to (after {@code window().sandboxConnection()} completed). */
    public dev.adfconsole.sandbox.SandboxServer sandbox() {
        return root.sandbox().orElseThrow();
    }

    public Path home() {
        return home;
    }

    public AppWindow window() {
        return window;
    }

    /** Waits until every settings change made so far is on disk. */
    public void flushSettings() {
        root.settings().update(s -> s).join();
    }

    @Override
    public void close() {
        root.close();
    }
}
