package dev.adfconsole.ui.common;

import javafx.application.Platform;

/** Hands work to the JavaFX application thread, running it at once when already there. */
public final class FxUiExecutor implements UiExecutor {

    @Override
    public void execute(Runnable task) {
        if (Platform.isFxApplicationThread()) {
            task.run();
        } else {
            Platform.runLater(task);
        }
    }
}
