package dev.adfconsole.ui.runs;

import dev.adfconsole.service.runs.FactoryRun;
import dev.adfconsole.ui.common.FxmlFile;
import dev.adfconsole.ui.common.FxmlLoaderFactory;
import dev.adfconsole.ui.common.OwnedWindows;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/** The runs monitor's window (one per scope), refreshing runs still going every 10 s while it is open. */
public final class RunsMonitorWindow {

    /** As the single-factory monitor: often enough to follow a run, light on ARM's read bucket. */
    static final Duration LIVE_REFRESH = Duration.seconds(10);

    private RunsMonitorWindow() {
    }

    public static Stage open(Window owner, RunsMonitorViewModel model, Consumer<List<FactoryRun>> bulkRerun) {
        var view = FxmlLoaderFactory.loadWith(FxmlFile.RUNS_MONITOR, RunsMonitorController.class,
                () -> new RunsMonitorController(model, bulkRerun));
        Stage stage = OwnedWindows.create(owner, view.root(), "Runs · " + model.title(), false);
        Timeline live = new Timeline(new KeyFrame(LIVE_REFRESH, e -> {
            if (!stage.isIconified()) {
                model.refreshInProgress();
            }
        }));
        live.setCycleCount(Timeline.INDEFINITE);
        stage.setOnShown(e -> live.play());
        stage.setOnHidden(e -> {
            live.stop();
            model.cancel();
        });
        stage.show();
        model.search();
        return stage;
    }
}
