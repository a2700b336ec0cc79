package dev.adfconsole.ui.common;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The app's dialogs and side windows: owned by the window they come from and styled as it is (theme, app.css). */
public final class OwnedWindows {

    private OwnedWindows() {
    }

    /** A stage not yet shown, so callers can hook its shown/hidden events first. */
    public static Stage create(Window owner, Parent root, String title, boolean modal) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        if (modal) {
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(title);
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        return stage;
    }
}
