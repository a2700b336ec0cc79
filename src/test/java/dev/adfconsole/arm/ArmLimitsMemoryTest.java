package dev.adfconsole.arm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.sandbox.RequestLog;
import dev.adfconsole.sandbox.SandboxOptions;
import dev.adfconsole.sandbox.SandboxServer;
import dev.adfconsole.sandbox.fleet.FleetSpec;
import dev.adfconsole.sandbox.fleet.SandboxFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What ARM last reported survives the client: a client started right after another one, with the same sign-in,
 * starts from ARM's last counts instead of probing each bucket first; counts too old, or another principal's, are not
 * used; and the file keeps no token. Whether a bucket probed is seen on the sandbox: the first status call to reach it
 * hangs, and only a bucket that did not wait for that answer gets its other calls sent meanwhile.
 */
class ArmLimitsMemoryTest {

    /** ARM's write bucket small and fast (burst 20, 40 a second), so a test drains it in a moment. */
    private static final SandboxOptions SMALL_BUCKETS = SandboxOptions.defaults().withSeed(7)
            .withFleet(FleetSpec.parse("2:2:10:1")).withBuckets(25, 250, 40, 20);
    private static final ArmClientOptions CLIENT = ArmClientOptions.defaults("test").withBuckets(25, 240, 40, 190);
    private static final String SCOPE = "https://management.azure.com/.default";

