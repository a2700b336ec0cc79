package dev.adfconsole.bench;

import dev.adfconsole.arm.ArmClient;
import dev.adfconsole.arm.ArmClientOptions;
import dev.adfconsole.arm.ArmEnvironment;
import dev.adfconsole.arm.StaticTokenProvider;
import dev.adfconsole.model.ModelJson;
import dev.adfconsole.sandbox.RequestLog;
import dev.adfconsole.sandbox.SandboxOptions;
import dev.adfconsole.sandbox.SandboxServer;
import dev.adfconsole.sandbox.fleet.FleetSpec;
import dev.adfconsole.sandbox.fleet.SandboxFactory;
import dev.adfconsole.sandbox.fleet.SandboxRuntime;
import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.activity.ActivityLog;
import dev.adfconsole.service.settings.WatchedItem;
import dev.adfconsole.service.watch.WatchPoller;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The watch list's polling at the app's own pace, for N watched runtimes in one subscription against a sandbox with
 * ARM's buckets and 50 ms latency, for a given time. Reports the calls per second (peak over 1 s and 60 s windows)
 * against the bucket they are metered in (getStatus is a POST: ARM's write bucket, 10 a second), the GETs (read
 * bucket), the 429s, the fewest calls ARM reported left, and how long a runtime taken offline in the sandbox took to
 * raise its event, against the round time. One runtime is taken offline each minute. Run by
 * {@code bench/run.sh watch [SECONDS]}; prints one JSON line.
 *
 * <p>Arguments: {@code WATCHED SECONDS LABEL}.
 */
public final class WatchPollBench {

    private WatchPollBench() {
    }

