package dev.adfconsole.app;

import dev.adfconsole.sandbox.SandboxOptions;
import dev.adfconsole.sandbox.SandboxServer;
import dev.adfconsole.sandbox.fleet.FleetSpec;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The inventory command run several times back to back against one sandbox, as a user reruns it within a minute:
 * every run is a new client (the command's own, as a new process would have) starting with full buckets of its own,
 * while ARM's buckets are still drained by the runs before. For each run: total time, the 429s the sandbox
 * answered, and the ratio to the bucket bound of that run, computed from the sandbox's write buckets at its start:
 * {@code max(runtimes × latency / concurrency, max over subscriptions of (status calls − tokens left) / refill rate)}.
 * Beside it, labelled apart, the ratio to that bound plus the two round trips of listing that must come before any
 * status call ({@code boundWithListingSeconds}). {@code -Dbench.timeline=true} prints where each run's time went
 * (in 100 ms slots; {@code -Dbench.slot=25} for finer ones).
 * Run by {@code bench/run.sh rerun}; prints one JSON line per run.
 *
 * <p>Arguments: {@code FLEET LATENCY_MS CONCURRENCY RUNS}.
 */
public final class InventoryRerunBench {

    private InventoryRerunBench() {
    }

    public static void main(String[] args) throws Exception {
        FleetSpec fleet = FleetSpec.parse(args[0]);
        long latency = Long.parseLong(args[1]);
        int concurrency = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        SandboxOptions options = SandboxOptions.defaults().withSeed(42).withFleet(fleet).withLatencyMs(latency);
        boolean ok = true;
        try (SandboxServer sandbox = SandboxServer.start(options)) {
            Path token = Files.createTempFile("adf-bench-token", ".txt");
            // One app folder for all runs, as reruns on one machine share it (and ARM's last counts kept in it).
            Path home = Files.createTempDirectory("adf-bench-home");
            Files.writeString(token, sandbox.issueToken(Duration.ofHours(1)));
            int runtimes = sandbox.fleet().runtimeCount();
            List<String> subscriptions = sandbox.subscriptionIds();
            for (int run = 1; run <= runs; run++) {
                double fewest = subscriptions.stream().mapToDouble(s -> sandbox.bucketLevel(s, true)).min().orElse(0);
                double bucketBound = subscriptions.stream().mapToDouble(s -> Math.max(0,
                        runtimes / (double) subscriptions.size() - sandbox.bucketLevel(s, true)) / options.writesPerSecond())
                        .max().orElse(0);
                double latencyBound = runtimes * latency / 1000.0 / concurrency;
                double bound = Math.max(latencyBound, bucketBound);
                // A second, separately labelled figure: the same bound plus the two round trips no run can avoid
                // before its first status call (the subscriptions and Resource Graph side by side, then a runtime list).
                double withListing = bound + 2 * latency / 1000.0;
                long before = throttled(sandbox);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                int logged = sandbox.requestLog().calls().size();
                java.time.Instant startedAt = java.time.Instant.now();
                long cpuBefore = cpu();
                long start = System.nanoTime();
                int exit = new InventoryCommand(Map.of("ADF_CONSOLE_HOME", home.toString())).run(List.of("--endpoint", sandbox.baseUri().toString(),
                        "--access-token-file", token.toString(), "--format", "csv", "--concurrency",
                        String.valueOf(concurrency)), new PrintStream(out), new PrintStream(err));
                double seconds = (System.nanoTime() - start) / 1e9;
                if (Boolean.getBoolean("bench.timeline")) {
                    List<dev.adfconsole.sandbox.RequestLog.Call> all = sandbox.requestLog().calls();
                    System.err.printf(Locale.ROOT, "run %d: process CPU %.2f s%n", run, (cpu() - cpuBefore) / 1e9);
                    InventoryTimeline.print(all.subList(logged, all.size()), startedAt, java.time.Instant.now(), latency, System.err);
                }
                long rows = out.toString(StandardCharsets.UTF_8).lines().count() - 1;
                long throttled = throttled(sandbox) - before;
                System.out.printf(Locale.ROOT, "{\"bench\":\"inventory-rerun\",\"variant\":\"run %d\",\"fleet\":\"%s\",\"latencyMs\":%d,"
                                + "\"concurrency\":%d,\"runtimes\":%d,\"rows\":%d,\"exit\":%d,\"writeTokensAtStart\":%.0f,"
                                + "\"seconds\":%.2f,\"boundSeconds\":%.2f,\"boundKind\":\"%s\",\"ratio\":%.2f,\"throttled429\":%d,"
                                + "\"boundWithListingSeconds\":%.2f,\"ratioWithListing\":%.2f}%n",
                        run, args[0], latency, concurrency, runtimes, rows, exit, fewest, seconds, bound,
                        bucketBound > latencyBound ? "write bucket" : "latency", seconds / bound, throttled,
                        withListing, seconds / withListing);
                if (exit != 0) {
                    System.err.print(err.toString(StandardCharsets.UTF_8));
                }
                ok &= exit == 0 && rows == runtimes;
            }
            Files.deleteIfExists(token);
            try (var files = Files.walk(home)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.exit(ok ? 0 : 1);
    }

    /** CPU time of the whole process (client and sandbox), for the timeline. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long throttled(SandboxServer sandbox) {
        return sandbox.requestLog().calls().stream().filter(c -> c.status() == 429).count();
    }
}
