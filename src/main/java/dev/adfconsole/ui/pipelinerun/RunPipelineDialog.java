package dev.adfconsole.ui.pipelinerun;

import dev.adfconsole.ui.common.FxmlFile;
import dev.adfconsole.ui.common.FxmlLoaderFactory;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the run dialog for one pipeline, owned by the main window; it stays open after a failed submit. */
public final class RunPipelineDialog {

    private RunPipelineDialog() {
    }

    public static Stage open(Window owner, RunPipelineViewModel model) {
        Map<Class<?>, Supplier<?>> controllers = Map.of(RunPipelineController.class, () -> new RunPipelineController(model));
        var view = new FxmlLoaderFactory(controllers).load(FxmlFile.RUN_PIPELINE, RunPipelineController.class);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Run pipeline " + model.pipelineName());
        Scene scene = new Scene(view.root());
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