    @TempDir
    Path home;
    private SandboxServer sandbox;
    private final List<ArmCall<ArmResponse>> sent = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SMALL_BUCKETS);
    }

    @AfterEach
    void stop() {
        sent.forEach(call -> call.cancel(true));
        sandbox.close();
    }

    @Test
    void aClientStartedRightAfterOneThatDrainedTheWriteBucketSendsWithoutAProbeAndDrawsNo429() throws Exception {
        String a = sandbox.subscriptionIds().get(0);
        try (ArmClient first = new ArmClient(CLIENT, memory())) {
            all(statuses(connect(first, sandbox.issueToken(Duration.ofHours(1))), a, 0, 20)).get(30, TimeUnit.SECONDS);
        }
        sandbox.requestLog().clear();
        sandbox.faults().next("IntegrationRuntimes_GetStatus", 1).hang(Duration.ofSeconds(60));

        // A new process: a new memory read from the file, a new token of the same principal.
        try (ArmClient second = new ArmClient(CLIENT, memory())) {
            ArmConnection connection = connect(second, sandbox.issueToken(Duration.ofHours(1)));
            List<ArmCall<ArmResponse>> calls = statuses(connection, a, 0, 20);
            CountDownLatch answered = new CountDownLatch(19);
            calls.forEach(call -> call.whenComplete((response, failure) -> answered.countDown()));

            // Behind a probe, nothing would go while the first call on the wire hangs.
            assertThat(answered.await(20, TimeUnit.SECONDS)).as("all but the hanging call answered").isTrue();
            assertThat(calls).filteredOn(call -> !call.isDone()).as("the one the sandbox holds").hasSize(1);
        }
        assertThat(sandbox.requestLog().calls()).extracting(RequestLog.Call::status)
                .as("ARM's bucket was drained, and the new client knew it from the start").doesNotContain(429)
                .filteredOn(status -> status == 200).hasSize(19);
    }

    @Test
    void countsRememberedMoreThanTenSecondsAgoAreNotUsedTheBucketProbes() throws Exception {
        String a = sandbox.subscriptionIds().get(0);
        try (ArmClient first = new ArmClient(CLIENT, memory())) {
            all(statuses(connect(first, sandbox.issueToken(Duration.ofHours(1))), a, 0, 5)).get(30, TimeUnit.SECONDS);
        }

        Clock elevenSecondsLater = Clock.offset(Clock.systemUTC(), Duration.ofSeconds(11));
        assertOnlyTheProbeGoes(CLIENT.withClock(elevenSecondsLater), sandbox.issueToken(Duration.ofHours(1)));
    }

    @Test
    void anotherPrincipalDoesNotStartFromTheFirstOnesCounts() throws Exception {
        String a = sandbox.subscriptionIds().get(0);
        try (ArmClient first = new ArmClient(CLIENT, memory())) {
            all(statuses(connect(first, sandbox.issueToken(Duration.ofHours(1))), a, 0, 5)).get(30, TimeUnit.SECONDS);
        }
        String someoneElse = sandbox.tokens().issueAccessToken("another-operator", sandbox.fleet().tenantId, SCOPE,
                Duration.ofHours(1));

        assertOnlyTheProbeGoes(CLIENT, someoneElse);
    }

    @Test
    void theFileHoldsNoTokenAndIsReadableOnlyByItsOwner() throws Exception {
        String token = sandbox.issueToken(Duration.ofHours(1));
        try (ArmClient client = new ArmClient(CLIENT, memory())) {
            all(statuses(connect(client, token), sandbox.subscriptionIds().get(0), 0, 5)).get(30, TimeUnit.SECONDS);
        }

        Path file = home.resolve("arm-limits.json");
        assertThat(Files.readString(file)).contains(sandbox.subscriptionIds().get(0), "\"writes\"");
        try (var files = Files.walk(home)) {
            for (Path each : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(each), StandardCharsets.ISO_8859_1)).as(each.toString())
                        .doesNotContain(token).doesNotContain(token.substring(token.lastIndexOf('.') + 1));
            }
        }
        Assumptions.assumeTrue(file.getFileSystem().supportedFileAttributeViews().contains("posix"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aTokenThatIsNotAJwtNamesNoCallerSoNothingIsRemembered() {
        assertThat(ArmCaller.principal("opaque-token-value")).isEmpty();
        assertThat(ArmCaller.principal("eyJ0eXAiOiJKV1Qi.secret-token-value.sig")).isEmpty();
        assertThat(ArmCaller.principal(sandbox.issueToken(Duration.ofHours(1)))).hasValueSatisfying(
                who -> assertThat(who).containsExactly(sandbox.fleet().tenantId, "sandbox-operator"));
    }

    /**
     * The second client's first call of subscription A hangs; the rest of A must wait for it (a probe), while the
     * calls of B, whose own probe is answered, all go through.
     */
    private void assertOnlyTheProbeGoes(ArmClientOptions options, String token) throws Exception {
        String a = sandbox.subscriptionIds().get(0);
        String b = sandbox.subscriptionIds().get(1);
        sandbox.requestLog().clear();
        sandbox.faults().next("IntegrationRuntimes_GetStatus", 1).hang(Duration.ofSeconds(60));
        try (ArmClient second = new ArmClient(options, memory())) {
            ArmConnection connection = connect(second, token);
            statuses(connection, a, 0, 1);
            // B's probe must not be the call that hangs: B's calls go only once A's first is hanging at the sandbox.
            for (int i = 0; i < 500 && sandbox.requestLog().calls().isEmpty(); i++) {
                Thread.sleep(20);
            }
            assertThat(sandbox.requestLog().calls()).singleElement()
                    .satisfies(call -> assertThat(call.path()).startsWith("/subscriptions/" + a + "/"));
            List<ArmCall<ArmResponse>> restOfA = statuses(connection, a, 1, 5);
            all(statuses(connection, b, 0, 10)).get(20, TimeUnit.SECONDS);

            assertThat(restOfA).noneMatch(CompletableFuture::isDone);
            assertThat(sandbox.requestLog().calls()).filteredOn(call -> call.path().startsWith("/subscriptions/" + a + "/"))
                    .as("only the probe of A went").hasSize(1);
        }
    }

    private ArmLimitsMemory memory() {
        return new ArmLimitsMemory(home.resolve("arm-limits.json"));
    }

    private ArmConnection connect(ArmClient client, String token) {
        ArmEnvironment environment = ArmEnvironment.custom("Sandbox", sandbox.baseUri(), SCOPE, sandbox.baseUri());
        return client.connect(environment, new StaticTokenProvider(token));
    }

    /** Status calls of runtimes {@code from} (inclusive) to {@code to} of one subscription, in that order. */
    private List<ArmCall<ArmResponse>> statuses(ArmConnection connection, String subscriptionId, int from, int to) {
        List<String> paths = sandbox.fleet().allFactories().stream().filter(f -> f.subscriptionId.equals(subscriptionId))
                .flatMap((SandboxFactory f) -> f.runtimes.keySet().stream().sorted().map(r -> "/subscriptions/"
                        + f.subscriptionId + "/resourceGroups/" + f.resourceGroup
                        + "/providers/Microsoft.DataFactory/factories/" + f.name + "/integrationRuntimes/" + r))
                .toList();
        List<ArmCall<ArmResponse>> calls = new ArrayList<>();
        for (String path : paths.subList(from, to)) {
            calls.add(connection.send(ArmRequest.postRead(path + "/getStatus", null)));
        }
        sent.addAll(calls);
        return calls;
    }

    private static CompletableFuture<Void> all(List<ArmCall<ArmResponse>> calls) {
        return CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new));
    }
}
