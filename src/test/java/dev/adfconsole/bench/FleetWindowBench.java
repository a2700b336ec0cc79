package dev.adfconsole.bench;

import dev.adfconsole.arm.ArmClient;
import dev.adfconsole.arm.ArmClientOptions;
import dev.adfconsole.arm.ArmEnvironment;
import dev.adfconsole.arm.StaticTokenProvider;
import dev.adfconsole.model.ModelJson;
import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.activity.ActivityLog;
import dev.adfconsole.service.inventory.FleetCache;
import dev.adfconsole.service.settings.Appearance;
import dev.adfconsole.ui.common.FxUiExecutor;
import dev.adfconsole.ui.common.FxUiTimer;
import dev.adfconsole.ui.common.Themes;
import dev.adfconsole.ui.fleet.FleetViewModel;
import dev.adfconsole.ui.fleet.FleetWindow;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * The fleet window with 10,000 runtimes: a sandbox in a process of its own (so this process's heap and RSS are the
 * app's alone) answers a sweep of 50 subscriptions × 200 runtimes (each within ARM's 200-call write burst) while a
 * pulse listener records how the FX thread keeps up; then one column sort; then live heap after GC and RSS.
 * Run by {@code bench/run.sh fx}; prints one JSON line.
 *
 * <p>Arguments: {@code FLEET LATENCY_MS CONCURRENCY}.
 */
public final class FleetWindowBench {

    private static final long T0 = System.nanoTime();

    private FleetWindowBench() {
    }

