package dev.adfconsole.ui.common;

import java.time.Duration;
import javafx.animation.PauseTransition;

/** {@link UiTimer} on the JavaFX animation clock: no thread is held, the task runs on the FX thread. */
public final class FxUiTimer implements UiTimer {

    @Override
    public Runnable after(Duration delay, Runnable task) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> task.run());
        pause.play();
        return pause::stop;
    }
}
