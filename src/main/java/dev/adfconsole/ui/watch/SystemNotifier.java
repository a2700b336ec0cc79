package dev.adfconsole.ui.watch;

import java.awt.GraphicsEnvironment;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop's own notifications, where it offers them: on Windows and macOS a tray icon's balloon when the desktop
 * has a system tray (clicking it opens the notification, as the popup does); on Linux, and elsewhere without a tray,
 * {@code notify-send} where it is installed (the desktop shows it; opening is from the app's notification area);
 * else none, and the app says why. Detected once,
 * off the JavaFX thread: AWT's start-up and the tray check may take a moment.
 */
public final class SystemNotifier {

    /** Looked up when used: the first logger sets Logback up (0.2 s and more), which start-up leaves for after the first frame. */
    private static Logger log() {
        return LoggerFactory.getLogger(SystemNotifier.class);
    }

    /** How notifications reach the desktop. */
    public enum Kind { TRAY, NOTIFY_SEND, NONE }

    private final Kind kind;
    private final String description;
    private final TrayIcon tray;
    private final Path notifySend;

    private SystemNotifier(Kind kind, String description, TrayIcon tray, Path notifySend) {
        this.kind = kind;
        this.description = description;
        this.tray = tray;
        this.notifySend = notifySend;
    }

    /** {@code onClick} runs on the AWT thread when the tray balloon or icon is clicked. */
    public static CompletableFuture<SystemNotifier> detect(Runnable onClick) {
        return CompletableFuture.supplyAsync(() -> {
            if ("Monocle".equalsIgnoreCase(System.getProperty("glass.platform"))) {
                return none("no desktop (headless JavaFX)");
            }
            try {
                // Not on Linux: with AWT's X toolkit running beside JavaFX's GTK, the end of the desktop session
                // under the app (logout, the X server gone) crashed the JVM (SIGSEGV in AWT's XEventsQueued, exit
                // code 134, an hs_err file left behind) where GTK alone ends the app. notify-send is the Linux
                // desktops' own way anyway.
                if (usesAwtTray(System.getProperty("os.name", "")) && !GraphicsEnvironment.isHeadless()
                        && SystemTray.isSupported()) {
                    TrayIcon icon = new TrayIcon(image(), "ADF Console");
                    icon.setImageAutoSize(true);
                    icon.addActionListener(e -> onClick.run());
                    SystemTray.getSystemTray().add(icon);
                    return new SystemNotifier(Kind.TRAY, "the system tray (clicking the message opens it)", icon, null);
                }
            } catch (Exception | Error e) {
                log().info("No system tray: {}", e.toString());
            }
            Path notifySend = onPath("notify-send");
            if (notifySend != null) {
                return new SystemNotifier(Kind.NOTIFY_SEND, "notify-send (open it from the app's notification area)", null, notifySend);
            }
            return none("this desktop has no system tray and no notify-send");
        });
    }

    /** Whether the system tray is asked through AWT on this OS: on Windows and macOS, not on Linux (see above). */
    static boolean usesAwtTray(String osName) {
        return !osName.toLowerCase(java.util.Locale.ROOT).contains("linux");
    }

    public static SystemNotifier none(String why) {
        return new SystemNotifier(Kind.NONE, "none: " + why, null, null);
    }

    public Kind kind() {
        return kind;
    }

    /** For the notification area: where desktop notifications go, or why there are none. */
    public String description() {
        return description;
    }

    /** Shows one; never throws, never blocks the caller (notify-send runs as its own process). */
    public void show(String title, String text) {
        try {
            if (tray != null) {
                tray.displayMessage(title, text, TrayIcon.MessageType.WARNING);
            } else if (notifySend != null) {
                new ProcessBuilder(notifySend.toString(), "--app-name=ADF Console", "--urgency=critical", title, text)
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            }
        } catch (Exception e) {
            log().info("The desktop notification could not be shown: {}", e.toString());
        }
    }

    public void close() {
        if (tray != null) {
            SystemTray.getSystemTray().remove(tray);
        }
    }

    private static Path onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** A plain amber square: the tray needs some image, and the app ships no icon file yet. */
    private static BufferedImage image() {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setColor(new java.awt.Color(0xE3, 0x9B, 0x1B));
        g.fillRoundRect(1, 1, 14, 14, 4, 4);
        g.dispose();
        return image;
    }
}
