package dev.adfconsole.arm;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * At most N calls on the wire at once, the rest waiting in order without a thread. A call takes its place only
 * once its subscription's bucket has let it go ({@link ArmSender}), so a call held by ARM's buckets (a probe's
 * answer, a drained subscription) leaves its place to a call of another subscription that could go now.
 */
final class InFlightLimit {

    /** A place on the wire, given back once: when the answer is in or the call ended without one. */
    static final class Slot {
        private final InFlightLimit owner;
        private final AtomicBoolean given = new AtomicBoolean();
        final CompletableFuture<Void> ready = new CompletableFuture<>();

        private Slot(InFlightLimit owner) {
            this.owner = owner;
        }

        void release() {
            if (owner != null && given.compareAndSet(false, true)) {
                owner.release(this);
            }
        }
    }

    private static final Slot NONE = unlimited();

    private final int limit;
    private final Deque<Slot> waiting = new ArrayDeque<>();
    private int running;

    InFlightLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        this.limit = limit;
    }

    /** A slot that is ready at once and gives nothing back: for connections without a limit. */
    static Slot none() {
        return NONE;
    }

    Slot acquire() {
        Slot slot = new Slot(this);
        synchronized (this) {
            if (running >= limit) {
                waiting.add(slot);
                return slot;
            }
            running++;
        }
        slot.ready.complete(null);
        return slot;
    }

    private void release(Slot slot) {
        // A granted slot (nearly every one) is done already: no exception is made for it.
        boolean neverGranted = !slot.ready.isDone()
                && slot.ready.completeExceptionally(new CancellationException("The call ended before its turn."));
        if (neverGranted || slot.ready.isCompletedExceptionally()) {
            // Given back before it was granted (the call was cancelled while waiting): it held no place.
            synchronized (this) {
                waiting.remove(slot);
            }
            return;
        }
        while (true) {
            Slot next;
            synchronized (this) {
                next = waiting.poll();
                if (next == null) {
                    running--;
                    return;
                }
            }
            // The place passes straight on; a waiter cancelled meanwhile hands it to the one after.
            if (next.ready.complete(null)) {
                return;
            }
        }
    }

    private static Slot unlimited() {
        Slot slot = new Slot(null);
        slot.ready.complete(null);
        return slot;
    }
}
