package dev.adfconsole.arm;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one limiter per subscription and kind that every call of the app goes through (the tree, sweeps, the fleet,
 * actions, auto-refresh): an {@link ArmBucket} each, at ARM's rates (reads 25/s, writes 10/s) with bursts a little
 * below ARM's (see {@link ArmClientOptions}), capped after every answer by what ARM says remains. Also keeps the
 * remaining counts ARM last reported, and, given an {@link ArmLimitsMemory}, starts a bucket from what an earlier
 * client heard for the same caller less than {@link #STALE_AFTER} ago instead of probing.
 */
final class RateLimiter {

    /**
     * Calls kept short of what ARM reports: calls released exactly at ARM's refill rate arrive with network jitter,
     * and a few arriving closer together than that on an empty bucket draw 429s; three tokens absorb 300 ms of it
     * at the write rate (the rerun benchmark drew none; each token costs a tenth of a second when ARM is drained).
     */
    static final int HEADROOM = 3;
    /** After this long without an answer, ARM's buckets may have been used by someone else: probe again. */
    static final Duration STALE_AFTER = Duration.ofSeconds(10);

    private final Clock clock;
    private final Delays delays;
    private final double readRate;
    private final double readBurst;
    private final double writeRate;
    private final double writeBurst;
    private final Map<String, ArmBucket> buckets = new ConcurrentHashMap<>();
    private final Map<String, RateLimits> remaining = new ConcurrentHashMap<>();
    private final ArmLimitsMemory memory;

    RateLimiter(Clock clock, Delays delays, double readRate, double readBurst, double writeRate, double writeBurst,
                ArmLimitsMemory memory) {
        this.clock = clock;
        this.memory = memory;
        this.delays = delays;
        this.readRate = readRate;
        this.readBurst = readBurst;
        this.writeRate = writeRate;
        this.writeBurst = writeBurst;
    }

    /** A place in line for a call of this subscription and kind; null for tenant-level calls, which ARM meters apart. */
    ArmBucket.Permit acquire(String subscriptionId, boolean write, ArmCaller.Key caller) {
        if (subscriptionId == null) {
            return null;
        }
        return bucket(subscriptionId, write, caller).acquire();
    }

    /** What remains after an answer to {@code caller}, for the clients after this one; nothing without a memory. */
    void remember(ArmCaller.Key caller, String subscriptionId, boolean write, long left) {
        if (memory != null && caller != null && subscriptionId != null) {
            memory.heard(caller, subscriptionId, write, left, clock.instant());
        }
    }

    void record(String subscriptionId, OptionalLong reads, OptionalLong writes) {
        if (subscriptionId == null || (reads.isEmpty() && writes.isEmpty())) {
            return;
        }
        remaining.merge(key(subscriptionId), new RateLimits(box(reads), box(writes)), (old, now) -> new RateLimits(
                now.reads() != null ? now.reads() : old.reads(), now.writes() != null ? now.writes() : old.writes()));
    }

    RateLimits remaining(String subscriptionId) {
        return remaining.getOrDefault(key(subscriptionId), new RateLimits(null, null));
    }

    private ArmBucket bucket(String subscriptionId, boolean write, ArmCaller.Key caller) {
        return buckets.computeIfAbsent(key(subscriptionId) + (write ? "/w" : "/r"), k -> {
            ArmBucket bucket = write ? new ArmBucket(clock, delays, writeBurst, writeRate, HEADROOM, STALE_AFTER)
                    : new ArmBucket(clock, delays, readBurst, readRate, HEADROOM, STALE_AFTER);
            if (memory != null && caller != null) {
                memory.recall(caller, subscriptionId, write)
                        .ifPresent(heard -> bucket.heardBefore(heard.remaining(), heard.at().toEpochMilli()));
            }
            return bucket;
        });
    }

    private static String key(String subscriptionId) {
        return subscriptionId.toLowerCase(Locale.ROOT);
    }

    private static Long box(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }
}
