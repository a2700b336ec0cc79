package dev.adfconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adfconsole.sandbox.SandboxOptions;
import dev.adfconsole.sandbox.SandboxServer;
import dev.adfconsole.sandbox.fleet.FleetSpec;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code adf-console inventory} against a real sandbox: output, partial failures and exit codes. */
class InventoryCommandTest {

    @TempDir
    Path dir;

    private SandboxServer sandbox;
    private String token;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.defaults().withFleet(new FleetSpec(2, 2, 4, 2)));
        token = sandbox.issueToken(Duration.ofHours(1));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private int run(Map<String, String> env, String... args) {
        List<String> all = new ArrayList<>(List.of("--endpoint", sandbox.baseUri().toString()));
        all.addAll(List.of(args));
        // The app folder of a test, never the user's: the command keeps ARM's last counts there.
        Map<String, String> withHome = new java.util.HashMap<>(env);
        withHome.putIfAbsent("ADF_CONSOLE_HOME", dir.resolve("home").toString());
        return new InventoryCommand(withHome).run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void armsLastCountsAreKeptInTheAppFolderForTheNextRunWithoutTheToken() throws Exception {
        int code = run(Map.of("ADF_CONSOLE_ACCESS_TOKEN", token), "--format", "csv");

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String kept = Files.readString(dir.resolve("home").resolve("arm-limits.json"));
        assertThat(kept).contains(sandbox.subscriptionIds().get(0), "\"writes\"", "\"reads\"").doesNotContain(token)
                .doesNotContain(token.substring(token.lastIndexOf('.') + 1));
    }

    @Test
    void jsonListsEveryRuntimeOfEverySubscriptionWithItsStatus() throws Exception {
        int code = run(Map.of("ADF_CONSOLE_ACCESS_TOKEN", token), "--format", "json");

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode rows = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(rows).hasSize(16);
        assertThat(rows.findValuesAsText("subscriptionId")).containsAll(sandbox.subscriptionIds());
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get("state").isNull()).isFalse();
            assertThat(row.get("error").isNull()).isTrue();
        });
        assertThat(rows).anySatisfy(row -> assertThat(row.get("versionStatus").asText()).isNotEmpty());
    }

    @Test
    void oneFailingStatusCallFillsItsRowsErrorAndExitsOne() throws Exception {
        sandbox.faults().next("IntegrationRuntimes_GetStatus", 1).answer(404);
        Path tokenFile = dir.resolve("token");
        Files.writeString(tokenFile, token + "\n");

        int code = run(Map.of(), "--format", "csv", "--subscription", sandbox.subscriptionIds().get(0),
                "--access-token-file", tokenFile.toString(), "--concurrency", "1");

        assertThat(code).isEqualTo(1);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(9);
        assertThat(lines.stream().filter(l -> l.contains("Not found"))).hasSize(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("1 of 8 rows have errors");
    }

    @Test
    void noStatusSkipsTheStatusCalls() {
        int code = run(Map.of("ADF_CONSOLE_ACCESS_TOKEN", token), "--no-status", "--format", "csv");

        assertThat(code).isZero();
        assertThat(sandbox.requestLog().calls("IntegrationRuntimes_GetStatus")).isEmpty();
    }

    @Test
    void aRefusedTokenExitsThreeAndBadArgumentsTwo() {
        assertThat(run(Map.of("ADF_CONSOLE_ACCESS_TOKEN", "not-a-sandbox-token"))).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("adf-console inventory: authentication failed: ");
        assertThat(run(Map.of())).as("no token at all").isEqualTo(3);
        assertThat(run(Map.of("ADF_CONSOLE_ACCESS_TOKEN", token), "--format", "xml")).isEqualTo(2);
    }
}
