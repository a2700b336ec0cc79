package dev.adfconsole.ui.common;

import java.util.Collection;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;

/**
 * Tooltips made from controls' accessible help, once the window's first frame is drawn. A tooltip is a popup window
 * of its own, and making ten of them was a measurable part of the main window's first frame; the words stay in the
 * FXML (as {@code accessibleHelp}), so a screen reader has them from the first frame on and the mouse a moment later.
 */
public final class HelpTooltips {

    private HelpTooltips() {
    }

    /** Gives every control among {@code nodes} that has help text and no tooltip yet a tooltip with that text. */
    public static void install(Collection<? extends Node> nodes) {
        for (Node node : nodes) {
            if (node instanceof Control control && control.getTooltip() == null) {
                String help = control.getAccessibleHelp();
                if (help != null && !help.isBlank()) {
                    control.setTooltip(new Tooltip(help));
                }
            }
        }
    }
}
