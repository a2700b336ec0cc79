package dev.adfconsole.ui.tree;

import dev.adfconsole.ui.common.FxmlFile;
import dev.adfconsole.ui.common.FxmlLoaderFactory;
import dev.adfconsole.ui.common.OwnedWindows;
import java.util.Map;
import java.util.function.Supplier;
import javafx.stage.Stage;
import javafx.stage.Window;

/** "Choose subscriptions…": a dialog owned by the main window, modal to it; it reads the subscriptions when opened. */
public final class SubscriptionChoiceWindow {

    private SubscriptionChoiceWindow() {
    }

    public static Stage open(Window owner, SubscriptionChoiceViewModel model) {
        Map<Class<?>, Supplier<?>> controllers = Map.of(SubscriptionChoiceController.class, () -> new SubscriptionChoiceController(model));
        var view = new FxmlLoaderFactory(controllers).load(FxmlFile.CHOOSE_SUBSCRIPTIONS, SubscriptionChoiceController.class);
        Stage stage = OwnedWindows.create(owner, view.root(), "Choose subscriptions", true);
        stage.show();
        model.load();
        return stage;
    }
}
