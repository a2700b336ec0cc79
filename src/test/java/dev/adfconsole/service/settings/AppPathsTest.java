package dev.adfconsole.service.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppPathsTest {

    private static final Path USER_HOME = Path.of("/home/ops");

    @Test
    void linuxUsesXdgConfigHome() {
        AppPaths paths = AppPaths.detect(Map.of("XDG_CONFIG_HOME", "/cfg"), "Linux", USER_HOME);

        assertThat(paths.settingsFile()).isEqualTo(Path.of("/cfg/adf-console/settings.json"));
        assertThat(paths.logDirectory()).isEqualTo(Path.of("/cfg/adf-console/logs"));
    }

    @Test
    void linuxFallsBackToDotConfigWhenXdgIsUnsetOrRelative() {
        assertThat(AppPaths.detect(Map.of(), "Linux", USER_HOME).home()).isEqualTo(Path.of("/home/ops/.config/adf-console"));
        assertThat(AppPaths.detect(Map.of("XDG_CONFIG_HOME", "cfg"), "Linux", USER_HOME).home())
                .isEqualTo(Path.of("/home/ops/.config/adf-console"));
    }

    @Test
    void windowsUsesAppData() {
        AppPaths paths = AppPaths.detect(Map.of("APPDATA", "/users/ops/AppData/Roaming"), "Windows 11", USER_HOME);

        assertThat(paths.home()).isEqualTo(Path.of("/users/ops/AppData/Roaming/adf-console"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(AppPaths.detect(Map.of(), "Mac OS X", USER_HOME).home())
                .isEqualTo(Path.of("/home/ops/Library/Application Support/adf-console"));
    }

    @Test
    void adfConsoleHomeOverridesEveryPlatform() {
        Map<String, String> env = Map.of("ADF_CONSOLE_HOME", "/tmp/portable", "XDG_CONFIG_HOME", "/cfg");

        assertThat(AppPaths.detect(env, "Linux", USER_HOME).home()).isEqualTo(Path.of("/tmp/portable"));
        assertThat(AppPaths.detect(env, "Windows 10", USER_HOME).home()).isEqualTo(Path.of("/tmp/portable"));
    }
}
