package dev.adfconsole.arm;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records each wait the client asks for; completes at once, or never when {@code hold} is set. */
final class RecordingDelays implements Delays {

    final List<Duration> waits = new CopyOnWriteArrayList<>();
    final List<CompletableFuture<Void>> pending = new CopyOnWriteArrayList<>();
    volatile boolean hold;

    @Override
    public CompletableFuture<Void> after(Duration delay) {
        if (delay.isZero()) {
            return CompletableFuture.completedFuture(null);
        }
        waits.add(delay);
        if (hold) {
            CompletableFuture<Void> future = new CompletableFuture<>();
            pending.add(future);
            return future;
        }
        return CompletableFuture.completedFuture(null);
    }
}
