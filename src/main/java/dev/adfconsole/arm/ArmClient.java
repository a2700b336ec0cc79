package dev.adfconsole.arm;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The one HTTP client of the app: one OkHttp instance, one connection pool, one dispatcher sized for ARM, shared by
 * every connection (cloud, account, sandbox) made from it.
 */
public final class ArmClient implements AutoCloseable {

    private final ArmClientOptions options;
    private final OkHttpClient http;
    private final ScheduledExecutorService scheduler;
    private final ExecutorService tokenExecutor;
    private final Delays delays;
    private final RateLimiter rateLimiter;
    private final ArmLimitsMemory memory;
    private final java.util.concurrent.ScheduledFuture<?> saving;

    public ArmClient(ArmClientOptions options) {
        this(options, null);
    }

    /**
     * A client that starts from what ARM last reported to the clients before it ({@code memory}, null: it probes
     * ARM as a fresh process would), and keeps what ARM reports to it for the clients after it: saved at most once a
     * second while it runs, on its timer thread, and on {@link #close()}.
     */
    public ArmClient(ArmClientOptions options, ArmLimitsMemory memory) {
        this.options = options;
        this.memory = memory;
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(options.maxRequests());
        dispatcher.setMaxRequestsPerHost(options.maxRequestsPerHost());
        this.http = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(options.maxRequestsPerHost(), 5, TimeUnit.MINUTES))
                .connectTimeout(options.connectTimeout())
                .readTimeout(options.readTimeout())
                // Retries are ours to decide (a state-changing POST must not be resent); OkHttp's own would not know.
                .retryOnConnectionFailure(false)
                .addNetworkInterceptor(new RedactingLogger())
                .build();
        this.scheduler = Executors.newSingleThreadScheduledExecutor(daemon("arm-timer"));
        this.tokenExecutor = Executors.newCachedThreadPool(daemon("arm-token"));
        this.delays = options.delays() != null ? options.delays() : Delays.scheduled(scheduler);
        this.rateLimiter = new RateLimiter(options.clock(), delays, options.readsPerSecond(), options.readBurst(),
                options.writesPerSecond(), options.writeBurst(), memory);
        if (memory != null) {
            // Read before the first call needs it, off the caller's thread (the window's client starts on the UI's).
            scheduler.execute(memory::load);
            saving = scheduler.scheduleWithFixedDelay(() -> memory.save(options.clock().instant()), 1, 1, TimeUnit.SECONDS);
        } else {
            saving = null;
        }
    }

    /** A connection to one cloud (or sandbox, or custom endpoint) with one identity. */
    public ArmConnection connect(ArmEnvironment environment, TokenProvider tokens) {
        return new ArmConnection(environment, tokens, options, http, delays, rateLimiter, tokenExecutor);
    }

    /** HTTP calls running or queued right now (the status bar's "n calls"; tests check that Cancel stops them). */
    public int callsInFlight() {
        return http.dispatcher().runningCallsCount() + http.dispatcher().queuedCallsCount();
    }

    public ArmClientOptions options() {
        return options;
    }

    @Override
    public void close() {
        if (memory != null) {
            // Before the timer is stopped: a save it is running finishes first (shutdownNow would cut its write).
            saving.cancel(false);
            memory.save(options.clock().instant());
        }
        scheduler.shutdownNow();
        tokenExecutor.shutdownNow();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
