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
import dev.adfconsole.service.runs.BulkRerun;
import dev.adfconsole.service.runs.FactoryRun;
import dev.adfconsole.service.runs.RerunPlan;
import dev.adfconsole.service.runs.RerunPlanner;
import dev.adfconsole.service.runs.RunScope;
import dev.adfconsole.service.runs.ScopeRunQuery;
import dev.adfconsole.ui.runs.GroupRow;
import dev.adfconsole.ui.runs.RunsMonitorViewModel;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Runs at scale, against a sandbox with real latency and ARM's buckets. Run by {@code bench/run.sh runs}; one JSON
 * line per measurement.
 * <ul>
 * <li>{@code list FLEET LATENCY_MS CONCURRENCY}: the runs monitor over every factory (its view model, rows applied
 * on one "UI" thread), against the round-trip bound: the calls that find the factories one after the other, then
 * {@code factories × latency / concurrency}. Median of 5 after a warm-up.</li>
 * <li>{@code rerun FLEET LATENCY_MS}: a bulk rerun from failure of every failed, not yet recovered run of the last 24 h in
 * one subscription, against the client's write bucket bound {@code (requests − burst) / rate}. The buckets are
 * let refill after listing and planning, so the send starts from full ones, as it does after a person has read
 * the preview.</li>
 * </ul>
 */
public final class RunsBench {

    private RunsBench() {
    }

    public static void main(String[] args) throws Exception {
        FleetSpec fleet = FleetSpec.parse(args[1]);
        long latency = Long.parseLong(args[2]);
        boolean ok = args[0].equals("list") ? list(fleet, latency, Integer.parseInt(args[3])) : rerun(fleet, latency);
        System.exit(ok ? 0 : 1);
    }

    private record Setup(SandboxServer sandbox, ArmClient client, DataFactoryServices services) implements AutoCloseable {
        static Setup start(FleetSpec fleet, long latency, Duration activity) throws Exception {
            SandboxServer sandbox = SandboxServer.start(SandboxOptions.defaults().withSeed(42).withFleet(fleet)
                    .withLatencyMs(latency).withTimings(Duration.ofMillis(300), activity));
            ArmClient client = new ArmClient(ArmClientOptions.defaults("bench"));
            var environment = ArmEnvironment.custom("Sandbox", sandbox.baseUri(), "https://management.azure.com/.default", sandbox.baseUri());
            return new Setup(sandbox, client, new DataFactoryServices(client.connect(environment,
                    new StaticTokenProvider(sandbox.issueToken(Duration.ofHours(1)))), ModelJson.newMapper(), new ActivityLog(1000), Clock.systemUTC()));
        }

        @Override
        public void close() {
            client.close();
            sandbox.close();
        }
    }

    private static RunsMonitorViewModel monitor(Setup setup, ExecutorService ui, List<String> subscriptions, int concurrency) throws Exception {
        RunsMonitorViewModel model = new RunsMonitorViewModel(ui::execute, "bench", List.of(new RunsMonitorViewModel.Target(
                setup.services(), RunScope.subscriptions("bench", subscriptions), Map.of())), Clock.systemUTC(), concurrency);
        CompletableFuture<Void> done = new CompletableFuture<>();
        ui.submit(() -> {
            model.loadingProperty().addListener((obs, was, loading) -> {
                if (!loading) {
                    done.complete(null);
                }
            });
            model.search();
        }).get();
        done.get(10, TimeUnit.MINUTES);
        return model;
    }

