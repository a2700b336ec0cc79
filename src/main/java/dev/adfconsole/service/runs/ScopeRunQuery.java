package dev.adfconsole.service.runs;

import dev.adfconsole.model.PipelineRun;
import dev.adfconsole.model.RunFilterParameters;
import dev.adfconsole.service.AsyncLimiter;
import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.FactoryRef;
import dev.adfconsole.service.Failures;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The runs of every factory in a scope: {@code queryPipelineRuns} per factory, at most N factories in flight (the
 * sweep's {@link AsyncLimiter}; ARM's buckets pace the calls under it), each factory's pages handed on as they come.
 * A factory that fails is reported on its own and never hides the others.
 */
public final class ScopeRunQuery {

    /** Most runs kept per factory: a monitor lists what a person reads, and a runaway trigger must not flood it. */
    public static final int MAX_RUNS_PER_FACTORY = 2_000;

    /** What the query reports as it goes; any method may be called from any thread. */
    public interface Listener {
        /** The scope's factories are known; each will answer with runs or a failure. */
        default void factoriesFound(int count) {
        }

        /** A page of one factory's runs. */
        void runs(FactoryRef factory, List<PipelineRun> runs);

        /** A factory has answered completely (with runs or a failure); not told for factories a Cancel left out. */
        default void factoryDone(FactoryRef factory) {
        }

        void failed(ScopeFailure failure);
    }

    /** How a query ended. */
    public record Summary(int factories, int failures, int runs, boolean cancelled) {
    }

    /** A running query: its end, and Cancel. */
    public static final class Handle {
        private final CompletableFuture<Summary> done = new CompletableFuture<>();
        private final Set<CompletableFuture<?>> inFlight = ConcurrentHashMap.newKeySet();
        private volatile boolean cancelled;

        public CompletableFuture<Summary> done() {
            return done;
        }

        /** Stops the factories not asked yet and the calls under way; what arrived stays. */
        public void cancel() {
            cancelled = true;
            inFlight.forEach(call -> call.cancel(true));
        }

        public boolean isCancelled() {
            return cancelled;
        }
    }

    private final DataFactoryServices services;
    private final int concurrency;

    public ScopeRunQuery(DataFactoryServices services, int concurrency) {
        this.services = services;
        this.concurrency = concurrency;
    }

    public Handle run(RunScope scope, RunFilterParameters filter, Listener listener) {
        Handle handle = new Handle();
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        ScopeFactories.list(services, scope, failure -> {
            failures.incrementAndGet();
            listener.failed(failure);
        }).whenComplete((factories, failure) -> {
            if (failure != null) {
                handle.done.completeExceptionally(Failures.unwrap(failure));
                return;
            }
            listener.factoriesFound(factories.size());
            AsyncLimiter limiter = new AsyncLimiter(concurrency);
            CompletableFuture<?>[] all = factories.stream().map(factory -> limiter.submit(() -> {
                if (handle.cancelled) {
                    return CompletableFuture.failedFuture(new CancellationException());
                }
                AtomicInteger seen = new AtomicInteger();
                CompletableFuture<Integer> call = services.runs().queryByFactory(factory, filter, page -> {
                    runs.addAndGet(page.size());
                    listener.runs(factory, page);
                    return !handle.cancelled && seen.addAndGet(page.size()) < MAX_RUNS_PER_FACTORY;
                });
                handle.inFlight.add(call);
                return call.whenComplete((n, f) -> handle.inFlight.remove(call));
            }).handle((count, error) -> {
                boolean cancelled = error != null && Failures.unwrap(error) instanceof CancellationException;
                if (error != null && !cancelled) {
                    failures.incrementAndGet();
                    listener.failed(new ScopeFailure(factory.subscriptionId(), factory, Failures.describe(error)));
                }
                if (!cancelled) {
                    listener.factoryDone(factory);
                }
                return null;
            })).toArray(CompletableFuture[]::new);
            CompletableFuture.allOf(all).whenComplete((ignored, never) -> handle.done.complete(
                    new Summary(factories.size(), failures.get(), runs.get(), handle.cancelled)));
        });
        return handle;
    }
}
