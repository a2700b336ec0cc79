package dev.adfconsole.arm;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleSupplier;

/**
 * When to send a call again, and after how long. Mirrors what ARM asks of clients: retry 408, 429 and the
 * transient 5xx, back off exponentially with jitter, and never come back sooner than {@code Retry-After} says.
 */
final class RetryPolicy {

    private static final Set<Integer> RETRYABLE = Set.of(408, 429, 500, 502, 503, 504);

    private final int maxRetries;
    private final Duration baseBackoff;
    private final Duration maxBackoff;
    private final DoubleSupplier random;

    RetryPolicy(int maxRetries, Duration baseBackoff, Duration maxBackoff, DoubleSupplier random) {
        this.maxRetries = maxRetries;
        this.baseBackoff = baseBackoff;
        this.maxBackoff = maxBackoff;
        this.random = random;
    }

    /** Whether an answer with this status may be retried, after {@code retriesDone} retries. */
    boolean shouldRetry(ArmRequest request, int status, int retriesDone) {
        if (retriesDone >= maxRetries || !RETRYABLE.contains(status)) {
            return false;
        }
        // ARM answers 429 before it acts, so even a state-changing POST is safe to resend after it.
        return request.retrySafe() || status == 429;
    }

    /** Whether an I/O failure may be retried: any for safe calls; for actions, only when the request never left. */
    boolean shouldRetry(ArmRequest request, IOException failure, int retriesDone) {
        if (retriesDone >= maxRetries) {
            return false;
        }
        return request.retrySafe() || neverSent(failure);
    }

    static boolean neverSent(IOException failure) {
        return failure instanceof ConnectException || failure instanceof UnknownHostException;
    }

    /** Exponential from the base (0.8 s, 1.6 s, 3.2 s…) with ±20 % jitter so clients do not retry in step; capped. */
    Duration backoff(int retriesDone) {
        double nanos = baseBackoff.toNanos() * Math.pow(2, retriesDone) * (0.8 + 0.4 * random.getAsDouble());
        return Duration.ofNanos((long) Math.min(nanos, maxBackoff.toNanos()));
    }

    /**
     * The wait the server asked for: {@code retry-after-ms}, {@code x-ms-retry-after-ms}, or {@code Retry-After}
     * in seconds or as an HTTP date.
     */
    static Optional<Duration> requestedWait(ArmResponse response, Clock clock) {
        for (String header : new String[] {"retry-after-ms", "x-ms-retry-after-ms"}) {
            Optional<String> millis = response.header(header);
            if (millis.isPresent()) {
                try {
                    return Optional.of(Duration.ofMillis(Math.max(0, (long) Double.parseDouble(millis.get().trim()))));
                } catch (NumberFormatException ignored) {
                    // fall through to Retry-After
                }
            }
        }
        Optional<String> retryAfter = response.header("Retry-After");
        if (retryAfter.isEmpty()) {
            return Optional.empty();
        }
        String value = retryAfter.get().trim();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(clock.instant(), at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    /** The delay before the next attempt: the backoff, or the server's wait when that is longer. */
    Duration delay(int retriesDone, Optional<Duration> requested) {
        Duration backoff = backoff(retriesDone);
        return requested.filter(wait -> wait.compareTo(backoff) > 0).orElse(backoff);
    }
}
