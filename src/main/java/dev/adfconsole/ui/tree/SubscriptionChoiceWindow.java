package dev.adfconsole.ui.tree;

import dev.adfconsole.ui.common.FxmlFile;
import dev.adfconsole.ui.common.FxmlLoaderFactory;
import dev.adfconsole.ui.common.OwnedWindows;
import javafx.stage.Stage;
import javafx.stage.Window;

/** "Choose subscriptions…": a dialog owned by the main window, modal to it; it reads the subscriptions when opened. */
public final class SubscriptionChoiceWindow {

    private SubscriptionChoiceWindow() {
    }

    public static Stage open(Window owner, SubscriptionChoiceViewModel model) {
        var view = FxmlLoaderFactory.loadWith(FxmlFile.CHOOSE_SUBSCRIPTIONS, SubscriptionChoiceController.class, () -> new SubscriptionChoiceController(model));
        Stage stage = OwnedWindows.create(owner, view.root(), "Choose subscriptions", true);
        stage.show();
        model.load();
        return stage;
    }
}
