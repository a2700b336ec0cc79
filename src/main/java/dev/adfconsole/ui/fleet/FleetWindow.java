package dev.adfconsole.ui.fleet;

import dev.adfconsole.ui.common.FxmlFile;
import dev.adfconsole.ui.common.FxmlLoaderFactory;
import dev.adfconsole.ui.common.OwnedWindows;
import java.util.Map;
import java.util.function.Supplier;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The fleet view in a window of its own; it starts its sweep when opened and stops it when closed. */
public final class FleetWindow {

    private FleetWindow() {
    }

    public static Stage open(Window owner, FleetViewModel model, String title) {
        Map<Class<?>, Supplier<?>> controllers = Map.of(FleetController.class, () -> new FleetController(model));
        var view = new FxmlLoaderFactory(controllers).load(FxmlFile.FLEET, FleetController.class);
        Stage stage = OwnedWindows.create(owner, view.root(), title, false);
        stage.setOnHidden(e -> model.cancel());
        stage.show();
        model.sweep();
        return stage;
    }
}
