package dev.adfconsole.arm;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adfconsole.model.ModelJson;
import java.time.Clock;
import java.time.Duration;

/**
 * How the client behaves. Defaults follow ARM's guidance and field-facts.md: 16 calls per host (OkHttp's 5 would
 * serialise a fleet refresh), 3 retries from 0.8 s capped at 8 s, waits beyond 60 s reported rather than slept,
 * LRO polling every 2 s unless ARM says otherwise, buckets at ARM's rates but 10 calls short of its bursts: calls
 * paced exactly at ARM's rate arrive with network jitter, and two arriving closer than 100 ms apart on an empty
 * bucket drew a 429 (1 in 500 in the throttling benchmark); the headroom absorbs up to a second of jitter.
 * A long-running operation is followed for at most an hour (an Azure-SSIS start takes 20–30 minutes) and given up
 * after 5 failed polls in a row: the user is told, and the resource's state is left to a refresh.
 */
public record ArmClientOptions(String userAgent, int maxRequestsPerHost, int maxRequests, Duration connectTimeout,
                               Duration readTimeout, int maxRetries, Duration baseBackoff, Duration maxBackoff,
                               Duration maxRetryWait, Duration lroPollInterval, double readsPerSecond,
                               double readBurst, double writesPerSecond, double writeBurst, Clock clock,
                               Delays delays, ObjectMapper mapper, Duration lroMaxDuration, int lroMaxPollFailures) {

    public static ArmClientOptions defaults(String appVersion) {
        return new ArmClientOptions("adf-console/" + appVersion + " (Java " + System.getProperty("java.version") + ")",
                16, 64, Duration.ofSeconds(10), Duration.ofSeconds(60), 3, Duration.ofMillis(800),
                Duration.ofSeconds(8), Duration.ofSeconds(60), Duration.ofSeconds(2), 25, 240, 10, 190,
                Clock.systemUTC(), null, ModelJson.newMapper(), Duration.ofHours(1), 5);
    }

    public ArmClientOptions withMaxRequestsPerHost(int value) {
        return new ArmClientOptions(userAgent, value, Math.max(maxRequests, value), connectTimeout, readTimeout,
                maxRetries, baseBackoff, maxBackoff, maxRetryWait, lroPollInterval, readsPerSecond, readBurst,
                writesPerSecond, writeBurst, clock, delays, mapper, lroMaxDuration, lroMaxPollFailures);
    }

    /** Replaces the waiting strategy; tests use it where the wait is not the behaviour under test. */
    public ArmClientOptions withDelays(Delays value) {
        return new ArmClientOptions(userAgent, maxRequestsPerHost, maxRequests, connectTimeout, readTimeout, maxRetries,
                baseBackoff, maxBackoff, maxRetryWait, lroPollInterval, readsPerSecond, readBurst, writesPerSecond,
                writeBurst, clock, value, mapper, lroMaxDuration, lroMaxPollFailures);
    }

    public ArmClientOptions withBuckets(double reads, double readsBurst, double writes, double writesBurst) {
        return new ArmClientOptions(userAgent, maxRequestsPerHost, maxRequests, connectTimeout, readTimeout, maxRetries,
                baseBackoff, maxBackoff, maxRetryWait, lroPollInterval, reads, readsBurst, writes, writesBurst, clock,
                delays, mapper, lroMaxDuration, lroMaxPollFailures);
    }

    public ArmClientOptions withTimeouts(Duration connect, Duration read) {
        return new ArmClientOptions(userAgent, maxRequestsPerHost, maxRequests, connect, read, maxRetries, baseBackoff,
                maxBackoff, maxRetryWait, lroPollInterval, readsPerSecond, readBurst, writesPerSecond, writeBurst,
                clock, delays, mapper, lroMaxDuration, lroMaxPollFailures);
    }

    /** The clock the buckets refill by and answers are dated with; tests move it instead of sleeping. */
    public ArmClientOptions withClock(Clock value) {
        return new ArmClientOptions(userAgent, maxRequestsPerHost, maxRequests, connectTimeout, readTimeout, maxRetries,
                baseBackoff, maxBackoff, maxRetryWait, lroPollInterval, readsPerSecond, readBurst, writesPerSecond,
                writeBurst, value, delays, mapper, lroMaxDuration, lroMaxPollFailures);
    }

    /** How often and how fast failed calls are retried; tests make them quick. */
    public ArmClientOptions withRetries(int retries, Duration base, Duration max) {
        return new ArmClientOptions(userAgent, maxRequestsPerHost, maxRequests, connectTimeout, readTimeout, retries,
                base, max, maxRetryWait, lroPollInterval, readsPerSecond, readBurst, writesPerSecond, writeBurst,
                clock, delays, mapper, lroMaxDuration, lroMaxPollFailures);
    }

    /** How long a long-running operation is followed, how often polled, and how many failed polls in a row end it. */
    public ArmClientOptions withLongRunningLimits(Duration pollInterval, Duration maxDuration, int maxPollFailures) {
        return new ArmClientOptions(userAgent, maxRequestsPerHost, maxRequests, connectTimeout, readTimeout, maxRetries,
                baseBackoff, maxBackoff, maxRetryWait, pollInterval, readsPerSecond, readBurst, writesPerSecond,
                writeBurst, clock, delays, mapper, maxDuration, maxPollFailures);
    }
}
