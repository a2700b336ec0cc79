package dev.adfconsole.arm;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** Sends one {@link ArmRequest}: paces it, signs it, retries it as its kind allows and maps failures. */
final class ArmSender {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final ArmEnvironment environment;
    private final TokenProvider tokens;
    private final ArmClientOptions options;
    private final OkHttpClient http;
    private final Delays delays;
    private final RateLimiter rateLimiter;
    private final ExecutorService tokenExecutor;
    private final RetryPolicy retries;
    /** Calls of this sender on the wire at once, or null: no limit of its own (OkHttp's dispatcher still has one). */
    private final InFlightLimit inFlight;
    private final ArmCaller caller;

    ArmSender(ArmEnvironment environment, TokenProvider tokens, ArmClientOptions options, OkHttpClient http,
              Delays delays, RateLimiter rateLimiter, ExecutorService tokenExecutor) {
        this(environment, tokens, options, http, delays, rateLimiter, tokenExecutor, null,
                new ArmCaller(environment.resourceManagerEndpoint()));
    }

    private ArmSender(ArmEnvironment environment, TokenProvider tokens, ArmClientOptions options, OkHttpClient http,
                      Delays delays, RateLimiter rateLimiter, ExecutorService tokenExecutor, InFlightLimit inFlight,
                      ArmCaller caller) {
        this.inFlight = inFlight;
        this.caller = caller;
        this.environment = environment;
        this.tokens = tokens;
        this.options = options;
        this.http = http;
        this.delays = delays;
        this.rateLimiter = rateLimiter;
        this.tokenExecutor = tokenExecutor;
        this.retries = new RetryPolicy(options.maxRetries(), options.baseBackoff(), options.maxBackoff(),
                () -> ThreadLocalRandom.current().nextDouble());
    }

    RateLimiter rateLimiter() {
        return rateLimiter;
    }

    /** The same sender (buckets, HTTP client, identity) with at most {@code limit} of its calls on the wire at once. */
    ArmSender withInFlightLimit(int limit) {
        return new ArmSender(environment, tokens, options, http, delays, rateLimiter, tokenExecutor, new InFlightLimit(limit),
                caller);
    }

    ArmCall<ArmResponse> send(ArmRequest request) {
        ArmCall<ArmResponse> result = new ArmCall<>();
        // One id for all attempts, so Azure support can follow a call through its retries.
        attempt(request, 0, UUID.randomUUID().toString(), result, Duration.ZERO);
        return result;
    }

    private void attempt(ArmRequest request, int retriesDone, String clientRequestId, ArmCall<ArmResponse> result,
                         Duration delay) {
        CompletableFuture<Void> backoff = delays.after(delay);
        result.waitingOn(backoff);
        backoff.whenComplete((ignored, waitFailure) -> {
            if (result.isDone()) {
                return;
            }
            if (waitFailure != null) {
                result.completeExceptionally(ArmConnection.unwrap(waitFailure));
                return;
            }
            // In line only after the backoff: a call waiting out a Retry-After holds no place others could use.
            ArmBucket.Permit permit = rateLimiter.acquire(request.subscriptionId(), request.isWrite(),
                    request.subscriptionId() == null ? null : caller.current(tokens, environment.armScope()));
            CompletableFuture<Void> paced = permit == null ? CompletableFuture.completedFuture(null) : permit.ready();
            result.waitingOn(paced);
            // A place on the wire only once the bucket lets the call go: a call ARM's buckets hold keeps no place.
            InFlightLimit.Slot[] slot = {InFlightLimit.none()};
            paced.thenCompose(go -> {
                        slot[0] = inFlight == null ? InFlightLimit.none() : inFlight.acquire();
                        result.waitingOn(slot[0].ready);
                        return slot[0].ready;
                    })
                    .thenCompose(go -> {
                        AccessToken atHand = tokens.tokenAtHand(environment.armScope());
                        return atHand != null ? CompletableFuture.completedFuture(atHand)
                                : CompletableFuture.supplyAsync(() -> tokens.getToken(environment.armScope()), tokenExecutor);
                    })
                    .whenComplete((token, failure) -> {
                        if (result.isDone() || failure != null) {
                            abandon(permit);
                            slot[0].release();
                        }
                        if (result.isDone()) {
                            return;
                        }
                        if (failure != null) {
                            Throwable cause = ArmConnection.unwrap(failure);
                            result.completeExceptionally(cause instanceof ArmException ? cause
                                    : ArmErrors.unauthorized(cause.getMessage() == null ? cause.getClass().getSimpleName()
                                            : cause.getMessage(), cause));
                            return;
                        }
                        Call call;
                        try {
                            call = http.newCall(build(request, token, clientRequestId));
                        } catch (RuntimeException e) {
                            // A URL OkHttp refuses: the call ends here, and its place in line is given back.
                            abandon(permit);
                            slot[0].release();
                            result.completeExceptionally(e);
                            return;
                        }
                        result.sending(call);
                        call.enqueue(new Callback() {
                            @Override
                            public void onResponse(Call c, Response response) {
                                handle(request, retriesDone, clientRequestId, result, permit, slot[0], response,
                                        caller.of(token));
                            }

                            @Override
                            public void onFailure(Call c, IOException e) {
                                slot[0].release();
                                abandon(permit);
                                failed(request, retriesDone, clientRequestId, result, e);
                            }
                        });
                    });
        });
    }

