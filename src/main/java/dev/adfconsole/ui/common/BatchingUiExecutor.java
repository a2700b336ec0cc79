package dev.adfconsole.ui.common;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Hands many small results to the UI thread as one task: tasks wait in a queue, and one hand-over runs all that
 * are waiting, in order. A sweep posting each of 10,000 answers on its own queued thousands of tasks ahead of the
 * next pulse while the table was busy, and the window stood still for a second or more.
 */
public final class BatchingUiExecutor implements UiExecutor {

    private final UiExecutor ui;
    private final Queue<Runnable> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean handOverPending = new AtomicBoolean();

    public BatchingUiExecutor(UiExecutor ui) {
        this.ui = ui;
    }

    @Override
    public void execute(Runnable task) {
        waiting.add(task);
        if (handOverPending.compareAndSet(false, true)) {
            ui.execute(this::runWaiting);
        }
    }

    private void runWaiting() {
        // Cleared first: a task added while these run gets a hand-over of its own.
        handOverPending.set(false);
        for (Runnable task = waiting.poll(); task != null; task = waiting.poll()) {
            task.run();
        }
    }
}
