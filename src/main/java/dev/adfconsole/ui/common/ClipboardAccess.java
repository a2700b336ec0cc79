package dev.adfconsole.ui.common;

/** The system clipboard's text, behind an interface so view models copy secrets and clear them again testably. */
public interface ClipboardAccess {

    void putText(String text);

    /** The clipboard's text now, or null. */
    String text();
}
