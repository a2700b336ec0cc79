package dev.adfconsole.app;

import dev.adfconsole.service.settings.AppPaths;
import dev.adfconsole.ui.common.FxUiExecutor;
import dev.adfconsole.ui.shell.MainViewModel;
import dev.adfconsole.ui.shell.MainWindow;
import java.nio.file.Path;
import java.time.Clock;
import javafx.stage.Stage;

/** The app wired by its real composition root, opened on a given stage with its own settings folder. */
public final class TestApp implements AutoCloseable {

    private final Path home;
    private final CompositionRoot root;

    private TestApp(Path home, CompositionRoot root) {
        this.home = home;
        this.root = root;
    }

    /** Must run on the JavaFX thread. */
    public static TestApp open(Path home, Stage stage) {
        CompositionRoot root = new CompositionRoot(new AppPaths(home), "test", Clock.systemDefaultZone());
        MainViewModel model = root.mainViewModel(new FxUiExecutor());
        MainWindow.show(stage, root.fxmlLoaders(model), model);
        return new TestApp(home, root);
    }

    public Path home() {
        return home;
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
