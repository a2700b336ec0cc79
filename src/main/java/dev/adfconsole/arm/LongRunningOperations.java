package dev.adfconsole.arm;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * ARM's long-running operations: a 201/202 answer names where to poll, {@code Azure-AsyncOperation} (preferred,
 * a status document) or {@code Location} (202 while running, 200/204 when done). Polls at {@code Retry-After} or
 * every 2 s, ends on Succeeded / Failed / Canceled, and fetches the final result where there is one.
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
                if (async.isPresent()) {
                    pollStatus(async.get(), location, interval(response), ArmSender.describe(request), result);
                } else if (location.isPresent()) {
                    pollLocation(location.get(), interval(response), result);
                } else {
                    // Accepted with nowhere to poll: the operation runs on; the caller refreshes to see its effect.
                    result.complete(response);
                }
            }
        });
        return result;
    }

    private void pollStatus(URI url, Optional<URI> finalResult, Duration wait, String what, ArmCall<ArmResponse> result) {
        next(wait, result, () -> sender.send(ArmRequest.follow(url)), response -> {
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
                        ArmErrors.operationFailed(response, status, what));
                default -> pollStatus(url, finalResult, interval(response), what, result);
            }
        });
    }

    private void pollLocation(URI url, Duration wait, ArmCall<ArmResponse> result) {
        next(wait, result, () -> sender.send(ArmRequest.follow(url)), response -> {
            if (response.status() == 202) {
                pollLocation(url, interval(response), result);
            } else {
                result.complete(response);
            }
        });
    }

    private void next(Duration wait, ArmCall<ArmResponse> result,
                      java.util.function.Supplier<ArmCall<ArmResponse>> poll,
                      java.util.function.Consumer<ArmResponse> onAnswer) {
        if (result.isDone()) {
            return;
        }
        CompletableFuture<Void> pause = delays.after(wait);
        result.waitingOn(pause);
        pause.thenRun(() -> {
            if (result.isDone()) {
                return;
            }
            ArmCall<ArmResponse> call = poll.get();
            result.waitingOn(call);
            call.whenComplete((response, failure) -> {
                if (failure != null) {
                    result.completeExceptionally(ArmConnection.unwrap(failure));
                    return;
                }
                try {
                    onAnswer.accept(response);
                } catch (RuntimeException e) {
                    result.completeExceptionally(e);
                }
            });
        });
    }

    private Duration interval(ArmResponse response) {
        return RetryPolicy.requestedWait(response, options.clock()).orElse(options.lroPollInterval());
    }

    private static void finish(ArmCall<ArmResponse> result, ArmResponse response, Throwable failure) {
        if (failure != null) {
            result.completeExceptionally(ArmConnection.unwrap(failure));
        } else {
            result.complete(response);
        }
    }
}
