package dev.adfconsole.bench;

import dev.adfconsole.app.AppWindow;
import dev.adfconsole.app.CompositionRoot;
import dev.adfconsole.sandbox.SandboxOptions;
import dev.adfconsole.sandbox.fleet.FleetSpec;
import dev.adfconsole.service.settings.AppPaths;
import dev.adfconsole.ui.tree.NavigationNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Whole-app measurement: the real window on a sandbox of 100 factories × 10 runtimes; every factory's runtime folder is
 * opened, one every 50 ms, and the state badges load while the tree grows. Prints the time until all 1,000 states are shown and how the FX thread
 * kept up (longest pulse gap, p99 pulse interval). Run by {@code bench/run.sh tree}; not a test.
 */
public final class TreeLoadBench {

    private static final long T0 = System.nanoTime();

    private TreeLoadBench() {
    }

    public static void main(String[] args) throws Exception {
        int factories = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int runtimes = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        // The point is the window, not ARM's quota: buckets wide enough that throttling does not set the pace.
        SandboxOptions options = SandboxOptions.defaults().withSeed(42).withFleet(new FleetSpec(1, factories, runtimes, 2))
                .withBuckets(10_000, 100_000, 10_000, 100_000);
        Path home = Files.createTempDirectory("adf-bench-");
        CompositionRoot root = new CompositionRoot(new AppPaths(home), "bench", Clock.systemUTC(), options);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        List<Long> gaps = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<AppWindow> window = new CompletableFuture<>();
        Platform.runLater(() -> {
            window.complete(AppWindow.open(root, new Stage()));
            new AnimationTimer() {
                private long last;

                @Override
                public void handle(long now) {
                    if (last > 0) {
                        gaps.add(now - last);
                        if (now - last > 100_000_000L && System.getenv("BENCH_TRACE") != null) {
                            System.err.printf("gap %.0f ms at %.2f s%n", (now - last) / 1e6, (System.nanoTime() - T0) / 1e9);
                        }
                    }
                    last = now;
                }
            }.start();
        });
        AppWindow app = window.get(30, TimeUnit.SECONDS);
        NavigationNode connection = app.sandboxConnection().get(30, TimeUnit.SECONDS);
        NavigationNode subscription = waitForChild(connection);
        waitLoaded(subscription);
        gaps.clear();
        long start = System.nanoTime();
        if (System.getenv("BENCH_TRACE") != null) {
            System.err.printf("opening at %.2f s%n", (start - T0) / 1e9);
        }
        // As fast as a user holding the arrow keys: a factory and its runtime folder opened every 50 ms.
        List<NavigationNode> toOpen = BenchFx.onFx(() -> List.copyOf(subscription.children()));
        for (NavigationNode factory : toOpen) {
            Platform.runLater(() -> app.tree().open(factory, 2));
            Thread.sleep(50);
        }
        long deadline = System.currentTimeMillis() + 300_000;
        int shown = 0;
        while (System.currentTimeMillis() < deadline) {
            shown = BenchFx.onFx(() -> (int) subscription.children().stream()
                    .flatMap(f -> f.children().stream()).filter(n -> n.kind() == NavigationNode.Kind.RUNTIMES)
                    .flatMap(r -> r.children().stream()).filter(n -> n.kind() == NavigationNode.Kind.RUNTIME)
                    .filter(n -> n.stateProperty().get() != null).count());
            if (shown == factories * runtimes) {
                break;
            }
            Thread.sleep(200);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(gaps);
        Collections.sort(sorted);
        double longest = sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6;
        double p99 = sorted.isEmpty() ? 0 : sorted.get((int) Math.floor(sorted.size() * 0.99)) / 1e6;
        System.out.printf("{\"bench\":\"tree-load\",\"factories\":%d,\"runtimes\":%d,\"statesShown\":%d,\"seconds\":%.2f,"
                + "\"pulses\":%d,\"longestPulseGapMs\":%.1f,\"p99PulseGapMs\":%.1f}%n",
                factories, factories * runtimes, shown, seconds, sorted.size(), longest, p99);
        Platform.runLater(() -> {
            root.close();
            Platform.exit();
        });
        System.exit(shown == factories * runtimes ? 0 : 1);
    }

    private static NavigationNode waitForChild(NavigationNode node) throws Exception {
        for (int i = 0; i < 1500; i++) {
            NavigationNode child = BenchFx.onFx(() -> node.children().stream().filter(c -> c.kind() == NavigationNode.Kind.SUBSCRIPTION)
                    .findFirst().orElse(null));
            if (child != null) {
                return child;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the sandbox connection did not load");
    }

    private static void waitLoaded(NavigationNode node) throws Exception {
        for (int i = 0; i < 1500 && BenchFx.onFx(() -> node.loadStateProperty().get() != NavigationNode.LoadState.LOADED); i++) {
            Thread.sleep(20);
        }
    }
}
