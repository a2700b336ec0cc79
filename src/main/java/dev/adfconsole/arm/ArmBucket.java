package dev.adfconsole.arm;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One subscription's bucket of one kind (reads or writes) as the client believes ARM holds it. Calls wait in line
 * here and leave only while the belief says a token is left, and the belief is the lower of two: the client's own
 * bucket at ARM's rate, and what ARM's last answer said remains, less the calls sent after that answer's call and
 * not answered yet (ARM had not counted them).
 *
 * <p>Why both: a client that starts with full buckets of its own runs into ARM's, still drained by the run before
 * (another process, a sweep a minute ago), and every call beyond them draws a 429 and a Retry-After wait. So the
 * first call of a bucket that has heard nothing from ARM (or nothing for {@code staleAfter}) goes alone, as a probe;
 * the rest wait for its answer, which says how many remain. Planning is done at release time, never ahead: a report
 * that arrives while calls wait slows the very next release.
 */
final class ArmBucket {

    /** A place in line; the sender says how its call ended so the bucket can learn from the answer. */
    final class Permit {
        private final CompletableFuture<Void> ready = new CompletableFuture<>();
        private long sequence;
        private boolean probe;

        /** Completes when the call may be sent; cancelling it leaves the line. */
        CompletableFuture<Void> ready() {
            return ready;
        }

        /** ARM answered (remaining, a 429's Retry-After); returns the calls sent since and not answered yet. */
        long answered(Long remaining, Duration retryAfter) {
            return learn(this, remaining, retryAfter);
        }

        /** No answer (network failure, cancelled): nothing learnt, but a probe lets the next call try. */
        void abandoned() {
            forget(this);
        }
    }

    private final Clock clock;
    private final Delays delays;
    private final double capacity;
    private final double perMilli;
    private final int headroom;
    private final long staleAfterMillis;
    private final Deque<Permit> waiting = new ArrayDeque<>();
    /** Released calls not answered yet, by release order. */
    private final java.util.TreeSet<Long> outstanding = new java.util.TreeSet<>();
    private double tokens;
    private long last = -1;
    private long released;
    private long lastAnswer = -1;
    private boolean probing;
    private boolean wakeScheduled;
    private long generation;

    ArmBucket(Clock clock, Delays delays, double capacity, double perSecond, int headroom, Duration staleAfter) {
        this.clock = clock;
        this.delays = delays;
        this.capacity = capacity;
        this.perMilli = perSecond / 1000.0;
        this.headroom = headroom;
        this.staleAfterMillis = staleAfter.toMillis();
        this.tokens = capacity;
    }

    /**
     * An earlier client (process) heard ARM at {@code at}: start as if this bucket had, with no probe. An answer older
     * than the stale limit (or dated ahead of this clock) is ignored: the bucket probes, as with nothing heard.
     */
    synchronized void heardBefore(long remaining, long at) {
        long now = clock.millis();
        if (now < at || now - at > staleAfterMillis) {
            return;
        }
        tokens = Math.min(capacity, remaining - headroom + (now - at) * perMilli);
        last = now;
        lastAnswer = at;
    }

    Permit acquire() {
        Permit permit = new Permit();
        synchronized (this) {
            waiting.add(permit);
        }
        drain();
        return permit;
    }

    private long learn(Permit permit, Long remaining, Duration retryAfter) {
        long after;
        synchronized (this) {
            long now = clock.millis();
            refill(now);
            lastAnswer = now;
            probing = false;
            // Calls released after this one and still unanswered reached ARM after it (answers come back in about
            // the order ARM counted them): they still come off its count. Those already answered were counted.
            after = outstanding.tailSet(permit.sequence, false).size();
            outstanding.remove(permit.sequence);
            double cap = Double.POSITIVE_INFINITY;
            if (remaining != null) {
                cap = remaining - headroom - after;
            }
            if (retryAfter != null) {
                // The next release only once ARM's wait is over: the bucket needs that long to reach one token.
                cap = Math.min(cap, 1 - retryAfter.toMillis() * perMilli - after);
            }
            if (cap < tokens) {
                tokens = cap;
                generation++;
            }
        }
        drain();
        return after;
    }

    private void forget(Permit permit) {
        synchronized (this) {
            outstanding.remove(permit.sequence);
            if (permit.probe) {
                probing = false;
            }
        }
        drain();
    }

    /** Releases whoever may go now; when someone must wait, arranges to be woken when a token is back. */
    private void drain() {
        while (true) {
            List<Permit> go = new ArrayList<>();
            Duration wake = null;
            long wakeGeneration;
            synchronized (this) {
                long now = clock.millis();
                refill(now);
                while (!waiting.isEmpty()) {
                    Permit next = waiting.peek();
                    if (next.ready.isDone()) {
                        waiting.poll();
                        continue;
                    }
                    boolean probe = lastAnswer < 0 || now - lastAnswer > staleAfterMillis;
                    if (probe && probing) {
                        break;
                    }
                    if (tokens < 1) {
                        if (!wakeScheduled) {
                            wakeScheduled = true;
                            wake = Duration.ofMillis((long) Math.ceil((1 - tokens) / perMilli));
                        }
                        break;
                    }
                    tokens -= 1;
                    next.sequence = ++released;
                    outstanding.add(next.sequence);
                    next.probe = probe;
                    waiting.poll();
                    go.add(next);
                    if (probe) {
                        probing = true;
                        break;
                    }
                }
                wakeGeneration = generation;
            }
            go.forEach(permit -> permit.ready.complete(null));
            if (wake == null) {
                return;
            }
            CompletableFuture<Void> timer = delays.after(wake);
            if (!timer.isDone()) {
                timer.whenComplete((ignored, failure) -> {
                    woken(wakeGeneration, failure);
                    drain();
                });
                return;
            }
            // Delays that return at once (tests): loop here rather than recurse once per waiting call.
            woken(wakeGeneration, timer.isCompletedExceptionally() ? new IllegalStateException("wait failed") : null);
        }
    }

    private void woken(long wakeGeneration, Throwable failure) {
        List<Permit> failed = new ArrayList<>();
        synchronized (this) {
            wakeScheduled = false;
            if (failure != null) {
                // The client closed while calls waited: they end now instead of waiting for ever.
                failed.addAll(waiting);
                waiting.clear();
            } else {
                refill(clock.millis());
                // The wait was exactly what one token takes, unless ARM lowered the count meanwhile.
                if (wakeGeneration == generation && tokens < 1) {
                    tokens = 1;
                }
            }
        }
        failed.forEach(permit -> permit.ready.completeExceptionally(
                new java.util.concurrent.CancellationException("The Azure client is closed.")));
    }

    private void refill(long now) {
        if (last >= 0 && now > last) {
            tokens = Math.min(capacity, tokens + (now - last) * perMilli);
        }
        last = Math.max(last, now);
    }
}
