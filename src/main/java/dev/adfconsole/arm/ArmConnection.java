package dev.adfconsole.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.adfconsole.model.ListPage;
import dev.adfconsole.model.RunQueryPage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Predicate;
import okhttp3.OkHttpClient;

/**
 * Calls to one ARM endpoint with one identity: single calls, lists that follow {@code nextLink}, run queries that
 * follow {@code continuationToken}, and long-running operations. Everything is asynchronous and cancellable.
 */
public final class ArmConnection {

    private final ArmEnvironment environment;
    private final ArmClientOptions options;
    private final ArmSender sender;
    private final LongRunningOperations operations;
    private final Delays delays;

    ArmConnection(ArmEnvironment environment, TokenProvider tokens, ArmClientOptions options, OkHttpClient http,
                  Delays delays, RateLimiter rateLimiter, ExecutorService tokenExecutor) {
        this(environment, options, new ArmSender(environment, tokens, options, http, delays, rateLimiter, tokenExecutor),
                delays);
    }

    private ArmConnection(ArmEnvironment environment, ArmClientOptions options, ArmSender sender, Delays delays) {
        this.environment = environment;
        this.options = options;
        this.sender = sender;
        this.delays = delays;
        this.operations = new LongRunningOperations(sender, delays, options);
    }

    /**
     * This connection (same identity, buckets and HTTP client) with at most {@code limit} of the returned
     * connection's calls on the wire at once. A call counts from when its subscription's bucket lets it go until its
     * answer is in: a call ARM's buckets hold (a drained subscription, the rest of a subscription while its first
     * call probes ARM's count) leaves its place to one that can go, so a sweep keeps {@code limit} calls going.
     */
    public ArmConnection withInFlightLimit(int limit) {
        return new ArmConnection(environment, options, sender.withInFlightLimit(limit), delays);
    }

    public ArmEnvironment environment() {
        return environment;
    }

    /** Sends one call, with retries as its kind allows; fails with {@link ArmException} on any non-2xx answer. */
    public ArmCall<ArmResponse> send(ArmRequest request) {
        return sender.send(request);
    }

    /**
     * Streams a list page by page: {@code onPage} sees each page as it arrives and returns false to stop early.
     * Completes with the number of items seen.
     */
    public ArmCall<Integer> listPages(ArmRequest first, Predicate<ListPage> onPage) {
        ArmCall<Integer> result = new ArmCall<>();
        nextPage(first, onPage, result, 0);
        return result;
    }

    /** Every item of a list, all pages. */
    public CompletableFuture<List<JsonNode>> listAll(ArmRequest first) {
        List<JsonNode> items = new ArrayList<>();
        return listPages(first, page -> items.addAll(page.value())).thenApply(count -> List.copyOf(items));
    }

    /**
     * Streams a run query ({@code queryPipelineRuns}, {@code queryActivityruns}): the same body is posted again with
     * the {@code continuationToken} of the previous answer until there is none, or {@code onPage} returns false.
     */
    public ArmCall<Integer> queryPages(ArmRequest first, Predicate<RunQueryPage> onPage) {
        ArmCall<Integer> result = new ArmCall<>();
        nextQuery(first, onPage, result, 0);
        return result;
    }

    /** A long-running operation: completes when Azure says it has ended, with the final answer. */
    public ArmCall<ArmResponse> sendLongRunning(ArmRequest request) {
        return operations.run(request);
    }

    /** What ARM last reported as left in this subscription's buckets. */
    public RateLimits rateLimits(String subscriptionId) {
        return sender.rateLimiter().remaining(subscriptionId);
    }

    private void nextPage(ArmRequest request, Predicate<ListPage> onPage, ArmCall<Integer> result, int seen) {
        ArmCall<ArmResponse> call = sender.send(request);
        result.waitingOn(call);
        call.whenComplete((response, failure) -> {
            if (failure != null) {
                result.completeExceptionally(unwrap(failure));
                return;
            }
            try {
                ListPage page = response.as(ListPage.class);
                int total = seen + page.value().size();
                if (!onPage.test(page) || page.nextLink() == null || page.nextLink().isBlank() || result.isDone()) {
                    result.complete(total);
                } else {
                    nextPage(ArmRequest.follow(java.net.URI.create(page.nextLink())), onPage, result, total);
                }
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
    }

    private void nextQuery(ArmRequest request, Predicate<RunQueryPage> onPage, ArmCall<Integer> result, int seen) {
        ArmCall<ArmResponse> call = sender.send(request);
        result.waitingOn(call);
        call.whenComplete((response, failure) -> {
            if (failure != null) {
                result.completeExceptionally(unwrap(failure));
                return;
            }
            try {
                RunQueryPage page = response.as(RunQueryPage.class);
                int total = seen + page.value().size();
                String token = page.continuationToken();
                if (!onPage.test(page) || token == null || token.isBlank() || result.isDone()) {
                    result.complete(total);
                } else {
                    ObjectNode body = (ObjectNode) options.mapper().readTree(request.body());
                    body.put("continuationToken", token);
                    nextQuery(request.withBody(body.toString()), onPage, result, total);
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                result.completeExceptionally(new IllegalArgumentException("The query body is not JSON", e));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
    }

    static Throwable unwrap(Throwable failure) {
        return failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
    }
}
