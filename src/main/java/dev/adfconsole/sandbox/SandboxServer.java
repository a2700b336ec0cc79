package dev.adfconsole.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.adfconsole.sandbox.fleet.Fleet;
import dev.adfconsole.sandbox.fleet.FleetGenerator;
import dev.adfconsole.sandbox.fleet.ResourceManagerRoutes;
import dev.adfconsole.sandbox.fleet.SandboxFactory;
import dev.adfconsole.sandbox.http.FactoryListener;
import dev.adfconsole.sandbox.http.SandboxRequest;
import dev.adfconsole.sandbox.http.SandboxResponse;
import dev.adfconsole.sandbox.http.SandboxRoutes;
import dev.adfconsole.sandbox.http.SandboxTokens;
import dev.adfconsole.sandbox.auth.OAuthAuthority;
import dev.adfconsole.sandbox.auth.SandboxUser;
import dev.adfconsole.sandbox.pipelines.PipelineSandbox;
import dev.adfconsole.sandbox.runtimes.RuntimeRoutes;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox: an ARM-compatible Data Factory emulator on 127.0.0.1 (never another interface), on the JDK's HTTP
 * server. It checks what ARM checks, then hands the request to its route families.
 */
public final class SandboxServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxServer.class);

    static {
        // The JDK server writes headers and body separately; with Nagle's algorithm on, each answer then waits for
        // the client's delayed ACK (~40 ms). Read once by the JDK when its first server is made.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final SandboxOptions options;
    private final Fleet fleet;
    private final SandboxTokens tokens;
    private final HttpServer http;
    private final ExecutorService workers;
    private final List<SandboxRoutes> armRoutes = new CopyOnWriteArrayList<>();
    private final List<SandboxRoutes> authorityRoutes = new CopyOnWriteArrayList<>();
    private final List<FactoryListener> factoryListeners = new CopyOnWriteArrayList<>();
    private final Faults faults;
    private final RequestLog requestLog = new RequestLog();
    private final ArmGate gate;
    private final SandboxDispatcher dispatcher;
    private final long seed;
    private final PipelineSandbox pipelines;
    private OAuthAuthority authority;

    private SandboxServer(SandboxOptions options, Fleet fleet) throws IOException {
        this.options = options;
        this.fleet = fleet;
        this.seed = options.seed();
        this.tokens = new SandboxTokens(options.clock());
        this.faults = new Faults(options.faults(), options.seed());
        this.gate = new ArmGate(fleet, tokens, options.clock(), options.readsPerSecond(), options.readBurst(),
                options.writesPerSecond(), options.writeBurst());
        this.dispatcher = new SandboxDispatcher(options, gate, faults, requestLog, armRoutes, authorityRoutes);
        armRoutes.add(new ResourceManagerRoutes(fleet, options.pageSize(), gate::tenantOf));
        armRoutes.add(new RuntimeRoutes(fleet, options.clock(), options.operationDuration(), options.pageSize()));
        this.pipelines = new PipelineSandbox(options.clock(), options.activityDuration(), options.pageSize());
        armRoutes.add(pipelines);
        armRoutes.add(new dev.adfconsole.sandbox.metrics.MetricsRoutes(fleet, options.clock()));
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(48, runnable -> {
            Thread thread = new Thread(runnable, "sandbox-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 256);
        http.setExecutor(workers);
        http.createContext("/", this::handle);
    }

    /** Builds the fleet (from --state when it exists, else from the seed) and starts listening. */
    public static SandboxServer start(SandboxOptions options) throws IOException {
        Fleet fleet = options.statePath() != null && java.nio.file.Files.exists(options.statePath())
                ? FleetState.load(options.statePath())
                : new FleetGenerator(options.seed(), options.clock().instant()).generate(options.fleet());
        SandboxServer server = new SandboxServer(options, fleet);
        server.addFactoryListener(server.pipelines);
        server.authority = new OAuthAuthority(server.tokens, options.clock(), fleet.tenantId,
                new SandboxUser(java.util.UUID.nameUUIDFromBytes(("operator@" + fleet.tenantId).getBytes()).toString(),
                        "operator@contoso-sandbox.onmicrosoft.com",
                        "Sandbox Operator"), options.accessTokenLifetime(), Duration.ofSeconds(3),
                segment -> fleet.tenants().stream().filter(t -> !t.home() && (t.tenantId().equalsIgnoreCase(segment)
                        || t.defaultDomain().equalsIgnoreCase(segment))).map(Fleet.Tenant::tenantId).findFirst());
        server.addAuthorityRoutes(server.authority);
        server.http.start();
        LOG.info("Sandbox listening on {} with {} runtimes", server.baseUri(), fleet.runtimeCount());
        return server;
    }

    private void handle(HttpExchange exchange) throws IOException {
        dispatcher.dispatch(exchange);
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort());
    }

    public String tenantId() {
        return fleet.tenantId;
    }

    public List<String> subscriptionIds() {
        return fleet.subscriptions().stream().map(Fleet.Subscription::subscriptionId).toList();
    }

    public Fleet fleet() {
        return fleet;
    }

    public SandboxOptions options() {
        return options;
    }

    /** A token the ARM routes accept, for the standalone command, the app and tests. */
    public String issueToken(Duration lifetime) {
        return tokens.issueAccessToken("sandbox-operator", fleet.tenantId, "https://management.azure.com/.default", lifetime);
    }

    public SandboxTokens tokens() {
        return tokens;
    }

    /** The sign-in authority at {@code baseUri()/{tenant}}: Entra ID's v2.0 endpoints for MSAL's real flows. */
    public OAuthAuthority authority() {
        return authority;
    }

    public PipelineSandbox pipelines() {
        return pipelines;
    }

    public Faults faults() {
        return faults;
    }

    public RequestLog requestLog() {
        return requestLog;
    }

    /** Tokens left now in a subscription's ARM bucket of reads or writes (benchmarks compute their bound from it). */
    public double bucketLevel(String subscriptionId, boolean write) {
        return gate.level(subscriptionId, write);
    }

    /** A family answered after the ARM checks (token, api-version, scope, throttling, faults). */
    public void addArmRoutes(SandboxRoutes routes) {
        armRoutes.add(routes);
    }

    /** A family answered before any ARM check: the sign-in authority, which has its own rules. */
    public void addAuthorityRoutes(SandboxRoutes routes) {
        authorityRoutes.add(routes);
    }

    /** Told of every factory now and of later ones, with a seed derived from --seed and the factory's id. */
    public void addFactoryListener(FactoryListener listener) {
        factoryListeners.add(listener);
        for (SandboxFactory factory : fleet.allFactories()) {
            listener.factoryAdded(factory.subscriptionId, factory.resourceGroup, factory.name, seed ^ factory.id().toLowerCase().hashCode());
        }
    }

    @Override
    public void close() {
        http.stop(0);
        workers.shutdownNow();
        if (options.statePath() != null) {
            try {
                FleetState.save(fleet, options.statePath());
            } catch (IOException e) {
                LOG.warn("Could not save the sandbox state to {}", options.statePath(), e);
            }
        }
    }

    static SandboxResponse notFound(SandboxRequest request) {
        return SandboxResponse.error(404, "InvalidResourceType", "The resource type could not be found for '" + request.path() + "'.");
    }
}
