package dev.adfconsole.service.watch;

import dev.adfconsole.arm.RateLimits;
import dev.adfconsole.model.PipelineRun;
import dev.adfconsole.model.RunFilterParameters;
import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.FactoryRef;
import dev.adfconsole.service.settings.WatchedItem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Polls the watch list while the app runs and reports what an operator must hear about: a watched runtime that goes
 * Offline, Limited or NeedRegistration, and a failed run in a watched factory.
 *
 * <p>Pacing: one call per tick, the targets taken in turn, so the calls are spread evenly over a round. A round takes
 * at least {@link #MIN_ROUND} and the poller never sends more than {@link #CALLS_PER_SECOND} calls a second in all:
 * {@code getStatus} and run queries are POSTs, which ARM meters against the write bucket (10 a second per
 * subscription), and the user's own actions need that bucket too. Every call also goes through the client's
 * per-subscription token buckets, and a tick is skipped while ARM reports fewer than {@link #RESERVE} calls left.
 * With nothing watched no tick is scheduled at all.
 */
public final class WatchPoller implements AutoCloseable {

    /** A watched item and the services (tenant) that can read it. */
    public record Target(WatchedItem item, DataFactoryServices services) {
    }

    /** Something to tell the user. */
    public sealed interface Event permits RuntimeDown, RunFailed {
        WatchedItem item();

        Instant at();
    }

    /** A watched runtime went from {@code previous} to a state that needs attention. */
    public record RuntimeDown(WatchedItem item, String state, String previous, Instant at) implements Event {
    }

    /** A run of a watched factory failed. */
    public record RunFailed(WatchedItem item, String runId, String pipelineName, String message, Instant at) implements Event {
    }

    public static final Set<String> ALERT_STATES = Set.of("Offline", "Limited", "NeedRegistration");
    public static final double CALLS_PER_SECOND = 2.0;
    public static final Duration MIN_ROUND = Duration.ofSeconds(30);
    public static final long RESERVE = 30;

    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final Consumer<Event> listener;
    private final double callsPerSecond;
    private final Duration minRound;
    private List<Target> targets = List.of();
    private int next;
    private ScheduledFuture<?> ticking;
    private Duration spacing;
    /** Last state seen per runtime key; the first answer is the baseline and raises nothing. */
    private final Map<String, String> states = new ConcurrentHashMap<>();
    /** Per factory key: runs are asked for since this time (the last answer's, or when watching began). */
    private final Map<String, Instant> since = new ConcurrentHashMap<>();
    private final Set<String> reportedRuns = ConcurrentHashMap.newKeySet();
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();

    public WatchPoller(ScheduledExecutorService scheduler, Clock clock, Consumer<Event> listener) {
        this(scheduler, clock, listener, CALLS_PER_SECOND, MIN_ROUND);
    }

    /** With another pace (tests and the benchmark use a shorter round). */
    public WatchPoller(ScheduledExecutorService scheduler, Clock clock, Consumer<Event> listener, double callsPerSecond,
                       Duration minRound) {
        this.scheduler = scheduler;
        this.clock = clock;
        this.listener = listener;
        this.callsPerSecond = callsPerSecond;
        this.minRound = minRound;
    }

    /** Replaces what is watched; states already known are kept. An empty list pauses polling. */
    public synchronized void watch(List<Target> value) {
        Set<String> keys = new HashSet<>();
        value.forEach(t -> keys.add(t.item().key()));
        states.keySet().retainAll(keys);
        since.keySet().retainAll(keys);
        Instant now = clock.instant();
        value.stream().filter(t -> !t.item().isRuntime()).forEach(t -> since.putIfAbsent(t.item().key(), now));
        this.targets = List.copyOf(new ArrayList<>(new LinkedHashSet<>(value)));
        Duration pace = spacing(targets.size());
        if (ticking != null && (targets.isEmpty() || !pace.equals(spacing))) {
            ticking.cancel(false);
            ticking = null;
        }
        if (!targets.isEmpty() && ticking == null) {
            spacing = pace;
            ticking = scheduler.scheduleAtFixedRate(this::tick, 0, pace.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Time between two calls: a round of all targets takes at least the minimum round, at most the call rate. */
    Duration spacing(int count) {
        if (count == 0) {
            return Duration.ZERO;
        }
        long byRound = minRound.toMillis() / count;
        long byRate = (long) Math.ceil(1000.0 / callsPerSecond);
        return Duration.ofMillis(Math.max(1, Math.max(byRound, byRate)));
    }

    public synchronized boolean paused() {
        return ticking == null;
    }

    /** How long one round of every target takes at the current pace. */
    public synchronized Duration round() {
        return spacing == null ? Duration.ZERO : spacing.multipliedBy(targets.size());
    }

    public long callsSent() {
        return sent.get();
    }

    /** Ticks left out because ARM reported its bucket nearly empty. */
    public long ticksSkipped() {
        return skipped.get();
    }

    private void tick() {
        Target target;
        synchronized (this) {
            if (targets.isEmpty()) {
                return;
            }
            target = targets.get(next++ % targets.size());
        }
        String key = target.item().key();
        RateLimits left = target.services().connection().rateLimits(target.item().subscriptionId());
        if ((left.writes() != null && left.writes() < RESERVE) || !inFlight.add(key)) {
            skipped.incrementAndGet();
            return;
        }
        sent.incrementAndGet();
        try {
            (target.item().isRuntime() ? pollRuntime(target) : pollFactory(target))
                    .whenComplete((done, failure) -> inFlight.remove(key));
        } catch (RuntimeException e) {
            inFlight.remove(key);
        }
    }

    private java.util.concurrent.CompletableFuture<?> pollRuntime(Target target) {
        WatchedItem item = target.item();
        var ref = new FactoryRef(item.subscriptionId(), item.resourceGroupName(), item.factoryName()).runtime(item.runtimeName());
        return target.services().runtimes().getStatus(ref).thenAccept(status -> {
            String state = status.properties().state() == null ? null : status.properties().state().raw();
            String previous = state == null ? null : states.put(item.key(), state);
            if (previous != null && !previous.equals(state) && ALERT_STATES.contains(state) && isWatched(item)) {
                listener.accept(new RuntimeDown(item, state, previous, clock.instant()));
            }
        });
    }

    private java.util.concurrent.CompletableFuture<?> pollFactory(Target target) {
        WatchedItem item = target.item();
        FactoryRef factory = new FactoryRef(item.subscriptionId(), item.resourceGroupName(), item.factoryName());
        Instant from = since.getOrDefault(item.key(), clock.instant());
        Instant to = clock.instant();
        // A little overlap: a run updated as the last query was answered is not missed (repeats are dropped by id).
        RunFilterParameters filter = new RunFilterParameters(null, from.minusSeconds(5), to,
                List.of(new RunFilterParameters.RunQueryFilter("Status", "Equals", List.of("Failed"))), null);
        return target.services().runs().queryPage(factory, filter).thenAccept(page -> {
            since.put(item.key(), to);
            for (PipelineRun run : page.items()) {
                if (reportedRuns.add(run.runId()) && isWatched(item)) {
                    listener.accept(new RunFailed(item, run.runId(), run.pipelineName(), run.message(), clock.instant()));
                }
            }
        });
    }

    private synchronized boolean isWatched(WatchedItem item) {
        return targets.stream().anyMatch(t -> t.item().key().equals(item.key()));
    }

    @Override
    public synchronized void close() {
        if (ticking != null) {
            ticking.cancel(false);
            ticking = null;
        }
        targets = List.of();
    }

    /** For the status line: what is watched and at what pace. */
    public synchronized String describe() {
        if (targets.isEmpty()) {
            return "Nothing watched: polling paused.";
        }
        Map<Boolean, Long> kinds = new HashMap<>();
        targets.forEach(t -> kinds.merge(t.item().isRuntime(), 1L, Long::sum));
        long runtimes = kinds.getOrDefault(true, 0L);
        long factories = kinds.getOrDefault(false, 0L);
        return "Watching " + runtimes + (runtimes == 1 ? " runtime" : " runtimes") + " and " + factories
                + (factories == 1 ? " factory" : " factories") + ": each checked every " + Math.max(1, round().toSeconds()) + " s.";
    }
}
