package dev.adfconsole.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The start-up warm-up really reads the theme's binary stylesheet: if AtlantaFX renamed or dropped it, the warm-up
 * would silently do nothing and the JavaFX thread would pay the cold read again beside the main view's load.
 */
class ThemesTest {

    @Test
    void theWarmUpReadsTheThemesBinaryStylesheet() {
        assertThat(Themes.warmedRules()).as("rules read from primer-light.bss").isGreaterThan(500);
    }
}