    public static void main(String[] args) throws Exception {
        int watched = Integer.parseInt(args[0]);
        int seconds = Integer.parseInt(args[1]);
        String label = args.length > 2 ? args[2] : "watch-poll";
        // Per factory: a self-hosted runtime and one linked to the shared runtime, so 100 factories give 200 to watch.
        FleetSpec fleet = new FleetSpec(1, Math.max(1, (watched + 1) / 2), 4, 2);
        SandboxOptions options = SandboxOptions.defaults().withSeed(42).withFleet(fleet).withLatencyMs(50);
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try (SandboxServer sandbox = SandboxServer.start(options);
             ArmClient client = new ArmClient(ArmClientOptions.defaults("bench"))) {
            var environment = ArmEnvironment.custom("Sandbox", sandbox.baseUri(), "https://management.azure.com/.default", sandbox.baseUri());
            DataFactoryServices services = new DataFactoryServices(client.connect(environment,
                    new StaticTokenProvider(sandbox.issueToken(Duration.ofHours(2)))), ModelJson.newMapper(), new ActivityLog(10), Clock.systemUTC());
            List<WatchPoller.Target> targets = new ArrayList<>();
            List<SandboxRuntime> flippable = new ArrayList<>();
            Map<String, SandboxRuntime> byKey = new ConcurrentHashMap<>();
            for (SandboxFactory factory : sandbox.fleet().allFactories()) {
                for (SandboxRuntime runtime : factory.runtimes.values()) {
                    if (runtime.isSelfHosted() && targets.size() < watched) {
                        WatchedItem item = new WatchedItem("bench", null, factory.subscriptionId, factory.resourceGroup, factory.name, runtime.name);
                        targets.add(new WatchPoller.Target(item, services));
                        byKey.put(item.key(), runtime);
                        if (runtime.kind == SandboxRuntime.Kind.SELF_HOSTED && !runtime.nodes.isEmpty()
                                && runtime.links.isEmpty() && !"Offline".equals(runtime.state())) {
                            flippable.add(runtime);
                        }
                    }
                }
            }
            String subscription = sandbox.subscriptionIds().get(0).toLowerCase(Locale.ROOT);
            Map<SandboxRuntime, Instant> flippedAt = new ConcurrentHashMap<>();
            List<Long> detectionMs = java.util.Collections.synchronizedList(new ArrayList<>());
            WatchPoller poller = new WatchPoller(scheduler, Clock.systemUTC(), event -> {
                SandboxRuntime runtime = byKey.get(event.item().key());
                Instant at = runtime == null ? null : flippedAt.remove(runtime);
                if (at != null && event instanceof WatchPoller.RuntimeDown) {
                    detectionMs.add(Duration.between(at, event.at()).toMillis());
                }
            });
            sandbox.requestLog().clear();
            long start = System.nanoTime();
            poller.watch(targets);
            Duration round = poller.round();
            long fewestLeft = Long.MAX_VALUE;
            int flips = 0;
            for (int s = 1; s <= seconds; s++) {
                Thread.sleep(Math.max(0, start / 1_000_000 + s * 1000L - System.nanoTime() / 1_000_000));
                Long left = services.connection().rateLimits(subscription).writes();
                if (left != null) {
                    fewestLeft = Math.min(fewestLeft, left);
                }
                // One runtime offline a minute, after the first round set every baseline and while a round is left to see it.
                if (s % 60 == 0 && s > round.toSeconds() && s <= seconds - round.toSeconds() - 5 && flips < flippable.size()) {
                    SandboxRuntime runtime = flippable.get(flips++);
                    synchronized (sandbox.fleet()) {
                        runtime.nodes.forEach(n -> n.status = "Offline");
                    }
                    flippedAt.put(runtime, Instant.now());
                }
            }
            poller.close();
            double elapsed = (System.nanoTime() - start) / 1e9;
            List<RequestLog.Call> calls = sandbox.requestLog().calls();
            long posts = calls.stream().filter(c -> !c.method().equals("GET")).count();
            long gets = calls.size() - posts;
            long throttled = calls.stream().filter(c -> c.status() == 429).count();
            TreeMap<Long, Integer> perSecond = new TreeMap<>();
            calls.forEach(c -> perSecond.merge(c.time().getEpochSecond(), 1, Integer::sum));
            int peak1 = perSecond.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            int peak60 = 0;
            for (long second : perSecond.keySet()) {
                peak60 = Math.max(peak60, perSecond.subMap(second, second + 60).values().stream().mapToInt(Integer::intValue).sum());
            }
            List<Long> detected = new ArrayList<>(detectionMs);
            detected.sort(null);
            double rate = posts / elapsed;
            System.out.printf(Locale.ROOT, "{\"bench\":\"%s\",\"watched\":%d,\"seconds\":%.0f,\"latencyMs\":50,"
                            + "\"roundSeconds\":%.1f,\"calls\":%d,\"postsWriteBucket\":%d,\"getsReadBucket\":%d,\"callsPerSecond\":%.2f,"
                            + "\"ratioToWriteRate\":%.3f,\"peak1s\":%d,\"peak60s\":%d,\"ratioPeak60sToBucket60s\":%.3f,"
                            + "\"throttled429\":%d,\"fewestWritesLeft\":%d,\"skippedTicks\":%d,\"offlineFlips\":%d,"
                            + "\"detected\":%d,\"detectMedianS\":%.1f,\"detectMaxS\":%.1f,\"ratioDetectMaxToRound\":%.2f}%n",
                    label, targets.size(), elapsed, round.toMillis() / 1000.0, calls.size(), posts, gets, rate,
                    rate / options.writesPerSecond(), peak1, peak60, peak60 / (options.writesPerSecond() * 60),
                    throttled, fewestLeft == Long.MAX_VALUE ? -1 : fewestLeft, poller.ticksSkipped(), flips, detected.size(),
                    detected.isEmpty() ? 0 : detected.get(detected.size() / 2) / 1000.0,
                    detected.isEmpty() ? 0 : detected.get(detected.size() - 1) / 1000.0,
                    detected.isEmpty() ? 0 : detected.get(detected.size() - 1) / 1000.0 / Math.max(1, round.toMillis() / 1000.0));
            System.exit(throttled == 0 && detected.size() == flips ? 0 : 1);
        } finally {
            scheduler.shutdownNow();
        }
    }
}
