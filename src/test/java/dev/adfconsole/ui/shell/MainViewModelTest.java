package dev.adfconsole.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.service.activity.ActivityEntry;
import dev.adfconsole.service.activity.ActivityLog;
import dev.adfconsole.service.settings.Appearance;
import dev.adfconsole.service.settings.Settings;
import dev.adfconsole.service.settings.SettingsService;
import dev.adfconsole.service.settings.SettingsStore;
import dev.adfconsole.service.settings.WindowGeometry;
import dev.adfconsole.ui.common.UiExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main window's state, without any window: what the user would see change, and what the next start remembers. */
class MainViewModelTest {

    @TempDir
    Path home;

    private final ActivityLog activityLog = new ActivityLog(100);

    @Test
    void opensWithTitleReadyStatusAndTheRememberedTheme() throws IOException {
        new SettingsStore(settingsFile(), Clock.systemUTC()).save(Settings.defaults().withAppearance(Appearance.DARK));

        MainViewModel model = model(service());

        assertThat(model.titleProperty().get()).isEqualTo("ADF Console");
        assertThat(model.statusProperty().get()).isEqualTo("Ready");
        assertThat(model.appearanceProperty().get()).isEqualTo(Appearance.DARK);
        assertThat(model.noticeProperty().get()).isNull();
    }

    @Test
    void themeAndActivityLogChoicesSurviveARestart() {
        SettingsService settings = service();
        MainViewModel model = model(settings);

        model.toggleAppearance();
        model.activityLogVisibleProperty().set(false);
        settings.close();

        MainViewModel restarted = model(service());
        assertThat(restarted.appearanceProperty().get()).isEqualTo(Appearance.DARK);
        assertThat(restarted.activityLogVisibleProperty().get()).isFalse();
    }

    @Test
    void layoutRememberedAtCloseIsOfferedAtNextStart() {
        SettingsService settings = service();
        model(settings).rememberLayout(new WindowGeometry(120, 80, 1024, 700, false), 0.35, 0.7);
        settings.close();

        MainViewModel restarted = model(service());
        assertThat(restarted.savedGeometry()).contains(new WindowGeometry(120, 80, 1024, 700, false));
        assertThat(restarted.savedNavigationDivider()).isEqualTo(0.35);
        assertThat(restarted.savedActivityLogDivider()).isEqualTo(0.7);
    }

    @Test
    void corruptSettingsAreReportedOnceInTheNoticeBar() throws IOException {
        Files.createDirectories(home);
        Files.writeString(settingsFile(), "not json");

        MainViewModel model = model(service());
        assertThat(model.noticeProperty().get()).contains("could not be read").contains("settings.json.bad-");
        model.dismissNotice();
        assertThat(model.noticeProperty().get()).isNull();

        assertThat(model(service()).noticeProperty().get()).as("not again at the next start").isNull();
    }

    @Test
    void aFailedSaveTellsTheUserTheChangeLastsThisSessionOnly() throws IOException {
        // A file where the settings folder should be makes every write fail.
        Path blocked = home.resolve("blocked");
        Files.writeString(blocked, "");
        SettingsService settings = new SettingsService(new SettingsStore(blocked.resolve("settings.json"), Clock.systemUTC()));
        MainViewModel model = model(settings);

        model.toggleAppearance();
        settings.close();

        assertThat(model.appearanceProperty().get()).isEqualTo(Appearance.DARK);
        assertThat(model.noticeProperty().get()).startsWith("Settings could not be saved").contains("this session only");
    }

    @Test
    void actionsRecordedByServicesAppearInTheActivityLog() {
        activityLog.record(entry("Start", "adf-sales/ssis-ir"));
        MainViewModel model = model(service());

        activityLog.record(entry("Regenerate key1", "adf-sales/shir-onprem"));

        assertThat(model.activity()).extracting(ActivityEntry::action).containsExactly("Start", "Regenerate key1");
    }

    @Test
    void resultsReachTheListOnlyThroughTheUiExecutor() {
        java.util.List<Runnable> queued = new java.util.ArrayList<>();
        MainViewModel model = new MainViewModel(service(), activityLog, queued::add, about());

        activityLog.record(entry("Stop", "adf-sales/ssis-ir"));
        assertThat(model.activity()).as("not yet on the UI thread").isEmpty();

        queued.forEach(Runnable::run);
        assertThat(model.activity()).hasSize(1);
    }

    private static ActivityEntry entry(String action, String target) {
        return new ActivityEntry(Instant.parse("2026-11-25T10:00:00Z"), action, target, ActivityEntry.Outcome.SUCCEEDED,
                null, Duration.ofMillis(850), "c0ffee00-0000-0000-0000-000000000001");
    }

    private MainViewModel model(SettingsService settings) {
        return new MainViewModel(settings, activityLog, UiExecutor.direct(), about());
    }

    private AboutInfo about() {
        return new AboutInfo("test", settingsFile(), home.resolve("logs"));
    }

    private SettingsService service() {
        return new SettingsService(new SettingsStore(settingsFile(), Clock.systemUTC()));
    }

    private Path settingsFile() {
        return home.resolve("settings.json");
    }
}
