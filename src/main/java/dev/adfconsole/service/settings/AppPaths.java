package dev.adfconsole.service.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the app keeps its settings and logs: the platform's per-user config folder, or {@code ADF_CONSOLE_HOME}
 * when set (tests and portable installs use it so they never touch the user's real folder).
 */
public record AppPaths(Path home) {

    public static final String HOME_VARIABLE = "ADF_CONSOLE_HOME";
    private static final String APP_FOLDER = "adf-console";

    /** The folder for this machine, from the OS name, the environment and the user's home. */
    public static AppPaths detect(Map<String, String> env, String osName, Path userHome) {
        String override = env.get(HOME_VARIABLE);
        if (override != null && !override.isBlank()) {
            return new AppPaths(Path.of(override).toAbsolutePath());
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : userHome.resolve("AppData/Roaming");
            return new AppPaths(base.resolve(APP_FOLDER));
        }
        if (os.startsWith("mac")) {
            return new AppPaths(userHome.resolve("Library/Application Support").resolve(APP_FOLDER));
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : userHome.resolve(".config");
        return new AppPaths(base.resolve(APP_FOLDER));
    }

    public static AppPaths forThisMachine() {
        return forEnvironment(System.getenv());
    }

    /** The folder for this machine as a process with this environment finds it (the commands take theirs). */
    public static AppPaths forEnvironment(Map<String, String> env) {
        return detect(env, System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    public Path settingsFile() {
        return home.resolve("settings.json");
    }

    /** The actions of past sessions, one JSON line each. */
    public Path activityLogFile() {
        return home.resolve("activity-log.jsonl");
    }

    /** The last fleet sweep per scope, shown at once the next time that fleet view opens. */
    public Path fleetCacheDirectory() {
        return home.resolve("fleet-cache");
    }

    /** What ARM last reported as left in each subscription's buckets, for the next client (no token in it). */
    public Path armLimitsFile() {
        return home.resolve("arm-limits.json");
    }

    public Path logDirectory() {
        return home.resolve("logs");
    }
}
