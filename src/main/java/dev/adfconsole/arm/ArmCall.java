package dev.adfconsole.arm;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * The future an ARM call returns. Cancelling it cancels what is under way at that moment: the HTTP call, a backoff
 * wait or an LRO poll, so a Cancel button in the UI really stops the traffic.
 */
public final class ArmCall<T> extends CompletableFuture<T> {

    private volatile Future<?> step;
    private volatile okhttp3.Call httpCall;
    /** Set once ARM refused the token and a new one was asked for: a call gets one new token, never a loop. */
    volatile boolean tokenRenewed;

    void waitingOn(Future<?> future) {
        this.step = future;
        if (isCancelled()) {
            future.cancel(true);
        }
    }

    void sending(okhttp3.Call call) {
        this.httpCall = call;
        if (isCancelled()) {
            call.cancel();
        }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        Future<?> current = step;
        if (current != null) {
            current.cancel(true);
        }
        okhttp3.Call call = httpCall;
        if (call != null) {
            call.cancel();
        }
        return cancelled;
    }

    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
        return new CompletableFuture<>();
    }
}
