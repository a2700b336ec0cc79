package dev.adfconsole.ui.fleet;

import dev.adfconsole.ui.common.FxDialogService;
import dev.adfconsole.ui.common.FxUiExecutor;
import dev.adfconsole.ui.common.FxmlFile;
import dev.adfconsole.ui.common.FxmlLoaderFactory;
import dev.adfconsole.ui.common.OwnedWindows;
import dev.adfconsole.ui.fleet.FleetEntries.Row;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The stale-node window of a fleet view: its list follows the fleet's sweeps (refreshed when one ends). */
public final class StaleNodesWindow {

    private StaleNodesWindow() {
    }

    public static Stage open(Window owner, String title, FleetViewModel fleet) {
        Stage[] stage = new Stage[1];
        StaleNodesViewModel model = new StaleNodesViewModel(new FxUiExecutor(), new FxDialogService(() -> stage[0]),
                fleet.clock(), () -> fleet.rows().stream().map(Row::runtime).toList(), fleet.scope()::servicesFor);
        var view = FxmlLoaderFactory.loadWith(FxmlFile.STALE_NODES, StaleNodesController.class,
                () -> new StaleNodesController(model, fleet.clock()));
        stage[0] = OwnedWindows.create(owner, view.root(), title, false);
        javafx.beans.value.ChangeListener<Boolean> swept = (obs, was, running) -> {
            if (!running) {
                model.refresh();
            }
        };
        fleet.runningProperty().addListener(swept);
        stage[0].setOnHidden(e -> {
            fleet.runningProperty().removeListener(swept);
            model.cancel();
        });
        model.refresh();
        stage[0].show();
        return stage[0];
    }
}
