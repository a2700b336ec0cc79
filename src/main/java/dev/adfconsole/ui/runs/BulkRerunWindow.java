package dev.adfconsole.ui.runs;

import dev.adfconsole.ui.common.FxmlFile;
import dev.adfconsole.ui.common.FxmlLoaderFactory;
import dev.adfconsole.ui.common.OwnedWindows;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The bulk rerun window: its preview is planned as it opens; closing it cancels what is not sent yet. */
public final class BulkRerunWindow {

    private BulkRerunWindow() {
    }

    public static Stage open(Window owner, BulkRerunViewModel model) {
        var view = FxmlLoaderFactory.loadWith(FxmlFile.BULK_RERUN, BulkRerunController.class, () -> new BulkRerunController(model));
        Stage stage = OwnedWindows.create(owner, view.root(), "Rerun from failure", false);
        stage.setOnHidden(e -> model.cancel());
        stage.show();
        model.plan();
        return stage;
    }
}
