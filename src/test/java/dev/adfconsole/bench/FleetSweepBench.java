package dev.adfconsole.bench;

import dev.adfconsole.arm.ArmClient;
import dev.adfconsole.arm.ArmClientOptions;
import dev.adfconsole.arm.ArmEnvironment;
import dev.adfconsole.arm.StaticTokenProvider;
import dev.adfconsole.model.ModelJson;
import dev.adfconsole.sandbox.SandboxOptions;
import dev.adfconsole.sandbox.SandboxServer;
import dev.adfconsole.sandbox.fleet.FleetSpec;
import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.activity.ActivityLog;
import dev.adfconsole.service.inventory.FleetCache;
import dev.adfconsole.ui.fleet.FleetViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The fleet view's sweep, measured the way the view runs it (its view model, rows applied on one "UI" thread)
 * against a sandbox with real latency and ARM's buckets. For each concurrency: total time, time to the first row in
 * the table, and the ratio to the bound {@code runtimes × latency / concurrency} (or, when ARM's write bucket is what
 * limits, to that bucket's bound), plus the 429s the sandbox answered. A fresh sandbox and client per run, so every
 * run starts with full buckets. Run by {@code bench/run.sh sweep|throttle}; prints one JSON line per run.
 *
 * <p>Arguments: {@code FLEET LATENCY_MS CONCURRENCY[,CONCURRENCY…] LABEL}.
 */
public final class FleetSweepBench {

    private FleetSweepBench() {
    }

    public static void main(String[] args) throws Exception {
        FleetSpec fleet = FleetSpec.parse(args[0]);
        long latency = Long.parseLong(args[1]);
        String label = args.length > 3 ? args[3] : "fleet-sweep";
        boolean ok = true;
        for (String c : args[2].split(",")) {
            ok &= run(fleet, latency, Integer.parseInt(c), label);
        }
        System.exit(ok ? 0 : 1);
    }

    private static boolean run(FleetSpec fleet, long latency, int concurrency, String label) throws Exception {
        SandboxOptions options = SandboxOptions.defaults().withSeed(42).withFleet(fleet).withLatencyMs(latency);
        Path home = Files.createTempDirectory("adf-bench-sweep-");
        ExecutorService ui = Executors.newSingleThreadExecutor();
        try (SandboxServer sandbox = SandboxServer.start(options);
             ArmClient client = new ArmClient(ArmClientOptions.defaults("bench").withMaxRequestsPerHost(Math.max(16, concurrency + 8)))) {
            int runtimes = sandbox.fleet().runtimeCount();
            var environment = ArmEnvironment.custom("Sandbox", sandbox.baseUri(), "https://management.azure.com/.default", sandbox.baseUri());
            DataFactoryServices services = new DataFactoryServices(client.connect(environment,
                    new StaticTokenProvider(sandbox.issueToken(Duration.ofHours(1)))), ModelJson.newMapper(), new ActivityLog(10), Clock.systemUTC());
            FleetViewModel model = new FleetViewModel(ui::execute, (delay, task) -> {
                var timer = CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS);
                CompletableFuture<?> f = CompletableFuture.runAsync(() -> ui.execute(task), timer);
                return () -> f.cancel(false);
            }, Clock.systemUTC(), new FleetCache(home), new FleetViewModel.Scope("bench", services, List.of()), ref -> { });
            model.setConcurrency(concurrency);
            long[] firstRow = {0};
            CompletableFuture<Void> done = new CompletableFuture<>();
            long start = System.nanoTime();
            ui.submit(() -> {
                model.entries().addListener((javafx.collections.ListChangeListener<Object>) change -> {
                    if (firstRow[0] == 0 && !model.entries().isEmpty()) {
                        firstRow[0] = System.nanoTime();
                    }
                });
                model.runningProperty().addListener((obs, was, running) -> {
                    if (!running) {
                        done.complete(null);
                    }
                });
                model.sweep();
            }).get();
            done.get(15, TimeUnit.MINUTES);
            double seconds = (System.nanoTime() - start) / 1e9;
            int rows = ui.submit(() -> model.rows().size()).get();
            long failed = ui.submit(() -> model.rows().stream().filter(r -> r.runtime().failed()).count()).get();
            long throttled = sandbox.requestLog().calls().stream().filter(c -> c.status() == 429).count();
            // Latency bound, and ARM's write bucket per subscription: 200 at once, then 10 a second.
            double latencyBound = runtimes * latency / 1000.0 / concurrency;
            int perSubscription = runtimes / fleet.subscriptions();
            double bucketBound = Math.max(0, perSubscription - options.writeBurst()) / options.writesPerSecond();
            double bound = Math.max(latencyBound, bucketBound);
            System.out.printf(Locale.ROOT, "{\"bench\":\"%s\",\"fleet\":\"%s\",\"latencyMs\":%d,\"concurrency\":%d,"
                            + "\"runtimes\":%d,\"rows\":%d,\"failedRows\":%d,\"seconds\":%.2f,\"firstRowMs\":%.0f,"
                            + "\"boundSeconds\":%.2f,\"boundKind\":\"%s\",\"ratio\":%.2f,\"throttled429\":%d}%n",
                    label, args(fleet), latency, concurrency, runtimes, rows, failed, seconds,
                    (firstRow[0] - start) / 1e6, bound, bucketBound > latencyBound ? "write bucket" : "latency",
                    seconds / bound, throttled);
            return rows == runtimes && failed == 0;
        } finally {
            ui.shutdownNow();
        }
    }

    private static String args(FleetSpec fleet) {
        return fleet.subscriptions() + ":" + fleet.factoriesPerSubscription() + ":" + fleet.runtimesPerFactory() + ":" + fleet.maxNodes();
    }
}
