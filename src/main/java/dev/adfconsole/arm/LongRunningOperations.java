package dev.adfconsole.arm;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * ARM's long-running operations: a 201/202 answer names where to poll, {@code Azure-AsyncOperation} (preferred,
 * a status document) or {@code Location} (202 while running, 200/204 when done). Polls at {@code Retry-After} or
 * every 2 s, ends on Succeeded / Failed / Canceled, and fetches the final result where there is one.
 *
 * <p>It never polls for ever: an operation still running after {@code lroMaxDuration}, or polls failing
 * {@code lroMaxPollFailures} times in a row, end the call with a sentence saying the operation may still be running
 * and that a refresh shows where it is, so no spinner outlives what the console can know.
 */
final class LongRunningOperations {

    private final ArmSender sender;
    private final Delays delays;
    private final ArmClientOptions options;

    LongRunningOperations(ArmSender sender, Delays delays, ArmClientOptions options) {
        this.sender = sender;
        this.delays = delays;
        this.options = options;
    }

    /** One operation being followed: since when, how many polls failed in a row, and what to call it. */
    private static final class Tracking {
        final Instant started;
        final String what;
        final String requestId;
        int failures;

        Tracking(Instant started, String what, String requestId) {
            this.started = started;
            this.what = what;
            this.requestId = requestId;
        }
    }

    ArmCall<ArmResponse> run(ArmRequest request) {
        ArmCall<ArmResponse> result = new ArmCall<>();
        ArmCall<ArmResponse> first = sender.send(request);
        result.waitingOn(first);
        first.whenComplete((response, failure) -> {
            if (failure != null) {
                result.completeExceptionally(ArmConnection.unwrap(failure));
            } else if (response.status() != 201 && response.status() != 202) {
                result.complete(response);
            } else {
                Optional<URI> async = response.header("Azure-AsyncOperation").map(URI::create);
                Optional<URI> location = response.header("Location").map(URI::create);
                Tracking tracking = new Tracking(options.clock().instant(), ArmSender.describe(request), response.requestId());
                if (async.isPresent()) {
                    pollStatus(async.get(), location, interval(response), tracking, result);
                } else if (location.isPresent()) {
                    pollLocation(location.get(), interval(response), tracking, result);
                } else {
                    // Accepted with nowhere to poll: the operation runs on; the caller refreshes to see its effect.
                    result.complete(response);
                }
            }
        });
        return result;
    }

    private void pollStatus(URI url, Optional<URI> finalResult, Duration wait, Tracking tracking, ArmCall<ArmResponse> result) {
        next(wait, tracking, result, () -> sender.send(ArmRequest.follow(url)), response -> {
            JsonNode status = response.json();
            String state = status.path("status").asText("").toLowerCase(Locale.ROOT);
            switch (state) {
                case "succeeded" -> {
                    if (finalResult.isPresent()) {
                        ArmCall<ArmResponse> fetch = sender.send(ArmRequest.follow(finalResult.get()));
                        result.waitingOn(fetch);
                        fetch.whenComplete((done, failure) -> finish(result, done, failure));
                    } else {
                        result.complete(response);
                    }
                }
                case "failed", "canceled", "cancelled" -> result.completeExceptionally(
                        ArmErrors.operationFailed(response, status, tracking.what));
                default -> pollStatus(url, finalResult, interval(response), tracking, result);
            }
        });
    }

    private void pollLocation(URI url, Duration wait, Tracking tracking, ArmCall<ArmResponse> result) {
        next(wait, tracking, result, () -> sender.send(ArmRequest.follow(url)), response -> {
            if (response.status() == 202) {
                pollLocation(url, interval(response), tracking, result);
            } else {
                result.complete(response);
            }
        });
    }

    private void next(Duration wait, Tracking tracking, ArmCall<ArmResponse> result, Supplier<ArmCall<ArmResponse>> poll,
                      Consumer<ArmResponse> onAnswer) {
        if (result.isDone()) {
            return;
        }
        Duration left = options.lroMaxDuration().minus(Duration.between(tracking.started, options.clock().instant()));
        if (left.isNegative() || left.isZero()) {
            result.completeExceptionally(ArmErrors.operationLost(tracking.what, "it has not ended after "
                    + minutes(options.lroMaxDuration()) + ", and the console stopped following it.", tracking.requestId));
            return;
        }
        // The last poll falls on the limit rather than past it, even when Azure asks for a longer wait.
        CompletableFuture<Void> pause = delays.after(wait.compareTo(left) > 0 ? left : wait);
        result.waitingOn(pause);
        pause.thenRun(() -> {
            if (result.isDone()) {
                return;
            }
            ArmCall<ArmResponse> call = poll.get();
            result.waitingOn(call);
            call.whenComplete((response, failure) -> {
                try {
                    if (failure != null) {
                        throw ArmConnection.unwrap(failure);
                    }
                    tracking.failures = 0;
                    onAnswer.accept(response);
                } catch (Throwable pollFailure) {
                    pollFailed(pollFailure, wait, tracking, result, poll, onAnswer);
                }
            });
        });
    }

    /** A poll that fails (after its own retries) is tried again at the next interval, up to the limit in a row. */
    private void pollFailed(Throwable failure, Duration wait, Tracking tracking, ArmCall<ArmResponse> result,
                            Supplier<ArmCall<ArmResponse>> poll, Consumer<ArmResponse> onAnswer) {
        if (result.isDone() || failure instanceof java.util.concurrent.CancellationException) {
            return;
        }
        tracking.failures++;
        if (tracking.failures < options.lroMaxPollFailures()) {
            next(wait, tracking, result, poll, onAnswer);
            return;
        }
        String last = failure instanceof ArmException arm ? arm.userMessage() : String.valueOf(failure.getMessage());
        result.completeExceptionally(ArmErrors.operationLost(tracking.what, "asking Azure how it goes failed "
                + tracking.failures + " times in a row (last: " + last + ").", tracking.requestId));
    }

    private Duration interval(ArmResponse response) {
        return RetryPolicy.requestedWait(response, options.clock()).orElse(options.lroPollInterval());
    }

    private static String minutes(Duration duration) {
        return duration.toMinutes() >= 1 ? duration.toMinutes() + " min" : duration.toSeconds() + " s";
    }

    private static void finish(ArmCall<ArmResponse> result, ArmResponse response, Throwable failure) {
        if (failure != null) {
            result.completeExceptionally(ArmConnection.unwrap(failure));
        } else {
            result.complete(response);
        }
    }
}
