package dev.adfconsole.ui.signin;

import dev.adfconsole.ui.common.FxmlFile;
import dev.adfconsole.ui.common.FxmlLoaderFactory;
import dev.adfconsole.ui.common.OwnedWindows;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the sign-in dialogs, owned by the main window; closing the sign-in cancels a sign-in still waiting. */
public final class SignInDialog {

    private SignInDialog() {
    }

    /** File › Clouds and client id…: owned by the main window, modal to it. */
    public static Stage openClouds(Window owner, CloudsViewModel model) {
        var view = FxmlLoaderFactory.loadWith(FxmlFile.CLOUDS, CloudsController.class, () -> new CloudsController(model));
        return show(owner, view.root(), "Clouds and client id");
    }

    private static Stage show(Window owner, javafx.scene.Parent root, String title) {
        Stage stage = OwnedWindows.create(owner, root, title, true);
        stage.show();
        return stage;
    }


    public static Stage open(Window owner, SignInViewModel model, SignInViewModel.Browser browser) {
        var view = FxmlLoaderFactory.loadWith(FxmlFile.SIGN_IN, SignInController.class, () -> new SignInController(model, browser));
        Stage stage = show(owner, view.root(), "Sign in");
        stage.setOnHidden(e -> model.cancel());
        return stage;
    }

}
