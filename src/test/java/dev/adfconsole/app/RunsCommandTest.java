package dev.adfconsole.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adfconsole.sandbox.RequestLog;
import dev.adfconsole.sandbox.SandboxOptions;
import dev.adfconsole.sandbox.SandboxServer;
import dev.adfconsole.sandbox.fleet.SandboxFactory;
import dev.adfconsole.service.runs.RunRow;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code adf-console runs} against a real sandbox with last night's outage: listing, dry run, paced bulk rerun. */
class RunsCommandTest {

    /** The app folder of the test, never the user's: the command keeps ARM's last counts there. */
    @TempDir
    Path home;
    private SandboxServer sandbox;
    private String token;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.defaults().withTimings(Duration.ofMillis(300), Duration.ofMillis(100)));
        token = sandbox.issueToken(Duration.ofHours(1));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        List<String> all = new ArrayList<>(List.of(args[0], "--endpoint", sandbox.baseUri().toString()));
        all.addAll(List.of(args).subList(1, args.length));
        return new RunsCommand(Map.of("ADF_CONSOLE_ACCESS_TOKEN", token, "ADF_CONSOLE_HOME", home.toString()), Duration.ofMillis(150), Clock.systemUTC())
                .run(all, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listGivesTheFailedRunsOfEveryFactoryWithTheDocumentedColumns() throws Exception {
        int code = run("list", "--since", "24h", "--status", "Failed", "--format", "json");

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        JsonNode rows = new ObjectMapper().readTree(out());
        assertThat(rows).isNotEmpty().allSatisfy(row -> {
            assertThat(row.get("status").asText()).isEqualTo("Failed");
            assertThat(Instant.parse(row.get("runStart").asText())).isAfter(Instant.now().minus(Duration.ofHours(25)));
            assertThat(StreamSupport.stream(((Iterable<String>) row::fieldNames).spliterator(), false).toList())
                    .containsExactlyElementsOf(RunRow.COLUMNS);
        });
        assertThat(rows.findValuesAsText("factoryName")).containsAll(sandbox.fleet().allFactories().stream().map(f -> f.name).toList());

        assertThat(run("list", "--since", "24h", "--format", "csv")).isZero();
        assertThat(out().lines().findFirst().orElseThrow()).isEqualTo(String.join(",", RunRow.COLUMNS));
        assertThat(out()).as("the recovered run and its recovery share a group").contains(",false,Failed,");
    }

    @Test
    void dryRunPrintsEveryRecoveryRequestAndSendsNothing() {
        int code = run("rerun-failed", "--since", "24h", "--dry-run");

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(sandbox.requestLog().calls("Pipelines_CreateRun")).isEmpty();
        List<String> requests = out().lines().filter(l -> l.startsWith("POST ")).toList();
        assertThat(requests).as(out() + err.toString(StandardCharsets.UTF_8)).hasSizeGreaterThanOrEqualTo(12).allSatisfy(line -> assertThat(line)
                .matches("POST http://127\\.0\\.0\\.1:\\d+/subscriptions/.+/pipelines/pl_\\w+/createRun\\?api-version=2018-06-01"
                        + "&referencePipelineRunId=[0-9a-f-]{36}&isRecovery=true&startFromFailure=true"));
        assertThat(out()).contains("sqlPassword = **********").doesNotContain("sandbox-secret");
        assertThat(out().lines().filter(l -> l.contains("already recovered"))).as("one recovered run per factory").hasSize(3);
    }

    @Test
    void rerunFailedSendsEachOnceInRecoveryModeRespectingConcurrencyAndReportsA500OnItsLine() throws Exception {
        sandbox.faults().next("Pipelines_CreateRun", 1).answer(500);

        int code = run("rerun-failed", "--since", "24h", "--concurrency", "4");

        assertThat(code).as("one refused createRun").isEqualTo(1);
        List<String> lines = out().lines().toList();
        List<String> sent = lines.stream().filter(l -> l.startsWith("SENT")).toList();
        List<String> refused = lines.stream().filter(l -> l.startsWith("REFUSED")).toList();
        assertThat(refused).hasSize(1).allSatisfy(l -> assertThat(l).contains("server error (HTTP 500)").contains("Azure says: The server encountered an internal error"));
        assertThat(sent.size() + refused.size()).isGreaterThanOrEqualTo(12);
        assertThat(lines.stream().filter(l -> l.startsWith("SKIPPED"))).hasSize(3)
                .allSatisfy(l -> assertThat(l).contains("already recovered"));

        List<RequestLog.Call> creates = sandbox.requestLog().calls("Pipelines_CreateRun");
        assertThat(creates).hasSize(sent.size() + 1).allSatisfy(call -> {
            assertThat(call.query()).containsEntry("isRecovery", "true").containsEntry("startFromFailure", "true");
            assertThat(call.query().get("referencePipelineRunId")).matches("[0-9a-f-]{36}");
        });
        assertThat(creates.stream().map(c -> c.query().get("referencePipelineRunId")).distinct()).as("never sent twice")
                .hasSize(creates.size());
        String refusedRun = refused.get(0).split("\\s+")[3];
        assertThat(creates.stream().filter(c -> c.query().get("referencePipelineRunId").equals(refusedRun))).hasSize(1);

        for (SandboxFactory factory : sandbox.fleet().allFactories()) {
            List<RequestLog.Call> ledger = creates.stream().filter(c -> c.path().contains("/factories/" + factory.name + "/")
                    && c.path().contains("pl_reconcile_ledger") && c.status() == 200).toList();
            if (ledger.size() < 2) {
                continue;
            }
            Instant firstEnd = rerunOf(factory, ledger.get(0).query().get("referencePipelineRunId"));
            assertThat(ledger.get(1).time()).as("concurrency 1: the second waits for the first to end").isAfterOrEqualTo(firstEnd);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("waiting: pl_reconcile_ledger allows 1 run at a time");
    }

    /** When the recovery run of {@code reference} ended, as the sandbox reports it. */
    private Instant rerunOf(SandboxFactory factory, String reference) {
        List<com.fasterxml.jackson.databind.node.ObjectNode> runs = sandbox.pipelines().runs(factory.id());
        String group = runs.stream().filter(r -> r.get("runId").asText().equals(reference)).findFirst().orElseThrow()
                .get("runGroupId").asText();
        return runs.stream().filter(r -> r.get("runGroupId").asText().equals(group) && r.get("isLatest").asBoolean())
                .map(r -> Instant.parse(r.get("runEnd").asText())).collect(Collectors.toList()).get(0);
    }

    @Test
    void badArgumentsExitTwoBeforeAnyRequest() {
        assertThat(run("list", "--since", "yesterday")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--since must be");
        assertThat(run("rerun-failed", "--format", "csv")).isEqualTo(2);
        assertThat(run("list", "--dry-run")).isEqualTo(2);
        assertThat(sandbox.requestLog().calls()).isEmpty();
    }
}
