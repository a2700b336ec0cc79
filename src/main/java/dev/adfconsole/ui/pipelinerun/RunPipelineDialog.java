package dev.adfconsole.ui.pipelinerun;

import dev.adfconsole.ui.common.FxmlFile;
import dev.adfconsole.ui.common.FxmlLoaderFactory;
import dev.adfconsole.ui.common.OwnedWindows;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the run dialog for one pipeline, owned by the main window; it stays open after a failed submit. */
public final class RunPipelineDialog {

    private RunPipelineDialog() {
    }

    public static Stage open(Window owner, RunPipelineViewModel model) {
        var view = FxmlLoaderFactory.loadWith(FxmlFile.RUN_PIPELINE, RunPipelineController.class, () -> new RunPipelineController(model));
        Stage stage = OwnedWindows.create(owner, view.root(), "Run pipeline " + model.pipelineName(), true);
        stage.show();
        return stage;
    }
}
