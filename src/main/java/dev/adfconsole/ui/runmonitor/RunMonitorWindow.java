package dev.adfconsole.ui.runmonitor;

import dev.adfconsole.ui.common.FxmlFile;
import dev.adfconsole.ui.common.FxmlLoaderFactory;
import dev.adfconsole.ui.common.OwnedWindows;
import java.time.Clock;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/** The run monitor's own window (one per factory, beside the main window), live-refreshing while it is open. */
public final class RunMonitorWindow {

    /** How often runs still going are asked for again: often enough to follow a run, light on ARM's read quota. */
    static final Duration LIVE_REFRESH = Duration.seconds(10);

    private RunMonitorWindow() {
    }

    public static Stage open(Window owner, RunMonitorViewModel model, Clock clock) {
        var view = FxmlLoaderFactory.loadWith(FxmlFile.RUN_MONITOR, RunMonitorController.class, () -> new RunMonitorController(model, clock));
        Stage stage = OwnedWindows.create(owner, view.root(), "Run monitor · " + model.factory().factoryName(), false);
        Timeline live = new Timeline(new KeyFrame(LIVE_REFRESH, e -> {
            if (!stage.isIconified()) {
                model.refreshInProgress();
            }
        }));
        live.setCycleCount(Timeline.INDEFINITE);
        stage.setOnShown(e -> live.play());
        stage.setOnHidden(e -> live.stop());
        stage.show();
        return stage;
    }
}
