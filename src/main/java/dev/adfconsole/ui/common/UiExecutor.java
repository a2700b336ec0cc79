package dev.adfconsole.ui.common;

import java.util.concurrent.Executor;

/**
 * The one way results reach the JavaFX thread. View models change observed properties only through it; the app
 * passes {@link FxUiExecutor}, view-model tests pass {@link #direct()} and stay deterministic without a window.
 */
@FunctionalInterface
public interface UiExecutor extends Executor {

    /** Runs the task on the calling thread; for tests that have no JavaFX thread. */
    static UiExecutor direct() {
        return Runnable::run;
    }
}
