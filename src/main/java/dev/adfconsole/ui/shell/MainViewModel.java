package dev.adfconsole.ui.shell;

import dev.adfconsole.service.activity.ActivityEntry;
import dev.adfconsole.service.activity.ActivityLog;
import dev.adfconsole.service.settings.Appearance;
import dev.adfconsole.service.settings.Settings;
import dev.adfconsole.service.settings.SettingsService;
import dev.adfconsole.service.settings.WindowGeometry;
import dev.adfconsole.ui.common.UiExecutor;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the main window that is not a feature of its own: title, theme, status line, the notice banner and the
 * activity log. Changes the user makes here are remembered through {@link SettingsService}.
 */
public final class MainViewModel {

    public static final String TITLE = "ADF Console";
    static final String READY = "Ready";

    private final SettingsService settings;
    private final UiExecutor ui;
    private final AboutInfo about;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(TITLE);
    private final StringProperty status = new SimpleStringProperty(READY);
    private final StringProperty notice = new SimpleStringProperty();
    private final ObjectProperty<Appearance> appearance;
    private final BooleanProperty activityLogVisible;
    private final ObservableList<ActivityEntry> activity = FXCollections.observableArrayList();
    private final javafx.beans.property.IntegerProperty autoRefreshSeconds;
    private final ObjectProperty<java.time.Instant> lastAutoRefresh = new SimpleObjectProperty<>();
    private final BooleanProperty unprotectedTokenFile;

    public MainViewModel(SettingsService settings, ActivityLog activityLog, UiExecutor ui, AboutInfo about) {
        this.settings = settings;
        this.ui = ui;
        this.about = about;
        Settings initial = settings.current();
        this.appearance = new SimpleObjectProperty<>(initial.appearance());
        this.activityLogVisible = new SimpleBooleanProperty(initial.activityLogVisible());
        this.autoRefreshSeconds = new javafx.beans.property.SimpleIntegerProperty(initial.autoRefreshSeconds());
        this.unprotectedTokenFile = new SimpleBooleanProperty(initial.unprotectedTokenFile());
        settings.loadNotice().ifPresent(notice::set);
        activity.setAll(activityLog.entries());
        activityLog.addListener(entry -> ui.execute(() -> activity.add(entry)));
        appearance.addListener((obs, old, value) -> remember(s -> s.withAppearance(value)));
        activityLogVisible.addListener((obs, old, value) -> remember(s -> s.withActivityLogVisible(value)));
        autoRefreshSeconds.addListener((obs, old, value) -> remember(s -> s.withAutoRefreshSeconds(value.intValue())));
        unprotectedTokenFile.addListener((obs, old, value) -> remember(s -> s.withUnprotectedTokenFile(value)));
    }

    /** Seconds between refreshes of the status shown (0: off); remembered. */
    public javafx.beans.property.IntegerProperty autoRefreshSecondsProperty() {
        return autoRefreshSeconds;
    }

    /** Keep sign-ins in an owner-only file where no keyring exists (takes effect at the next start); remembered. */
    public BooleanProperty unprotectedTokenFileProperty() {
        return unprotectedTokenFile;
    }

    /** When the shown status was last refreshed automatically; the status bar says so. */
    public ObjectProperty<java.time.Instant> lastAutoRefreshProperty() {
        return lastAutoRefresh;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** A message the user should read once (a bad settings file, a failed save); null when there is none. */
    public StringProperty noticeProperty() {
        return notice;
    }

    public ObjectProperty<Appearance> appearanceProperty() {
        return appearance;
    }

    public BooleanProperty activityLogVisibleProperty() {
        return activityLogVisible;
    }

    public ObservableList<ActivityEntry> activity() {
        return activity;
    }

    public AboutInfo about() {
        return about;
    }

    public void toggleAppearance() {
        appearance.set(appearance.get() == Appearance.DARK ? Appearance.LIGHT : Appearance.DARK);
    }

    public void dismissNotice() {
        notice.set(null);
    }

    /** The window's last position, when it is worth restoring. */
    public Optional<WindowGeometry> savedGeometry() {
        return Optional.ofNullable(settings.current().window());
    }

    public double savedNavigationDivider() {
        return settings.current().navigationDivider();
    }

    public double savedActivityLogDivider() {
        return settings.current().activityLogDivider();
    }

    /** Called as the window closes, so the next start opens where this one ended. */
    public void rememberLayout(WindowGeometry geometry, double navigationDivider, double activityLogDivider) {
        remember(s -> s.withWindow(geometry).withDividers(navigationDivider, activityLogDivider));
    }

    private void remember(java.util.function.UnaryOperator<Settings> change) {
        settings.update(change).whenComplete((saved, failure) -> {
            if (failure != null) {
                ui.execute(() -> notice.set("Settings could not be saved: " + rootMessage(failure)
                        + ". Your changes apply to this session only."));
            }
        });
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
