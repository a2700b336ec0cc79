package dev.adfconsole.testing;

import dev.adfconsole.ui.common.UiTimer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A {@link UiTimer} the test moves forward by hand. */
public final class ManualTimer implements UiTimer {

    private record Task(Duration due, Runnable run, boolean[] cancelled) {
    }

    private final List<Task> tasks = new ArrayList<>();
    private Duration now = Duration.ZERO;

    @Override
    public synchronized Runnable after(Duration delay, Runnable task) {
        boolean[] cancelled = new boolean[1];
        tasks.add(new Task(now.plus(delay), task, cancelled));
        return () -> cancelled[0] = true;
    }

    /** Moves the clock and runs what fell due, in order. */
    public void advance(Duration by) {
        List<Task> due = new ArrayList<>();
        synchronized (this) {
            now = now.plus(by);
            tasks.removeIf(t -> {
                if (t.due().compareTo(now) <= 0) {
                    due.add(t);
                    return true;
                }
                return false;
            });
        }
        due.stream().filter(t -> !t.cancelled()[0]).forEach(t -> t.run().run());
    }
}
