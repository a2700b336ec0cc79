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

    /** Must run on the JavaFX thread: the user-agent stylesheet is global to the toolkit. */
    public static void apply(Appearance appearance) {
        Application.setUserAgentStylesheet(themeFor(appearance).getUserAgentStylesheet());
    }
}
