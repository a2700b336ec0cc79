package dev.adfconsole.service.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T09:15:30Z"), ZoneOffset.UTC);

    @TempDir
    Path home;

    @Test
    void firstStartUsesDefaultsWithoutNotice() {
        SettingsStore.Loaded loaded = new SettingsStore(home.resolve("settings.json"), CLOCK).load();

        assertThat(loaded.settings()).isEqualTo(Settings.defaults());
        assertThat(loaded.notice()).isEmpty();
    }

    @Test
    void savedSettingsComeBackOnNextStart() throws IOException {
        SettingsStore store = new SettingsStore(home.resolve("settings.json"), CLOCK);
        Settings settings = Settings.defaults().withAppearance(Appearance.DARK)
                .withWindow(new WindowGeometry(40, 50, 1100, 700, true)).withDividers(0.3, 0.6).withActivityLogVisible(false);

        store.save(settings);

        assertThat(new SettingsStore(home.resolve("settings.json"), CLOCK).load().settings()).isEqualTo(settings);
        try (Stream<Path> files = Files.list(home)) {
            assertThat(files).as("no temp file left behind").containsExactly(home.resolve("settings.json"));
        }
    }

    @Test
    void theWatchListComesBackOnNextStart() throws IOException {
        SettingsStore store = new SettingsStore(home.resolve("settings.json"), CLOCK);
        Settings settings = Settings.defaults().withWatchList(java.util.List.of(
                new WatchedItem("Sandbox (local)", null, "sub", "rg", "adf-sales", "shir-onprem-sql"),
                new WatchedItem("me@contoso · Azure", "tenant-2", "sub2", "rg2", "adf-finance", null)));

        store.save(settings);

        Settings loaded = new SettingsStore(home.resolve("settings.json"), CLOCK).load().settings();
        assertThat(loaded.watchList()).isEqualTo(settings.watchList());
        assertThat(loaded.watchList().get(1).isRuntime()).as("a factory: its failed runs").isFalse();
    }

    @Test
    void corruptFileIsKeptAsideDefaultsAreUsedAndTheUserIsToldOnce() throws IOException {
        Path file = home.resolve("settings.json");
        Files.writeString(file, "{\"appearance\": \"DARK\", \"window\": {");

        SettingsStore.Loaded first = new SettingsStore(file, CLOCK).load();

        Path aside = home.resolve("settings.json.bad-20261125-091530");
        assertThat(first.settings()).isEqualTo(Settings.defaults());
        assertThat(first.notice()).get().asString()
                .contains("could not be read").contains("settings.json.bad-20261125-091530").contains(home.toString());
        assertThat(aside).hasContent("{\"appearance\": \"DARK\", \"window\": {");
        assertThat(file).doesNotExist();

        SettingsStore.Loaded second = new SettingsStore(file, CLOCK).load();
        assertThat(second.notice()).as("told once, not at every start").isEmpty();
    }

    @Test
    void autoRefreshIsOffOrBetweenTenSecondsAndAnHourAndComesBack() throws IOException {
        assertThat(Settings.defaults().autoRefreshSeconds()).isEqualTo(30);
        assertThat(Settings.defaults().withAutoRefreshSeconds(0).autoRefreshSeconds()).as("off").isZero();
        assertThat(Settings.defaults().withAutoRefreshSeconds(2).autoRefreshSeconds()).as("too eager").isEqualTo(30);
        assertThat(Settings.defaults().withAutoRefreshSeconds(86_400).autoRefreshSeconds()).isEqualTo(30);

        SettingsStore store = new SettingsStore(home.resolve("settings.json"), CLOCK);
        store.save(Settings.defaults().withAutoRefreshSeconds(300));
        assertThat(store.load().settings().autoRefreshSeconds()).isEqualTo(300);
    }

    @Test
    void wrongTypesAreTreatedAsCorrupt() throws IOException {
        Path file = home.resolve("settings.json");
        Files.writeString(file, "[1, 2, 3]");

        SettingsStore.Loaded loaded = new SettingsStore(file, CLOCK).load();

        assertThat(loaded.notice()).isPresent();
        assertThat(loaded.settings()).isEqualTo(Settings.defaults());
    }

    @Test
    void unknownFieldsFromANewerVersionAndUnusableGeometryAreTolerated() throws IOException {
        Path file = home.resolve("settings.json");
        Files.writeString(file, """
                {"appearance": "DARK", "futureOption": 42,
                 "window": {"x": 10, "y": 10, "width": 3, "height": 2, "maximized": false},
                 "navigationDivider": 7.5}
                """);

        SettingsStore.Loaded loaded = new SettingsStore(file, CLOCK).load();

        assertThat(loaded.notice()).isEmpty();
        assertThat(loaded.settings().appearance()).isEqualTo(Appearance.DARK);
        assertThat(loaded.settings().window()).as("a 3×2 window would be invisible").isNull();
        assertThat(loaded.settings().navigationDivider()).isEqualTo(Settings.DEFAULT_NAVIGATION_DIVIDER);
    }
}
