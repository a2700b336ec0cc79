package dev.adfconsole.ui.signin;

import dev.adfconsole.ui.common.FxmlFile;
import dev.adfconsole.ui.common.FxmlLoaderFactory;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the sign-in dialog, owned by the main window; closing it cancels a sign-in still waiting. */
public final class SignInDialog {

    private SignInDialog() {
    }

    public static Stage open(Window owner, SignInViewModel model, SignInViewModel.Browser browser) {
        Map<Class<?>, Supplier<?>> controllers = Map.of(SignInController.class, () -> new SignInController(model, browser));
        var view = new FxmlLoaderFactory(controllers).load(FxmlFile.SIGN_IN, SignInController.class);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Sign in");
        Scene scene = new Scene(view.root());
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setOnHidden(e -> model.cancel());
        stage.show();
        return stage;
    }
}
