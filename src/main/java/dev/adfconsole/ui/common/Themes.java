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
}
