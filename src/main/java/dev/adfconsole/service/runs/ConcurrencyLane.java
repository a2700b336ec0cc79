package dev.adfconsole.service.runs;

import dev.adfconsole.model.PipelineRunStatus;
import dev.adfconsole.service.DataFactoryServices;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The reruns of one pipeline that sets a concurrency limit: at most that many of its runs going at once, counting
 * the runs already going when the rerun began. While the limit is used up the next reruns wait (and say so); the
 * runs going are asked again every poll interval (reads, not writes) until one has ended.
 */
final class ConcurrencyLane {

    private static final Set<PipelineRunStatus> GOING = Set.of(PipelineRunStatus.QUEUED, PipelineRunStatus.IN_PROGRESS,
            PipelineRunStatus.CANCELING);

    private final DataFactoryServices services;
    private final PipelineKey pipeline;
    private final int limit;
    private final Duration pollInterval;
    private final BulkRerun.Sending sending;
    private final Set<String> going = new LinkedHashSet<>();
    private final Deque<Object[]> waiting = new ArrayDeque<>();
    private int sendingNow;
    private boolean polling;

    ConcurrencyLane(DataFactoryServices services, PipelineKey pipeline, int limit, Collection<FactoryRun> known,
                    Duration pollInterval, BulkRerun.Sending sending) {
        this.services = services;
        this.pipeline = pipeline;
        this.limit = limit;
        this.pollInterval = pollInterval;
        this.sending = sending;
        known.stream().filter(run -> new PipelineKey(run.factory(), run.run().pipelineName()).equals(pipeline))
                .filter(run -> GOING.contains(run.run().status().value())).forEach(run -> going.add(run.run().runId()));
    }

    synchronized void add(int index, RerunItem item) {
        waiting.add(new Object[] {index, item});
    }

    /** Sends what the limit allows now; tells the rest why they wait and asks again later. */
    void pump() {
        List<Object[]> now = new java.util.ArrayList<>();
        boolean poll = false;
        String why = null;
        synchronized (this) {
            while (!waiting.isEmpty() && going.size() + sendingNow < limit && !sending.handle.cancelled) {
                now.add(waiting.poll());
                sendingNow++;
            }
            if (!waiting.isEmpty() && !sending.handle.cancelled) {
                why = "waiting: " + pipeline.pipelineName() + " allows " + limit + (limit == 1 ? " run" : " runs")
                        + " at a time (concurrency " + limit + "); " + (going.size() + sendingNow) + " going now";
                poll = !polling && sendingNow == 0;
                polling |= poll;
            }
        }
        for (Object[] next : now) {
            int index = (Integer) next[0];
            RerunItem item = (RerunItem) next[1];
            sending.submit(index, item, runId -> {
                synchronized (this) {
                    sendingNow--;
                    if (runId != null) {
                        going.add(runId);
                    }
                }
                pump();
            });
        }
        if (why != null) {
            String text = why;
            List<Object[]> still;
            synchronized (this) {
                still = List.copyOf(waiting);
            }
            still.forEach(w -> sending.listener.progress(new BulkRerun.Progress((Integer) w[0], (RerunItem) w[1],
                    BulkRerun.State.WAITING, text, null)));
        }
        if (poll) {
            CompletableFuture.runAsync(this::poll, CompletableFuture.delayedExecutor(pollInterval.toMillis(), TimeUnit.MILLISECONDS));
        }
    }

    /** Asks each run still counted as going how it stands; ended (or deleted) ones free their slot. */
    private void poll() {
        List<String> ids;
        synchronized (this) {
            ids = List.copyOf(going);
        }
        CompletableFuture<?>[] checks = ids.stream().map(id -> services.runs().get(pipeline.factory(), id)
                .handle((run, failure) -> {
                    // A run that is gone frees its slot; a failed call says nothing, so the run still counts.
                    boolean gone = failure != null && dev.adfconsole.service.Failures.unwrap(failure)
                            instanceof dev.adfconsole.arm.ArmException arm && arm.kind() == dev.adfconsole.arm.ArmException.Kind.NOT_FOUND;
                    if (gone || (failure == null && !GOING.contains(run.status().value()))) {
                        synchronized (this) {
                            going.remove(id);
                        }
                    }
                    return null;
                })).toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(checks).whenComplete((done, never) -> {
            synchronized (this) {
                polling = false;
            }
            pump();
        });
    }

    void cancel() {
        List<Object[]> dropped;
        synchronized (this) {
            dropped = List.copyOf(waiting);
            waiting.clear();
        }
        dropped.forEach(w -> sending.notSent((Integer) w[0], (RerunItem) w[1]));
    }
}