    public static void main(String[] args) throws Exception {
        String fleet = args.length > 0 ? args[0] : "50:20:10:1";
        String latency = args.length > 1 ? args[1] : "20";
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        // The sandbox stands for Azure, which runs elsewhere: at the lowest priority and on one core (where nice and
        // taskset exist), so its work does not take the app's CPU.
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/nice"))) {
            command.addAll(List.of("/usr/bin/nice", "-n", "19"));
        }
        if (Runtime.getRuntime().availableProcessors() > 1 && Files.isExecutable(Path.of("/usr/bin/taskset"))) {
            command.addAll(List.of("/usr/bin/taskset", "-c", String.valueOf(Runtime.getRuntime().availableProcessors() - 1)));
        }
        command.addAll(List.of(ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), "dev.adfconsole.app.Launcher", "sandbox", "--port", "0",
                "--fleet", fleet, "--latency-ms", latency, "--seed", "42"));
        Process sandbox = new ProcessBuilder(command).redirectErrorStream(true).start();
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::destroyForcibly));
        BufferedReader out = new BufferedReader(new InputStreamReader(sandbox.getInputStream()));
        URI url = null;
        String token = null;
        while (token == null) {
            String line = out.readLine();
            if (line == null) {
                break;
            }
            if (line.startsWith("ADF sandbox listening on ")) {
                url = URI.create(line.substring("ADF sandbox listening on ".length()).trim());
            } else if (line.startsWith("token: ")) {
                token = line.substring("token: ".length()).trim();
            }
        }
        if (url == null || token == null) {
            throw new IllegalStateException("the sandbox process did not start");
        }
        Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
        drain.setDaemon(true);
        drain.start();

        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        ArmClient client = new ArmClient(ArmClientOptions.defaults("bench").withMaxRequestsPerHost(Math.max(16, concurrency + 8)));
        DataFactoryServices services = new DataFactoryServices(client.connect(ArmEnvironment.custom("Sandbox", url,
                "https://management.azure.com/.default", url), new StaticTokenProvider(token)), ModelJson.newMapper(),
                new ActivityLog(10), Clock.systemUTC());
        Path home = Files.createTempDirectory("adf-bench-fx-");
        List<Long> gaps = Collections.synchronizedList(new ArrayList<>());
        // Gaps that end a second or more after the first rows showed: past the table's first cells (class loading,
        // CSS and JIT of the cell code), which happen once per process.
        List<Long> warmGaps = Collections.synchronizedList(new ArrayList<>());
        long[] firstRows = {0};
        long[] lastPulse = {0};
        double[] windowOpenMs = {0};
        CompletableFuture<FleetViewModel> shown = new CompletableFuture<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            Themes.apply(Appearance.LIGHT);
            FleetViewModel model = new FleetViewModel(new FxUiExecutor(), new FxUiTimer(), Clock.systemUTC(),
                    new FleetCache(home), new FleetViewModel.Scope("bench", services, List.of()), ref -> { });
            model.setConcurrency(concurrency);
            long opening = System.nanoTime();
            var stage = FleetWindow.show(null, "Fleet · bench", model);
            windowOpenMs[0] = (System.nanoTime() - opening) / 1e6;
            stage.getScene().getStylesheets().add(FleetWindow.class.getResource("/css/app.css").toExternalForm());
            new AnimationTimer() {
                private long last;

                @Override
                public void handle(long now) {
                    if (firstRows[0] == 0 && !model.rows().isEmpty()) {
                        firstRows[0] = now;
                    }
                    if (last > 0) {
                        gaps.add(now - last);
                        if (firstRows[0] > 0 && last - firstRows[0] > 1_000_000_000L) {
                            warmGaps.add(now - last);
                        }
                        if (now - last > 100_000_000L && System.getenv("BENCH_TRACE") != null) {
                            System.err.printf("gap %.0f ms at %.2f s, %d rows%n", (now - last) / 1e6,
                                    (System.nanoTime() - T0) / 1e9, model.rows().size());
                        }
                    }
                    last = now;
                    lastPulse[0] = System.nanoTime();
                }
            }.start();
            model.runningProperty().addListener((obs, was, running) -> {
                if (!running) {
                    done.complete(null);
                }
            });
            shown.complete(model);
        });
        FleetViewModel model = shown.get(30, TimeUnit.SECONDS);
        if (System.getenv("BENCH_TRACE") != null) {
            Thread fxThread = BenchFx.onFx(Thread::currentThread);
            Thread watchdog = new Thread(() -> {
                java.util.Map<Long, Long> cpuBefore = new java.util.HashMap<>();
                var threads = ManagementFactory.getThreadMXBean();
                while (true) {
                    java.util.Map<String, Long> used = new java.util.TreeMap<>();
                    for (long id : threads.getAllThreadIds()) {
                        long now = threads.getThreadCpuTime(id);
                        var info = threads.getThreadInfo(id);
                        if (info != null && now > 0) {
                            used.merge(info.getThreadName().replaceAll("[-\\d]+$", ""), now - cpuBefore.getOrDefault(id, 0L), Long::sum);
                            cpuBefore.put(id, now);
                        }
                    }
                    try {
                        Thread.sleep(40);
                    } catch (InterruptedException e) {
                        return;
                    }
                    long last = lastPulse[0];
                    if (last > 0 && System.nanoTime() - last > 120_000_000L) {
                        StackTraceElement[] stack = fxThread.getStackTrace();
                        long cpu = ManagementFactory.getThreadMXBean().getThreadCpuTime(fxThread.getId()) / 1_000_000;
                        StringBuilder text = new StringBuilder("FX thread " + fxThread.getState() + " after "
                                + (System.nanoTime() - last) / 1_000_000 + " ms, cpu " + cpu + " ms:");
                        for (int i = 0; i < Math.min(stack.length, 25); i++) {
                            text.append("\n    ").append(stack[i]);
                        }
                        System.err.println(text);
                        System.err.println("  cpu ms per thread group: " + used.entrySet().stream()
                                .filter(e -> e.getValue() > 5_000_000L).map(e -> e.getKey() + "=" + e.getValue() / 1_000_000)
                                .collect(java.util.stream.Collectors.joining(", ")));
                    }
                }
            });
            watchdog.setDaemon(true);
            watchdog.start();
        }
        Thread.sleep(1000); // the window's first frames (class loading, CSS) are start-up, not the sweep
        gaps.clear();
        warmGaps.clear();
        long start = System.nanoTime();
        Platform.runLater(model::sweep);
        done.get(15, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        Thread.sleep(500);
        List<Long> all;
        double warmLongest;
        synchronized (gaps) {
            all = new ArrayList<>(gaps);
            gaps.clear();
        }
        Collections.sort(all);
        warmLongest = warmGaps.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
        // A user sorting the full table by a column: the view model re-sorts and the table redraws.
        CompletableFuture<Void> sorted = new CompletableFuture<>();
        long sortStart = System.nanoTime();
        Platform.runLater(() -> {
            model.sortBy((a, b) -> a.key().compareTo(b.key()));
            sorted.complete(null);
        });
        sorted.get();
        double sortMs = (System.nanoTime() - sortStart) / 1e6;
        Thread.sleep(500);
        double sortGap;
        synchronized (gaps) {
            sortGap = gaps.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
        }
        int rows = BenchFx.onFx(() -> model.rows().size());
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        String status = Files.readString(Path.of("/proc/self/status"));
        System.out.printf(Locale.ROOT, "{\"bench\":\"fleet-window\",\"fleet\":\"%s\",\"latencyMs\":%s,\"concurrency\":%d,"
                        + "\"rows\":%d,\"sweepSeconds\":%.2f,\"pulses\":%d,\"longestPulseGapMs\":%.1f,\"p99PulseGapMs\":%.1f,"
                        + "\"longestGapAfterFirstSecondMs\":%.1f,"
                        + "\"sortMs\":%.0f,\"sortPulseGapMs\":%.0f,\"windowOpenMs\":%.0f,\"liveHeapMB\":%.0f,\"rssMB\":%.0f,\"peakRssMB\":%.0f}%n",
                fleet, latency, concurrency, rows, seconds, all.size(), all.isEmpty() ? 0 : all.get(all.size() - 1) / 1e6,
                all.isEmpty() ? 0 : all.get((int) Math.floor(all.size() * 0.99)) / 1e6, warmLongest, sortMs, sortGap, windowOpenMs[0], heap / 1048576.0,
                kb(status, "VmRSS") / 1024.0, kb(status, "VmHWM") / 1024.0);
        sandbox.destroy();
        Platform.exit();
        System.exit(0);
    }

    private static long kb(String status, String field) {
        return status.lines().filter(l -> l.startsWith(field + ":")).map(l -> l.replaceAll("[^0-9]", ""))
                .mapToLong(Long::parseLong).findFirst().orElse(0);
    }
}
