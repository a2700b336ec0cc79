package dev.adfconsole.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Theme;
import dev.adfconsole.service.settings.Appearance;
import javafx.application.Application;

/** Maps the user's appearance choice to AtlantaFX's Primer themes and applies it to every window at once. */
public final class Themes {

    private Themes() {
    }

    public static Theme themeFor(Appearance appearance) {
        return appearance == Appearance.DARK ? new PrimerDark() : new PrimerLight();
    }

    /**
     * The user-agent stylesheet is global to the toolkit. Called off the JavaFX thread (once the toolkit is up), the
     * choice is in place at once for controls made from then on, and JavaFX loads the stylesheet on its own thread.
     */
    public static void apply(Appearance appearance) {
        Application.setUserAgentStylesheet(themeFor(appearance).getUserAgentStylesheet());
    }

    /**
     * Reads the light theme's binary stylesheet once and parses a line of inline style, and throws both away. Neither
     * needs the toolkit, so the launcher runs this while the toolkit starts, when a core is idle: the stylesheet
     * reader's and the CSS parser's classes are then initialised and their hot code compiled, and the JavaFX thread's
     * own load of the theme (beside the main view's FXML) and its parse of each icon's inline style (in the first CSS
     * pass) find them ready. A cold read of the theme takes ~30 ms here, a warm one ~3 ms. Best effort.
     */
    public static void warmUp() {
        warmedRules();
    }

    /** The warm-up's work; returns how many rules the theme's binary stylesheet had (0 if it was not found). */
    static int warmedRules() {
        String css = new PrimerLight().getUserAgentStylesheet();
        java.net.URL binary = Themes.class.getResource(css.substring(0, css.length() - ".css".length()) + ".bss");
        try {
            new javafx.css.CssParser().parse("* { -fx-font-family: 'Material Icons'; -fx-font-size: 16px; }");
            return binary == null ? 0 : javafx.css.Stylesheet.loadBinary(binary).getRules().size();
        } catch (java.io.IOException | RuntimeException | LinkageError e) {
            return 0; // nothing lost but the head start
        }
    }
}
