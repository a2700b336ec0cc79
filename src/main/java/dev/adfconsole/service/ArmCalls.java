package dev.adfconsole.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adfconsole.arm.ArmCall;
import dev.adfconsole.arm.ArmConnection;
import dev.adfconsole.arm.ArmException;
import dev.adfconsole.arm.ArmRequest;
import dev.adfconsole.arm.ArmResponse;
import dev.adfconsole.model.ModelJson;
import dev.adfconsole.service.activity.ActivityEntry;
import dev.adfconsole.service.activity.ActivityLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/** What every service does with the connection: write bodies, read models, list pages, record actions. */
final class ArmCalls {

    private final ArmConnection arm;
    private final ObjectMapper mapper;
    private final ActivityLog activityLog;
    private final Clock clock;

    ArmCalls(ArmConnection arm, ObjectMapper mapper, ActivityLog activityLog, Clock clock) {
        this.arm = arm;
        this.mapper = mapper;
        this.activityLog = activityLog;
        this.clock = clock;
    }

    ObjectMapper mapper() {
        return mapper;
    }

    ArmConnection arm() {
        return arm;
    }

    String json(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write the request body: " + e.getOriginalMessage(), e);
        }
    }

    <T> CompletableFuture<T> read(ArmRequest request, Class<T> type) {
        ArmCall<ArmResponse> call = arm.send(request);
        return linked(call, call.thenApply(response -> response.as(type)));
    }

    /** The body as JSON, for answers that are not an ARM resource (Resource Graph's rows). */
    CompletableFuture<JsonNode> readTree(ArmRequest request) {
        ArmCall<ArmResponse> call = arm.send(request);
        return linked(call, call.thenApply(ArmResponse::json));
    }

    CompletableFuture<Void> discard(ArmRequest request) {
        ArmCall<ArmResponse> call = arm.send(request);
        return linked(call, call.thenApply(response -> null));
    }

    /**
     * A future derived from an ARM call, whose cancellation reaches that call: a Cancel in the UI cancels the
     * mapped future it holds, and the HTTP request (or wait) under it must stop too.
     */
    static <T> CompletableFuture<T> linked(ArmCall<?> source, CompletableFuture<T> dependent) {
        dependent.whenComplete((value, failure) -> {
            if (dependent.isCancelled()) {
                source.cancel(true);
            }
        });
        return dependent;
    }

    <T> T map(JsonNode json, Class<T> type) {
        return ModelJson.read(mapper, json, type);
    }

    /** Streams a list, mapping each item on its own so each keeps its raw JSON; completes with all items. */
    <T> CompletableFuture<List<T>> list(ArmRequest first, Class<T> type, Consumer<List<T>> onPage) {
        List<T> all = new java.util.concurrent.CopyOnWriteArrayList<>();
        ArmCall<Integer> call = arm.listPages(first, page -> {
            List<T> items = page.value().stream().map(item -> map(item, type)).toList();
            all.addAll(items);
            onPage.accept(items);
            return true;
        });
        return linked(call, call.thenApply(count -> List.copyOf(all)));
    }

    /**
     * Runs an action the user asked for and records it in the activity log: what, on what, how it ended, how long it
     * took and Azure's request id. The future is returned as is, so cancelling it still reaches the HTTP call.
     */
    <T> CompletableFuture<T> action(String action, Object target, CompletableFuture<T> call) {
        return action(action, target, call, value -> null);
    }

    /**
     * An action whose answer is read as {@code type}, logged with Azure's request id even when it succeeds (a mapped
     * answer no longer carries it) and with {@code detail} of the answer (e.g. the new run's id).
     */
    <T> CompletableFuture<T> action(String action, Object target, ArmRequest request, Class<T> type,
                                    java.util.function.Function<T, String> detail) {
        ArmCall<ArmResponse> call = arm.send(request);
        CompletableFuture<ArmResponse> answered = action(action, target, linked(call, call.thenApply(response -> response)),
                response -> detail.apply(response.as(type)));
        return linked(call, answered.thenApply(response -> response.as(type)));
    }

    private <T> CompletableFuture<T> action(String action, Object target, CompletableFuture<T> call,
                                            java.util.function.Function<T, String> successDetail) {
        Instant start = clock.instant();
        call.whenComplete((value, failure) -> {
            Duration took = Duration.between(start, clock.instant());
            Throwable cause = ArmConnectionFailures.unwrap(failure);
            ActivityEntry.Outcome outcome = cause == null ? ActivityEntry.Outcome.SUCCEEDED
                    : cause instanceof CancellationException ? ActivityEntry.Outcome.CANCELLED : ActivityEntry.Outcome.FAILED;
            String detail = cause instanceof ArmException arm ? arm.userMessage()
                    : cause == null ? successDetail.apply(value) : cause instanceof CancellationException ? null : cause.getMessage();
            String requestId = value instanceof ArmResponse response ? response.requestId()
                    : cause instanceof ArmException arm ? arm.requestId() : null;
            activityLog.record(new ActivityEntry(start, action, target.toString(), outcome, detail, took, requestId));
        });
        return call;
    }

    /** Failures as callers see them: the ArmException (or validation error) itself, not its CompletionException. */
    static final class ArmConnectionFailures {
        private ArmConnectionFailures() {
        }

        static Throwable unwrap(Throwable failure) {
            return failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
        }
    }
}