    private static void abandon(ArmBucket.Permit permit) {
        if (permit != null) {
            permit.abandoned();
        }
    }

    private void handle(ArmRequest request, int retriesDone, String clientRequestId, ArmCall<ArmResponse> result,
                        ArmBucket.Permit permit, InFlightLimit.Slot slot, Response raw, ArmCaller.Key from) {
        ArmResponse response;
        try (raw) {
            response = new ArmResponse(raw.code(), raw.headers().toMultimap(), raw.body().string(), options.mapper());
        } catch (IOException e) {
            slot.release();
            abandon(permit);
            failed(request, retriesDone, clientRequestId, result, e);
            return;
        }
        // The answer is in: the place goes to the next call before this one is read any further.
        slot.release();
        OptionalLong reads = number(response, "x-ms-ratelimit-remaining-subscription-reads");
        OptionalLong writes = number(response, "x-ms-ratelimit-remaining-subscription-writes");
        rateLimiter.record(request.subscriptionId(), reads, writes);
        int status = response.status();
        if (permit != null) {
            OptionalLong left = request.isWrite() ? writes : reads;
            long unanswered = permit.answered(left.isPresent() ? left.getAsLong() : null,
                    status == 429 ? RetryPolicy.requestedWait(response, options.clock()).orElse(null) : null);
            if (left.isPresent()) {
                // Less the calls sent since and not answered: ARM had not counted them, the next client must.
                rateLimiter.remember(from, request.subscriptionId(), request.isWrite(), left.getAsLong() - unanswered);
            }
        }
        if (status >= 200 && status < 300) {
            result.complete(response);
            return;
        }
        Optional<Duration> requested = RetryPolicy.requestedWait(response, options.clock());
        if (requested.isPresent() && requested.get().compareTo(options.maxRetryWait()) > 0 && status == 429) {
            // Sleeping through minutes would look like a hang; say when it can be tried again instead.
            result.completeExceptionally(ArmErrors.throttled(response, options.clock().instant().plus(requested.get())));
            return;
        }
        if (status == 401 && tokenRefused(response)) {
            // The token expired mid-session or was revoked: ARM refused it before acting. Ask for a new one once;
            // a safe call goes again with it, an action is left to the user (it is sent once, whatever happens).
            boolean renewed = tokens.rejected(environment.armScope());
            if (renewed && request.retrySafe() && !result.tokenRenewed) {
                result.tokenRenewed = true;
                attempt(request, retriesDone, clientRequestId, result, Duration.ZERO);
                return;
            }
            result.completeExceptionally(ArmErrors.tokenRejected(response, describe(request), renewed));
            return;
        }
        if (retries.shouldRetry(request, status, retriesDone)) {
            attempt(request, retriesDone + 1, clientRequestId, result, retries.delay(retriesDone, requested));
            return;
        }
        result.completeExceptionally(status == 429
                ? ArmErrors.throttled(response, options.clock().instant().plus(requested.orElse(Duration.ofSeconds(60))))
                : ArmErrors.fromResponse(response, describe(request)));
    }

    private void failed(ArmRequest request, int retriesDone, String clientRequestId, ArmCall<ArmResponse> result,
                        IOException failure) {
        if (result.isDone()) {
            return;
        }
        if (retries.shouldRetry(request, failure, retriesDone)) {
            attempt(request, retriesDone + 1, clientRequestId, result, retries.backoff(retriesDone));
            return;
        }
        boolean mayHaveActed = !request.retrySafe() && !RetryPolicy.neverSent(failure);
        result.completeExceptionally(ArmErrors.network(environment.resourceManagerEndpoint(), failure, mayHaveActed,
                clientRequestId));
    }

    private Request build(ArmRequest request, AccessToken token, String clientRequestId) {
        HttpUrl url = request.httpUrl(environment.resourceManagerEndpoint());
        RequestBody body = request.body() != null ? RequestBody.create(request.body(), JSON)
                : "GET".equals(request.method()) || "DELETE".equals(request.method()) ? null : RequestBody.create("", JSON);
        return new Request.Builder().url(url).method(request.method(), body)
                .header("Authorization", "Bearer " + token.token())
                .header("x-ms-client-request-id", clientRequestId)
                .header("User-Agent", options.userAgent())
                .header("Accept", "application/json")
                .build();
    }

    /** "POST …/integrationRuntimes/shir-01/start": enough to say which call failed, without the whole id. */
    static String describe(ArmRequest request) {
        String path = request.path() != null ? request.path() : request.absolute().getPath();
        String[] parts = path.split("/");
        int from = Math.max(0, parts.length - 3);
        return request.method() + " " + (from > 0 ? "…/" : "") + String.join("/", List.of(parts).subList(from, parts.length));
    }

    private static boolean tokenRefused(ArmResponse response) {
        String code = ArmErrors.code(response);
        return "ExpiredAuthenticationToken".equalsIgnoreCase(code) || "InvalidAuthenticationToken".equalsIgnoreCase(code);
    }

    private static OptionalLong number(ArmResponse response, String header) {
        try {
            return response.header(header).map(v -> OptionalLong.of(Long.parseLong(v.trim()))).orElse(OptionalLong.empty());
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
