package dev.adfconsole.ui.fleet;

import dev.adfconsole.service.RuntimeRef;
import dev.adfconsole.service.inventory.FleetCache;
import dev.adfconsole.ui.common.FxUiExecutor;
import dev.adfconsole.ui.common.FxUiTimer;
import dev.adfconsole.ui.common.FxmlFile;
import dev.adfconsole.ui.common.FxmlLoaderFactory;
import dev.adfconsole.ui.common.OwnedWindows;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens fleet views in windows of their own; each shows its cached sweep, starts a new one, and stops it when closed. */
public final class FleetWindow {

    private final Clock clock;
    private final FleetCache cache;

    public FleetWindow(Clock clock, FleetCache cache) {
        this.clock = clock;
        this.cache = cache;
    }

    public Stage open(Window owner, String title, FleetViewModel.Scope scope, Consumer<RuntimeRef> reveal) {
        FleetViewModel model = new FleetViewModel(new FxUiExecutor(), new FxUiTimer(), clock, cache, scope, reveal);
        Stage stage = show(owner, title, model);
        model.open();
        return stage;
    }

    /** The window for a view model made elsewhere (the benchmark's); the caller starts its sweep. */
    public static Stage show(Window owner, String title, FleetViewModel model) {
        var view = FxmlLoaderFactory.loadWith(FxmlFile.FLEET, FleetController.class, () -> new FleetController(model));
        Stage stage = OwnedWindows.create(owner, view.root(), title, false);
        view.controller().primeRows(view.root().prefWidth(-1), view.root().prefHeight(-1));
        stage.setOnHidden(e -> model.cancel());
        placeOnScreen(stage, owner, view.root().prefWidth(-1), view.root().prefHeight(-1));
        stage.show();
        view.controller().focusTable();
        return stage;
    }

    /**
     * Centred on its owner, but never larger than the owner's screen nor partly off it: centring a 1280-pixel window
     * on a smaller owner put its left edge off-screen (and made Monocle's headless screen overflow in tests).
     */
    private static void placeOnScreen(Stage stage, Window owner, double width, double height) {
        if (owner == null || Double.isNaN(owner.getX())) {
            return;
        }
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getScreensForRectangle(owner.getX(), owner.getY(),
                Math.max(1, owner.getWidth()), Math.max(1, owner.getHeight())).stream().findFirst()
                .orElse(javafx.stage.Screen.getPrimary()).getVisualBounds();
        double w = Math.min(width, screen.getWidth());
        double h = Math.min(height, screen.getHeight());
        stage.setWidth(w);
        stage.setHeight(h);
        stage.setX(Math.max(screen.getMinX(), Math.min(owner.getX() + (owner.getWidth() - w) / 2, screen.getMaxX() - w)));
        stage.setY(Math.max(screen.getMinY(), Math.min(owner.getY() + (owner.getHeight() - h) / 2, screen.getMaxY() - h)));
    }
}
