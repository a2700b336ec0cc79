package dev.adfconsole.arm;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Waiting without holding a thread: backoff, Retry-After, token-bucket waits and LRO polling all go through here.
 * Tests that are not about the wait itself pass one that records the delays and returns at once.
 */
@FunctionalInterface
public interface Delays {

    /** Completes after {@code delay}; cancelling it drops the wait. */
    CompletableFuture<Void> after(Duration delay);

    static Delays scheduled(ScheduledExecutorService scheduler) {
        return delay -> {
            if (delay.isZero() || delay.isNegative()) {
                return CompletableFuture.completedFuture(null);
            }
            CompletableFuture<Void> done = new CompletableFuture<>();
            try {
                var task = scheduler.schedule(() -> done.complete(null), delay.toNanos(), TimeUnit.NANOSECONDS);
                done.whenComplete((v, e) -> task.cancel(false));
            } catch (RejectedExecutionException e) {
                // The client was closed while a call was waiting: that call ends, nothing is thrown at the caller.
                done.completeExceptionally(new CancellationException("The Azure client is closed."));
            }
            return done;
        };
    }
}
