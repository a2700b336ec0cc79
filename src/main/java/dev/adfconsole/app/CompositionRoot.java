package dev.adfconsole.app;

import dev.adfconsole.service.activity.ActivityLog;
import dev.adfconsole.service.settings.AppPaths;
import dev.adfconsole.service.settings.SettingsService;
import dev.adfconsole.service.settings.SettingsStore;
import dev.adfconsole.ui.common.FxmlLoaderFactory;
import dev.adfconsole.ui.common.UiExecutor;
import dev.adfconsole.ui.shell.AboutInfo;
import dev.adfconsole.ui.shell.MainViewModel;
import dev.adfconsole.ui.shell.MainWindowController;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one place the object graph is built, by constructor. Nothing else creates services or view models, and
 * nothing reaches them through statics: what a part needs is handed to it here.
 */
public final class CompositionRoot implements AutoCloseable {

    private static final int ACTIVITY_LOG_CAPACITY = 5_000;

    private final AppPaths paths;
    private final String version;
    private final SettingsService settings;
    private final ActivityLog activityLog = new ActivityLog(ACTIVITY_LOG_CAPACITY);

    public CompositionRoot(AppPaths paths, String version, Clock clock) {
        this.paths = paths;
        this.version = version;
        this.settings = new SettingsService(new SettingsStore(paths.settingsFile(), clock));
    }

    public SettingsService settings() {
        return settings;
    }

    public ActivityLog activityLog() {
        return activityLog;
    }

    public MainViewModel mainViewModel(UiExecutor ui) {
        return new MainViewModel(settings, activityLog, ui,
                new AboutInfo(version, paths.settingsFile(), paths.logDirectory()));
    }

    /** The FXML loader for views whose controllers take these view models. */
    public FxmlLoaderFactory fxmlLoaders(MainViewModel main) {
        Map<Class<?>, Supplier<?>> controllers = Map.of(MainWindowController.class, () -> new MainWindowController(main));
        return new FxmlLoaderFactory(controllers);
    }

    /** Waits for pending settings writes; called once the window is gone. */
    @Override
    public void close() {
        settings.close();
    }
}
