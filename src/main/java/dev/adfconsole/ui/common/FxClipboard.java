package dev.adfconsole.ui.common;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** The system clipboard; must be used on the FX thread. */
public final class FxClipboard implements ClipboardAccess {

    @Override
    public void putText(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    @Override
    public String text() {
        return Clipboard.getSystemClipboard().getString();
    }
}
