package dev.adfconsole.service.settings;

/** The colour scheme the user picked; the UI maps it to an AtlantaFX theme. */
public enum Appearance {
    LIGHT, DARK
}