    private static boolean list(FleetSpec fleet, long latency, int concurrency) throws Exception {
        ExecutorService ui = Executors.newSingleThreadExecutor();
        try (Setup setup = Setup.start(fleet, latency, Duration.ofSeconds(3))) {
            int factories = setup.sandbox().fleet().allFactories().size();
            List<Double> seconds = new ArrayList<>();
            List<Double> service = new ArrayList<>();
            int runs = 0;
            int groups = 0;
            for (int i = 0; i < 6; i++) {
                long start = System.nanoTime();
                RunsMonitorViewModel model = monitor(setup, ui, List.of(), concurrency);
                double took = (System.nanoTime() - start) / 1e9;
                runs = model.knownRuns().size();
                groups = ui.submit(() -> model.groups().size()).get();
                // The same query through the service alone, no view model: what the window adds is the difference.
                start = System.nanoTime();
                new ScopeRunQuery(setup.services(), concurrency).run(RunScope.subscriptions("bench", List.of()), filter(),
                        new ScopeRunQuery.Listener() {
                            @Override
                            public void runs(dev.adfconsole.service.FactoryRef factory, List<dev.adfconsole.model.PipelineRun> page) {
                            }

                            @Override
                            public void failed(dev.adfconsole.service.runs.ScopeFailure failure) {
                            }
                        }).done().get();
                double raw = (System.nanoTime() - start) / 1e9;
                if (i > 0) {
                    seconds.add(took);
                    service.add(raw);
                }
                // Each run asks every factory once: 10 writes per subscription, far inside ARM's burst of 200.
                Thread.sleep(1_000);
            }
            seconds.sort(Double::compare);
            service.sort(Double::compare);
            double median = seconds.get(seconds.size() / 2);
            double serviceMedian = service.get(service.size() / 2);
            // GET /subscriptions, then Resource Graph, one after the other; then the factories, concurrency at a time.
            double bound = (2 + Math.ceil((double) factories / concurrency)) * latency / 1000.0;
            long throttled = setup.sandbox().requestLog().calls().stream().filter(c -> c.status() == 429).count();
            double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            System.out.printf(Locale.ROOT, "{\"bench\":\"runs-list\",\"fleet\":\"%s\",\"latencyMs\":%d,\"concurrency\":%d,"
                            + "\"factories\":%d,\"runs\":%d,\"groups\":%d,\"medianSeconds\":%.3f,\"minSeconds\":%.3f,\"maxSeconds\":%.3f,"
                            + "\"serviceOnlyMedianSeconds\":%.3f,\"boundSeconds\":%.3f,\"ratio\":%.2f,\"serviceOnlyRatio\":%.2f,"
                            + "\"throttled429\":%d,\"loadAverage\":%.1f}%n", spec(fleet), latency, concurrency, factories,
                    runs, groups, median, seconds.get(0), seconds.get(seconds.size() - 1), serviceMedian, bound, median / bound,
                    serviceMedian / bound, throttled, load);
            return throttled == 0;
        } finally {
            ui.shutdownNow();
        }
    }

    private static dev.adfconsole.model.RunFilterParameters filter() {
        java.time.Instant now = java.time.Instant.now();
        return new dev.adfconsole.model.RunFilterParameters(null, now.minus(Duration.ofDays(1)), now.plusSeconds(60), List.of(),
                List.of(new dev.adfconsole.model.RunFilterParameters.RunQueryOrderBy("RunStart", "DESC")));
    }

    private static boolean rerun(FleetSpec fleet, long latency) throws Exception {
        ExecutorService ui = Executors.newSingleThreadExecutor();
        try (Setup setup = Setup.start(fleet, latency, Duration.ofMillis(50))) {
            String subscription = setup.sandbox().subscriptionIds().get(0);
            RunsMonitorViewModel model = monitor(setup, ui, List.of(subscription), 16);
            List<FactoryRun> failed = ui.submit(() -> model.groups().stream().filter(g -> g.group().notRecovered(g.latest()))
                    .map(GroupRow::latestRun).toList()).get();
            List<FactoryRun> recovered = ui.submit(() -> model.groups().stream().filter(g -> g.group().hasReruns())
                    .flatMap(g -> g.earlier().stream()).toList()).get();
            List<FactoryRun> selected = new ArrayList<>(failed);
            selected.addAll(recovered);
            RerunPlan plan = new RerunPlanner(setup.services(), 16).plan(selected, model.knownRuns()).get();
            // The preview is read before sending: by then the buckets the listing used have refilled.
            Thread.sleep(25_000);
            setup.sandbox().requestLog().clear();
            ArmClientOptions options = setup.client().options();
            long start = System.nanoTime();
            BulkRerun.Summary summary = new BulkRerun(setup.services(), 16, Duration.ofSeconds(1))
                    .send(plan, model.knownRuns(), progress -> { }).done().get(15, TimeUnit.MINUTES);
            double seconds = (System.nanoTime() - start) / 1e9;
            int requests = plan.toSend().size();
            double bound = Math.max(0, requests - options.writeBurst()) / options.writesPerSecond();
            long throttled = setup.sandbox().requestLog().calls().stream().filter(c -> c.status() == 429).count();
            long creates = setup.sandbox().requestLog().calls("Pipelines_CreateRun").size();
            System.out.printf(Locale.ROOT, "{\"bench\":\"runs-bulk-rerun\",\"fleet\":\"%s\",\"latencyMs\":%d,\"requests\":%d,"
                            + "\"skipped\":%d,\"sent\":%d,\"refused\":%d,\"createRunCalls\":%d,\"seconds\":%.2f,"
                            + "\"boundSeconds\":%.2f,\"boundKind\":\"write bucket\",\"ratio\":%.2f,\"throttled429\":%d}%n",
                    spec(fleet), latency, requests, plan.skipped().size(), summary.sent(), summary.refused(), creates, seconds,
                    bound, seconds / bound, throttled);
            return throttled == 0 && summary.refused() == 0 && creates == requests;
        } finally {
            ui.shutdownNow();
        }
    }

    private static String spec(FleetSpec fleet) {
        return fleet.subscriptions() + ":" + fleet.factoriesPerSubscription() + ":" + fleet.runtimesPerFactory() + ":" + fleet.maxNodes();
    }
}
