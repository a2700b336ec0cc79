package dev.adfconsole.testing;

import dev.adfconsole.ui.common.ClipboardAccess;

/** A clipboard for view-model tests. */
public final class MemoryClipboard implements ClipboardAccess {

    private volatile String text;

    @Override
    public void putText(String value) {
        text = value;
    }

    @Override
    public String text() {
        return text;
    }
}
