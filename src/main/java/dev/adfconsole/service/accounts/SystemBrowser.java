package dev.adfconsole.service.accounts;

import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Opens the sign-in page in the user's browser, and knows beforehand when it cannot: MSAL's own attempt fails as
 * root on Linux and without a desktop only after its timeout, so the app checks first and offers device code at once.
 */
public final class SystemBrowser {

    private final Map<String, String> env;
    private final String osName;
    private final boolean root;

    public SystemBrowser(Map<String, String> env, String osName, boolean root) {
        this.env = env;
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.root = root;
    }

    public static SystemBrowser forThisMachine() {
        return new SystemBrowser(System.getenv(), System.getProperty("os.name", ""), "root".equals(System.getProperty("user.name")));
    }

    /** Why no browser can be opened here, or empty when one can. */
    public Optional<String> whyNot() {
        if (!osName.startsWith("linux")) {
            return Optional.empty();
        }
        if (root) {
            return Optional.of("The app runs as root, and browsers refuse to start for root.");
        }
        if (isBlank(env.get("DISPLAY")) && isBlank(env.get("WAYLAND_DISPLAY"))) {
            return Optional.of("There is no desktop session (no DISPLAY or WAYLAND_DISPLAY) to open a browser in.");
        }
        if (!isBlank(env.get("SSH_CONNECTION")) && isBlank(env.get("DISPLAY"))) {
            return Optional.of("This is a remote session without a display.");
        }
        return Optional.empty();
    }

    public void open(URL url) {
        try {
            if (osName.startsWith("linux")) {
                new ProcessBuilder("xdg-open", url.toString()).inheritIO().start();
            } else if (java.awt.Desktop.isDesktopSupported()) {
                java.awt.Desktop.getDesktop().browse(url.toURI());
            } else {
                throw new IllegalStateException("no way to open a browser on " + osName);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot open the browser: " + e.getMessage(), e);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
