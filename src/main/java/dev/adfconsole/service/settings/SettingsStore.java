package dev.adfconsole.service.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes {@code settings.json}. Writing goes through a temp file in the same folder and an atomic move,
 * so a crash mid-write leaves the previous file intact. A file that cannot be read is moved aside rather than
 * overwritten, so the user can still recover what was in it.
 */
public final class SettingsStore {

    /** What loading found: the settings to use and, when the file was bad, the one-time notice for the user. */
    public record Loaded(Settings settings, Optional<String> notice) {
    }

    /** Looked up when used: the first logger sets Logback up (0.2 s and more), which start-up leaves for after the first frame. */
    private static Logger log() {
        return LoggerFactory.getLogger(SettingsStore.class);
    }

    private final Path file;
    private final Clock clock;
    /** Made when first needed: a first start has no file to read, and Jackson's set-up is not needed before the first frame. */
    private ObjectMapper mapper;

    public SettingsStore(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    public Loaded load() {
        try {
            byte[] bytes = Files.readAllBytes(file);
            Settings settings = mapper().readValue(bytes, Settings.class);
            if (settings == null) {
                throw new IOException("the file holds JSON null");
            }
            return new Loaded(settings, Optional.empty());
        } catch (NoSuchFileException e) {
            return new Loaded(Settings.defaults(), Optional.empty());
        } catch (IOException | RuntimeException e) {
            return new Loaded(Settings.defaults(), Optional.of(setAside(e)));
        }
    }

    public void save(Settings settings) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), "settings-", ".tmp");
        try {
            mapper().writeValue(temp.toFile(), settings);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private synchronized ObjectMapper mapper() {
        if (mapper == null) {
            mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    // A newer version may have written fields this one does not know; they are dropped, not fatal.
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        }
        return mapper;
    }

    private String setAside(Exception cause) {
        Path aside = file.resolveSibling(file.getFileName() + ".bad-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(clock.instant()));
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : firstLine(cause.getMessage());
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            log().warn("Settings file {} could not be read ({}); kept it as {} and started with defaults", file, reason, aside);
            return "Your settings could not be read (" + reason + "). Defaults are in use; the old file was kept as "
                    + aside.getFileName() + " in " + aside.getParent() + ".";
        } catch (IOException moveFailed) {
            log().warn("Settings file {} could not be read ({}) nor moved aside", file, reason, moveFailed);
            return "Your settings in " + file + " could not be read (" + reason + "). Defaults are in use for this"
                    + " session; check the file's permissions.";
        }
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
