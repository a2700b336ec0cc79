package dev.adfconsole.ui.shell;

import java.nio.file.Path;

/** What Help › About tells: the version and where the app keeps its files (the first thing support asks). */
public record AboutInfo(String version, Path settingsFile, Path logDirectory) {

    public String text() {
        return "ADF Console " + version + "\n\n"
                + "Settings: " + settingsFile + "\n"
                + "Logs: " + logDirectory + "\n\n"
                + "Java " + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.version", "?");
    }
}
