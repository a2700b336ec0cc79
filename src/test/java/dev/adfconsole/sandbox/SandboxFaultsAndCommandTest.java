package dev.adfconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adfconsole.arm.ArmException;
import dev.adfconsole.sandbox.fleet.SandboxFactory;
import dev.adfconsole.sandbox.fleet.SandboxRuntime;
import dev.adfconsole.service.RuntimeRef;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scripted and random faults, the request log, the standalone command and --state. */
class SandboxFaultsAndCommandTest {

    @TempDir
    Path dir;

    @Test
    void scriptedFaultsHitTheNamedOperationAndTheClientRetriesThrough() throws Exception {
        try (SandboxServer server = SandboxServer.start(SandboxOptions.defaults()); SandboxClient client = new SandboxClient(server)) {
            SandboxFactory factory = server.fleet().allFactories().get(0);
            SandboxRuntime runtime = factory.runtimes.values().iterator().next();
            RuntimeRef ref = SandboxClient.ref(factory, runtime);
            server.faults().next("IntegrationRuntimes_GetStatus", 2).answer(503);

            var status = client.services.runtimes().getStatus(ref).get();

            assertThat(status.name()).isEqualTo(runtime.name);
            assertThat(server.requestLog().calls("IntegrationRuntimes_GetStatus")).extracting(RequestLog.Call::status)
                    .containsExactly(503, 503, 200);
            assertThat(server.requestLog().calls().get(0).headers().get("authorization")).isEqualTo("Bearer ****");
        }
    }

    @Test
    void faultAfterHandlingMeansTheActionHappenedButTheClientSeesAnError() throws Exception {
        try (SandboxServer server = SandboxServer.start(SandboxOptions.defaults()); SandboxClient client = new SandboxClient(server)) {
            SandboxFactory factory = server.fleet().allFactories().get(0);
            SandboxRuntime runtime = factory.runtimes.values().stream().filter(r -> r.kind == SandboxRuntime.Kind.SELF_HOSTED).findFirst().orElseThrow();
            String before = runtime.authKey1;
            server.faults().next("IntegrationRuntimes_RegenerateAuthKey", 1).afterHandling().answer(500);

            assertThatThrownBy(() -> client.services.runtimes().regenerateAuthKey(SandboxClient.ref(factory, runtime), "authKey1").get())
                    .cause().isInstanceOfSatisfying(ArmException.class, e -> assertThat(e.httpStatus()).isEqualTo(500));

            assertThat(runtime.authKey1).as("the key was regenerated").isNotEqualTo(before);
            assertThat(server.requestLog().calls("IntegrationRuntimes_RegenerateAuthKey")).as("and not sent twice").hasSize(1);
        }
    }

    @Test
    void resetAndMalformedFaults() throws Exception {
        try (SandboxServer server = SandboxServer.start(SandboxOptions.defaults()); SandboxClient client = new SandboxClient(server)) {
            SandboxFactory factory = server.fleet().allFactories().get(0);
            server.faults().next("IntegrationRuntimes_ListByFactory", 1).malformed();
            assertThatThrownBy(() -> client.services.runtimes().list(SandboxClient.ref(factory), p -> { }).get()).cause()
                    .isInstanceOfSatisfying(ArmException.class, e -> assertThat(e.kind()).isEqualTo(ArmException.Kind.MALFORMED_RESPONSE));

            server.faults().next("IntegrationRuntimes_ListByFactory", 1).reset();
            assertThat(client.services.runtimes().list(SandboxClient.ref(factory), p -> { }).get()).as("a GET is retried after a reset").hasSize(4);
        }
    }

    @Test
    void faultRatesAreSeededAndValidated() {
        Faults faults = new Faults("500:1.0", 1);
        assertThat(faults.decide("Anything")).get().extracting(Faults.Fault::status).isEqualTo(500);
        assertThat(new Faults("", 1).decide("Anything")).isEmpty();
        assertThatThrownBy(() -> new Faults("teapot:0.5", 1)).hasMessageContaining("--faults kinds");
        assertThatThrownBy(() -> new Faults("500:2", 1)).hasMessageContaining("from 0 to 1");
    }

    @Test
    void standaloneCommandPrintsWhereAndHowToTalkToIt() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SandboxServer server = SandboxMain.start(SandboxMain.parse(List.of("--fleet", "1:2:4:2", "--seed", "3")),
                new PrintStream(out, true, StandardCharsets.UTF_8))) {
            String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
            assertThat(lines[0]).isEqualTo("ADF sandbox listening on " + server.baseUri());
            assertThat(lines[1]).isEqualTo("tenant: " + server.tenantId());
            assertThat(lines[2]).startsWith("subscription: ");
            String token = lines[3].substring("token: ".length());
            var answer = new SandboxHttp(server).send("GET", "/subscriptions?api-version=2022-12-01", null, token);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(server.fleet().runtimeCount()).isEqualTo(8);
        }
    }

    @Test
    void badOptionsAreOneLineWithExitCodeTwo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SandboxMain.run(List.of("--fleet", "2:x"), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(
                "adf-console sandbox: --fleet must be S:F:R:N (subscriptions:factories:runtimes:nodes), or S:F:R:N:guest with a partner tenant, not '2:x'\n");
    }

    @Test
    void stateFileKeepsChangesAcrossRestarts() throws Exception {
        Path state = dir.resolve("sandbox.json");
        String changedKey;
        String factoryName;
        try (SandboxServer server = SandboxServer.start(SandboxOptions.defaults().withStatePath(state));
             SandboxClient client = new SandboxClient(server)) {
            SandboxFactory factory = server.fleet().allFactories().get(0);
            SandboxRuntime runtime = factory.runtimes.values().stream().filter(r -> r.kind == SandboxRuntime.Kind.SELF_HOSTED).findFirst().orElseThrow();
            changedKey = client.services.runtimes().regenerateAuthKey(SandboxClient.ref(factory, runtime), "authKey1").get().authKey1();
            factoryName = factory.name;
        }
        try (SandboxServer again = SandboxServer.start(SandboxOptions.defaults().withStatePath(state).withSeed(99))) {
            SandboxFactory factory = again.fleet().allFactories().get(0);
            assertThat(factory.name).isEqualTo(factoryName);
            assertThat(factory.runtimes.values()).anySatisfy(r -> assertThat(r.authKey1).isEqualTo(changedKey));
        }
    }
}
