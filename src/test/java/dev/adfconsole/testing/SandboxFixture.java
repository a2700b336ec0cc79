package dev.adfconsole.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.arm.ArmClient;
import dev.adfconsole.arm.ArmClientOptions;
import dev.adfconsole.arm.ArmEnvironment;
import dev.adfconsole.arm.StaticTokenProvider;
import dev.adfconsole.model.ModelJson;
import dev.adfconsole.model.PipelineRun;
import dev.adfconsole.sandbox.SandboxOptions;
import dev.adfconsole.sandbox.SandboxServer;
import dev.adfconsole.sandbox.fleet.SandboxFactory;
import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.FactoryRef;
import dev.adfconsole.service.activity.ActivityLog;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** The in-process sandbox with a client and services on it, as the UI tests use them: the real HTTP path. */
public final class SandboxFixture implements AutoCloseable {

    public final SandboxServer sandbox;
    public final ArmClient client;
    public final DataFactoryServices services;
    public final FactoryRef factory;
    /** The renewing tokens of {@link #forFaults}; null otherwise. */
    public final RenewingTokens tokens;

    private SandboxFixture(SandboxOptions options) throws IOException {
        this(options, ArmClientOptions.defaults("test"), null);
    }

    private SandboxFixture(SandboxOptions options, ArmClientOptions clientOptions, RenewingTokens renewing) throws IOException {
        sandbox = SandboxServer.start(options);
        client = new ArmClient(clientOptions);
        this.tokens = renewing;
        dev.adfconsole.arm.TokenProvider tokens = renewing != null ? renewing.on(sandbox)
                : new StaticTokenProvider(sandbox.issueToken(Duration.ofHours(1)));
        services = new DataFactoryServices(client.connect(ArmEnvironment.custom("Sandbox", sandbox.baseUri(),
                "https://management.azure.com/.default", sandbox.baseUri()), tokens),
                ModelJson.newMapper(), new ActivityLog(10), Clock.systemUTC());
        SandboxFactory f = sandbox.fleet().allFactories().get(0);
        factory = new FactoryRef(f.subscriptionId, f.resourceGroup, f.name);
    }

    /** Activities of 100 ms, operations of 300 ms: runs end within a second or two. */
    public static SandboxFixture fast() throws IOException {
        return start(SandboxOptions.defaults().withTimings(Duration.ofMillis(300), Duration.ofMillis(100)));
    }

    public static SandboxFixture start(SandboxOptions options) throws IOException {
        return new SandboxFixture(options);
    }

    /**
     * For fault tests: quick retries (2, from 10 ms), a 400 ms read timeout, long-running operations followed for
     * 3 s with 3 failed polls allowed, and tokens that are renewed when ARM refuses one (as MSAL's are).
     */
    public static SandboxFixture forFaults(SandboxOptions options) throws IOException {
        return new SandboxFixture(options, ArmClientOptions.defaults("test")
                .withRetries(FAULT_RETRIES, Duration.ofMillis(10), Duration.ofMillis(50))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(400))
                .withLongRunningLimits(Duration.ofMillis(100), Duration.ofSeconds(3), 3), new RenewingTokens());
    }

    /** Retries {@link #forFaults} allows after the first attempt. */
    public static final int FAULT_RETRIES = 2;

    /** Waits up to six seconds for {@code condition}, then asserts it. */
    public static void await(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 300 && !condition.getAsBoolean(); i++) {
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }

    /** The run once Data Factory reports it ended. */
    public PipelineRun finished(String runId) throws Exception {
        for (int i = 0; i < 600; i++) {
            PipelineRun run = services.runs().get(factory, runId).get();
            if (run.runEnd() != null) {
                return run;
            }
            Thread.sleep(30);
        }
        throw new AssertionError("run " + runId + " did not end");
    }

    @Override
    public void close() {
        client.close();
        sandbox.close();
    }
}
