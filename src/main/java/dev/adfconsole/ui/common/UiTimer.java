package dev.adfconsole.ui.common;

import java.time.Duration;

/** Runs a task on the UI thread after a delay; view models use it to re-mask secrets without a window in tests. */
@FunctionalInterface
public interface UiTimer {

    /** Schedules {@code task}; the returned handle cancels it if it has not run yet. */
    Runnable after(Duration delay, Runnable task);
}
