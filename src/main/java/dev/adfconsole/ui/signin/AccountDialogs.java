package dev.adfconsole.ui.signin;

import javafx.stage.Window;

/** What the File menu opens for accounts; the app wires both to its services. */
public interface AccountDialogs {

    void signIn(Window owner);

    void clouds(Window owner);
}
