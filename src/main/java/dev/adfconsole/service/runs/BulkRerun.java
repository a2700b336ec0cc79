package dev.adfconsole.service.runs;

import dev.adfconsole.service.AsyncLimiter;
import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.Failures;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends a planned bulk rerun. Each createRun is sent once (never retried after an error: a second run is worse),
 * at most N in flight, paced by the client's per-subscription write bucket under them. A pipeline with a
 * concurrency limit never gets more runs going than it allows: its reruns wait, saying so, until runs end.
 * Cancel stops everything not sent yet; what is on the wire finishes and is reported.
 */
public final class BulkRerun {

    /** Where one rerun stands. SENT, REFUSED and NOT_SENT are final. */
    public enum State { QUEUED, WAITING, SENDING, SENT, REFUSED, NOT_SENT }

    /** A change of one item ({@code index} into the plan's {@link RerunPlan#toSend()}). */
    public record Progress(int index, RerunItem item, State state, String text, String newRunId) {
    }

    /** Told of every change, from any thread. */
    public interface Listener {
        void progress(Progress progress);
    }

    public record Summary(int sent, int refused, int notSent) {
    }

    /** A bulk rerun under way. */
    public static final class Handle {
        final CompletableFuture<Summary> done = new CompletableFuture<>();
        volatile boolean cancelled;
        Runnable onCancel = () -> { };

        public CompletableFuture<Summary> done() {
            return done;
        }

        /** Sends nothing more; reruns already on the wire are still reported. */
        public void cancel() {
            cancelled = true;
            onCancel.run();
        }
    }

    private final DataFactoryServices services;
    private final int inFlight;
    private final Duration pollInterval;

    /**
     * @param inFlight createRun calls on the wire at once
     * @param pollInterval how often a waiting pipeline's runs are asked whether they have ended
     */
    public BulkRerun(DataFactoryServices services, int inFlight, Duration pollInterval) {
        this.services = services;
        this.inFlight = inFlight;
        this.pollInterval = pollInterval;
    }

    /** @param known the runs seen when planning: a limited pipeline's runs still going count against its limit */
    public Handle send(RerunPlan plan, Collection<FactoryRun> known, Listener listener) {
        Handle handle = new Handle();
        List<RerunItem> items = plan.toSend();
        AsyncLimiter limiter = new AsyncLimiter(inFlight);
        AtomicInteger left = new AtomicInteger(items.size());
        int[] counts = new int[3];
        Map<PipelineKey, ConcurrencyLane> lanes = new HashMap<>();
        Sending sending = new Sending(handle, limiter, listener, left, counts);
        for (int i = 0; i < items.size(); i++) {
            listener.progress(new Progress(i, items.get(i), State.QUEUED, "queued", null));
        }
        if (items.isEmpty()) {
            handle.done.complete(new Summary(0, 0, 0));
            return handle;
        }
        for (int i = 0; i < items.size(); i++) {
            RerunItem item = items.get(i);
            PipelineLimits limits = plan.limits(item.pipeline());
            if (limits.limited()) {
                lanes.computeIfAbsent(item.pipeline(), key -> new ConcurrencyLane(services, key, limits.concurrency(),
                        known, pollInterval, sending)).add(i, item);
            } else {
                sending.submit(i, item, null);
            }
        }
        handle.onCancel = () -> lanes.values().forEach(ConcurrencyLane::cancel);
        lanes.values().forEach(ConcurrencyLane::pump);
        return handle;
    }

    /** The shared part of one bulk rerun: sends an item and reports how it ended. */
    final class Sending {
        final Handle handle;
        private final AsyncLimiter limiter;
        final Listener listener;
        private final AtomicInteger left;
        private final int[] counts;

        Sending(Handle handle, AsyncLimiter limiter, Listener listener, AtomicInteger left, int[] counts) {
            this.handle = handle;
            this.limiter = limiter;
            this.listener = listener;
            this.left = left;
            this.counts = counts;
        }

        /** Sends one createRun; {@code sent} hears the new run's id (or null when none was made). */
        void submit(int index, RerunItem item, java.util.function.Consumer<String> sent) {
            limiter.submit(() -> {
                if (handle.cancelled) {
                    return CompletableFuture.failedFuture(new CancellationException());
                }
                listener.progress(new Progress(index, item, State.SENDING, "sending", null));
                return services.pipelines().createRun(item.source().factory(), item.request());
            }).whenComplete((created, failure) -> {
                Throwable cause = failure == null ? null : Failures.unwrap(failure);
                if (cause == null) {
                    finish(index, item, State.SENT, "sent: new run " + created.runId(), created.runId(), 0);
                } else if (cause instanceof CancellationException) {
                    finish(index, item, State.NOT_SENT, "not sent: cancelled", null, 2);
                } else {
                    finish(index, item, State.REFUSED, "refused: " + Failures.describe(cause), null, 1);
                }
                if (sent != null) {
                    sent.accept(cause == null ? created.runId() : null);
                }
            });
        }

        void notSent(int index, RerunItem item) {
            finish(index, item, State.NOT_SENT, "not sent: cancelled", null, 2);
        }

        private void finish(int index, RerunItem item, State state, String text, String runId, int count) {
            synchronized (counts) {
                counts[count]++;
            }
            listener.progress(new Progress(index, item, state, text, runId));
            if (left.decrementAndGet() == 0) {
                synchronized (counts) {
                    handle.done.complete(new Summary(counts[0], counts[1], counts[2]));
                }
            }
        }
    }
}
