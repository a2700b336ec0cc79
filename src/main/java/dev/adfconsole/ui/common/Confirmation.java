package dev.adfconsole.ui.common;

/**
 * What a destructive action asks before it runs.
 *
 * @param actionLabel the confirm button's text, a verb ("Delete node"), never "OK"
 * @param typeToConfirm when not null, the user must type this text (the resource's name) to enable the button, as the
 *                      Azure Portal does for deletes
 */
public record Confirmation(String title, String message, String actionLabel, String typeToConfirm) {
}
