package dev.adfconsole.arm;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Client-side token buckets per subscription and kind, at ARM's rates (reads 25/s, writes 10/s) with bursts a little
 * below ARM's (see {@link ArmClientOptions}), so a fleet sweep paces itself instead of running into 429s. Also keeps the remaining counts ARM reports.
 */
final class RateLimiter {

    private final Clock clock;
    private final double readRate;
    private final double readBurst;
    private final double writeRate;
    private final double writeBurst;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final Map<String, RateLimits> remaining = new ConcurrentHashMap<>();

    RateLimiter(Clock clock, double readRate, double readBurst, double writeRate, double writeBurst) {
        this.clock = clock;
        this.readRate = readRate;
        this.readBurst = readBurst;
        this.writeRate = writeRate;
        this.writeBurst = writeBurst;
    }

    /** Takes a token and returns how long to wait before using it (zero when one was in the bucket). */
    Duration reserve(String subscriptionId, boolean write) {
        if (subscriptionId == null) {
            return Duration.ZERO;
        }
        Bucket bucket = buckets.computeIfAbsent(subscriptionId + (write ? "/w" : "/r"),
                key -> write ? new Bucket(writeBurst, writeRate) : new Bucket(readBurst, readRate));
        return bucket.take(clock.millis());
    }

    void record(String subscriptionId, OptionalLong reads, OptionalLong writes) {
        if (subscriptionId == null || (reads.isEmpty() && writes.isEmpty())) {
            return;
        }
        remaining.merge(subscriptionId, new RateLimits(box(reads), box(writes)), (old, now) -> new RateLimits(
                now.reads() != null ? now.reads() : old.reads(), now.writes() != null ? now.writes() : old.writes()));
    }

    RateLimits remaining(String subscriptionId) {
        return remaining.getOrDefault(subscriptionId.toLowerCase(java.util.Locale.ROOT), new RateLimits(null, null));
    }

    private static Long box(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }

    /** Tokens may go negative: callers then wait in line, each for its own slot, without any thread sleeping. */
    private static final class Bucket {
        private final double capacity;
        private final double perMilli;
        private double tokens;
        private long last = -1;

        Bucket(double capacity, double perSecond) {
            this.capacity = capacity;
            this.perMilli = perSecond / 1000.0;
            this.tokens = capacity;
        }

        synchronized Duration take(long now) {
            if (last >= 0) {
                tokens = Math.min(capacity, tokens + (now - last) * perMilli);
            }
            last = now;
            tokens -= 1;
            return tokens >= 0 ? Duration.ZERO : Duration.ofMillis((long) Math.ceil(-tokens / perMilli));
        }
    }
}
