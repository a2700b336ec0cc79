package dev.adfconsole.ui.fleet;

import static dev.adfconsole.testing.SandboxFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.sandbox.SandboxOptions;
import dev.adfconsole.service.RuntimeRef;
import dev.adfconsole.service.inventory.FleetCache;
import dev.adfconsole.ui.common.UiTimer;
import dev.adfconsole.ui.fleet.FleetEntries.Entry;
import dev.adfconsole.ui.fleet.FleetEntries.Group;
import dev.adfconsole.ui.fleet.FleetEntries.Row;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import dev.adfconsole.service.inventory.InventoryRow;
import dev.adfconsole.testing.SandboxFixture;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fleet view's sweep against the sandbox, and the health rules. */
class FleetViewModelTest {

    private SandboxFixture fx;
    private final ExecutorService uiThread = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        uiThread.shutdownNow();
        if (fx != null) {
            fx.close();
        }
    }

    @TempDir
    Path home;

    private FleetViewModel model(Clock clock, java.util.function.Consumer<RuntimeRef> reveal) {
        // Redraws run at once on the test's UI thread: the view model's coalescing is not what these tests measure.
        UiTimer timer = (delay, task) -> {
            uiThread.execute(task);
            return () -> { };
        };
        return new FleetViewModel(uiThread::execute, timer, clock, new FleetCache(home.resolve("fleet-cache")),
                new FleetViewModel.Scope("Sandbox|*", fx.services, List.of()), reveal);
    }

    private int runtimeCount() {
        return fx.sandbox.fleet().allFactories().stream().mapToInt(f -> f.runtimes.size()).sum();
    }

    private void sweepAndWait(FleetViewModel model) throws Exception {
        java.time.Instant start = java.time.Instant.now();
        uiThread.submit(model::sweep).get();
        await(() -> !model.runningProperty().get());
        uiThread.submit(() -> { }).get();
        // The sweep is kept for next time off the UI thread, just after it ends.
        FleetCache cache = new FleetCache(home.resolve("fleet-cache"));
        await(() -> cache.load("Sandbox|*").filter(s -> !s.sweptAt().isBefore(start)).isPresent());
    }

    @Test
    void everyRuntimeArrivesWithAVerdictAndOneFailedStatusNeverStopsTheSweep() throws Exception {
        fx = SandboxFixture.start(SandboxOptions.defaults());
        int runtimes = runtimeCount();
        fx.sandbox.faults().next("IntegrationRuntimes_GetStatus", 1).answer(404);
        FleetViewModel model = model(Clock.systemUTC(), ref -> { });

        sweepAndWait(model);

        assertThat(model.rows()).hasSize(runtimes).noneMatch(Row::cached);
        assertThat(model.rows()).filteredOn(r -> r.runtime().error() != null).hasSize(1)
                .allSatisfy(r -> assertThat(r.health().verdict()).isEqualTo(Health.Verdict.UNKNOWN));
        assertThat(model.rows()).anySatisfy(r -> assertThat(r.health().verdict()).isEqualTo(Health.Verdict.DEGRADED));
        // Credentials in sync as the sandbox has them, for every self-hosted runtime that answered (the failed one
        // is whichever status call the fault hit first, so no runtime in particular).
        var fleet = fx.sandbox.fleet();
        assertThat(model.rows()).filteredOn(r -> !r.runtime().failed() && "SelfHosted".equals(r.runtime().type())).isNotEmpty()
                .allSatisfy(r -> {
                    var runtime = fleet.factory(r.runtime().subscriptionId(), r.runtime().resourceGroupName(), r.runtime().factoryName())
                            .orElseThrow().runtimes.get(r.runtime().integrationRuntimeName().toLowerCase(java.util.Locale.ROOT));
                    assertThat(r.runtime().credentialInSync()).as(r.runtime().integrationRuntimeName())
                            .isEqualTo(runtime.nodes.stream().allMatch(dev.adfconsole.sandbox.fleet.SandboxNode::credentialsInSync));
                });
        assertThat(model.rows()).allSatisfy(r -> assertThat(r.runtime().refreshedAt()).isNotNull());
        assertThat(model.countsProperty().get()).matches("\\d+ down · \\d+ degraded · \\d+ unknown · \\d+ healthy · \\d+ stopped");
        assertThat(model.statusProperty().get()).isEqualTo(runtimes + " runtimes, 1 could not be read (see their rows).");
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(model.progressTextProperty().get()).isEqualTo(runtimes + " of " + runtimes + " runtimes");
        // One Resource Graph query found the factories: no list call per subscription.
        assertThat(fx.sandbox.requestLog().calls("Resources")).hasSize(1);
        assertThat(fx.sandbox.requestLog().calls("Factories_List")).isEmpty();
        assertThat(model.sourceProperty().get()).startsWith("Factories from Resource Graph");
        // Worst first until a column is sorted.
        Health.Verdict worst = model.rows().stream().map(r -> r.health().verdict()).min(Comparator.naturalOrder()).orElseThrow();
        assertThat(((Row) model.entries().get(0)).health().verdict()).isEqualTo(worst);

        uiThread.submit(() -> model.filterProperty().set("degraded")).get();
        assertThat(model.entries()).isNotEmpty().allSatisfy(e -> assertThat(((Row) e).health().verdict()).isEqualTo(Health.Verdict.DEGRADED));
        uiThread.submit(() -> model.filterProperty().set("shir-sap-gateway-b")).get();
        assertThat(model.entries()).allSatisfy(e -> assertThat(((Row) e).runtime().integrationRuntimeName()).isEqualTo("shir-sap-gateway-b"));
        Path filtered = Files.createTempFile(home, "fleet", ".csv");
        model.export(filtered).get();
        assertThat(Files.readAllLines(filtered)).hasSize(model.entries().size() + 1);
        uiThread.submit(() -> model.filterProperty().set("")).get();
        assertThat(model.entries()).hasSize(runtimes);

        Path csv = Files.createTempFile(home, "fleet", ".csv");
        model.export(csv).get();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).startsWith("subscriptionId,resourceGroupName,factoryName,integrationRuntimeName");
        assertThat(lines).hasSize(runtimes + 1);
        Path json = Files.createTempFile(home, "fleet", ".json");
        model.export(json).get();
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile()).size()).isEqualTo(runtimes);
        await(() -> model.statusProperty().get().startsWith("Exported " + runtimes + " runtimes to "));
    }

    @Test
    void withoutResourceGraphTheFactoriesAreListedPerSubscription() throws Exception {
        fx = SandboxFixture.start(SandboxOptions.defaults());
        fx.sandbox.faults().next("Resources", 1).answer(403);
        FleetViewModel model = model(Clock.systemUTC(), ref -> { });

        sweepAndWait(model);

        assertThat(model.rows()).hasSize(runtimeCount());
        assertThat(fx.sandbox.requestLog().calls("Factories_List")).hasSize(fx.sandbox.fleet().subscriptions().size());
        assertThat(model.sourceProperty().get()).startsWith("Factories listed per subscription (Resource Graph: ");
    }

    @Test
    void theLastSweepShowsAtOnceWithItsAgeAndGoneRuntimesLeaveWhenTheNewSweepEnds() throws Exception {
        fx = SandboxFixture.start(SandboxOptions.defaults().withLatencyMs(30));
        int runtimes = runtimeCount();
        sweepAndWait(model(Clock.systemUTC(), ref -> { }));
        // Someone deletes a runtime between the two sweeps: the cache still has it, the new sweep must drop it.
        var factory = fx.sandbox.fleet().allFactories().get(0);
        String name;
        synchronized (fx.sandbox.fleet()) {
            var first = factory.runtimes.entrySet().iterator().next();
            name = first.getValue().name;
            factory.runtimes.remove(first.getKey());
        }

        FleetViewModel later = model(Clock.offset(Clock.systemUTC(), Duration.ofHours(2)), ref -> { });
        java.util.concurrent.atomic.AtomicReference<List<Row>> firstShown = new java.util.concurrent.atomic.AtomicReference<>();
        later.cacheNoteProperty().addListener((obs, old, note) -> firstShown.compareAndSet(null, List.copyOf(later.rows())));
        later.open().get();
        await(() -> firstShown.get() != null);
        await(() -> !later.runningProperty().get() && later.cacheNoteProperty().get().isEmpty());
        uiThread.submit(() -> { }).get();

        assertThat(firstShown.get()).hasSize(runtimes).allMatch(Row::cached);
        assertThat(later.rows()).hasSize(runtimes - 1).noneMatch(Row::cached)
                .noneMatch(r -> r.runtime().integrationRuntimeName().equals(name) && r.runtime().factoryName().equals(factory.name));
        // The next view of the same scope starts from this sweep (kept off the UI thread, just after it ended).
        FleetCache kept = new FleetCache(home.resolve("fleet-cache"));
        await(() -> kept.load("Sandbox|*").filter(s -> s.rows().size() != runtimes).isPresent());
        var cached = kept.load("Sandbox|*").orElseThrow();
        assertThat(cached.rows()).hasSize(runtimes - 1);
        assertThat(new FleetCache(home.resolve("fleet-cache")).load("Sandbox|other")).isEmpty();
    }

    @Test
    void theCacheNoteSaysHowOldTheShownSweepIs() throws Exception {
        fx = SandboxFixture.start(SandboxOptions.defaults().withLatencyMs(200));
        sweepAndWait(model(Clock.systemUTC(), ref -> { }));

        FleetViewModel later = model(Clock.offset(Clock.systemUTC(), Duration.ofHours(2)), ref -> { });
        later.open().get();
        uiThread.submit(() -> { }).get();

        assertThat(later.cacheNoteProperty().get()).startsWith("Showing the sweep of ").contains("(2 h ago)");
        assertThat(later.runningProperty().get()).isTrue();
        assertThat(later.entries()).isNotEmpty().allMatch(e -> ((Row) e).cached());
        later.cancel();
    }

    @Test
    void groupsHeadTheirRunsWithCountsAndFoldOnActivation() throws Exception {
        fx = SandboxFixture.start(SandboxOptions.defaults());
        List<RuntimeRef> revealed = new java.util.ArrayList<>();
        FleetViewModel model = model(Clock.systemUTC(), revealed::add);
        sweepAndWait(model);
        long factories = model.rows().stream().map(r -> r.runtime().subscriptionId() + r.runtime().factoryName()).distinct().count();

        uiThread.submit(() -> model.groupByProperty().set(FleetViewModel.GroupBy.FACTORY)).get();

        List<Entry> entries = List.copyOf(model.entries());
        assertThat(entries).filteredOn(e -> e instanceof Group).hasSize((int) factories);
        assertThat(entries).hasSize(runtimeCount() + (int) factories);
        Group first = (Group) entries.get(0);
        long members = entries.stream().skip(1).takeWhile(e -> e instanceof Row).count();
        assertThat(first.size()).isEqualTo((int) members);
        assertThat(entries.stream().skip(1).limit(members)).allSatisfy(e -> assertThat(((Row) e).runtime().factoryName()).isEqualTo(first.label()));
        assertThat(first.summary()).startsWith(members + (members == 1 ? " runtime: " : " runtimes: "))
                .matches(".*: \\d+ (down|degraded|unknown|healthy|stopped)(, \\d+ (degraded|unknown|healthy|stopped))*");

        uiThread.submit(() -> model.activate(first)).get();
        assertThat(model.entries()).hasSize(entries.size() - (int) members);
        assertThat(((Group) model.entries().get(0)).collapsed()).isTrue();
        assertThat(model.entries().get(1)).isInstanceOf(Group.class);

        uiThread.submit(() -> model.groupByProperty().set(FleetViewModel.GroupBy.SUBSCRIPTION)).get();
        assertThat(model.entries()).filteredOn(e -> e instanceof Group).hasSize(fx.sandbox.fleet().subscriptions().size());

        Row row = (Row) model.entries().get(1);
        uiThread.submit(() -> model.activate(row)).get();
        assertThat(revealed).containsExactly(new dev.adfconsole.service.FactoryRef(row.runtime().subscriptionId(),
                row.runtime().resourceGroupName(), row.runtime().factoryName()).runtime(row.runtime().integrationRuntimeName()));
    }

    private static InventoryRow row(String state, Integer online, Integer total, String versionStatus) {
        return new InventoryRow("s", "rg", "f", "ir", "SelfHosted", state, online, total, "5.1", "5.2", versionStatus, "On",
                null, true, null);
    }

    @Test
    void theRulesSayWhatIsWrongFirst() {
        assertThat(Health.of(row("Offline", 0, 2, "UpToDate")).verdict()).isEqualTo(Health.Verdict.DOWN);
        // A self-hosted runtime's tooltip ends with the version-support rule and its source.
        assertThat(Health.of(row("Offline", 0, 2, "UpToDate")).rule()).startsWith("State is Offline.")
                .endsWith(dev.adfconsole.service.inventory.VersionSupport.RULE);
        assertThat(Health.of(row("Online", 0, 2, "UpToDate")).verdict()).isEqualTo(Health.Verdict.DOWN);
        assertThat(Health.of(row("Limited", 1, 2, "UpToDate")).rule()).startsWith("State is Limited");
        assertThat(Health.of(row("Online", 1, 2, "UpToDate")).verdict()).isEqualTo(Health.Verdict.DEGRADED);
        assertThat(Health.of(row("Online", 1, 2, "UpToDate")).rule()).startsWith("1 of 2 nodes are online.");
        assertThat(Health.of(row("Online", 2, 2, "Expired")).verdict()).isEqualTo(Health.Verdict.DEGRADED);
        assertThat(Health.of(row("Online", 2, 2, "Expiring")).rule()).startsWith("Its version 5.1 stops being supported within 90 days: upgrade the nodes.");
        assertThat(Health.of(row("Online", 2, 2, "UpdateAvailable")).verdict()).isEqualTo(Health.Verdict.HEALTHY);
        assertThat(Health.of(row("Online", 2, 2, "UpdateAvailable")).rule()).startsWith("State is Online; an update is available.");
        // An Azure-SSIS runtime stopped on purpose is neither a fault nor unknown.
        assertThat(Health.of(row("Stopped", null, null, null)).verdict()).isEqualTo(Health.Verdict.STOPPED);
        assertThat(Health.of(row("Starting", null, null, null)).verdict()).isEqualTo(Health.Verdict.UNKNOWN);
    }

    @Test
    void subscriptionsShowByTheirNamesAndAStoppedSsisRuntimeIsStoppedNotUnknown() throws Exception {
        fx = SandboxFixture.start(SandboxOptions.defaults());
        FleetViewModel model = model(Clock.systemUTC(), ref -> { });
        var subscription = fx.sandbox.fleet().subscriptions().get(0);

        uiThread.submit(model::open).get();
        await(() -> model.statusProperty().get().matches("\\d+ runtimes.*"));
        uiThread.submit(() -> { }).get();

        assertThat(model.subscriptionName(subscription.subscriptionId())).isEqualTo(subscription.displayName());
        assertThat(model.subscriptionName(subscription.subscriptionId().toUpperCase(java.util.Locale.ROOT))).isEqualTo(subscription.displayName());
        assertThat(model.subscriptionName("00000000-0000-0000-0000-000000000000")).as("unknown: the id stays")
                .isEqualTo("00000000-0000-0000-0000-000000000000");
        uiThread.submit(() -> model.groupByProperty().set(FleetViewModel.GroupBy.SUBSCRIPTION)).get();
        assertThat(model.entries()).filteredOn(e -> e instanceof Group).extracting(e -> ((Group) e).label())
                .contains(subscription.displayName()).noneMatch(label -> label.matches("[0-9a-f-]{36}"));
        uiThread.submit(() -> model.filterProperty().set(subscription.displayName())).get();
        assertThat(model.entries()).filteredOn(e -> e instanceof Row).isNotEmpty()
                .allSatisfy(e -> assertThat(((Row) e).runtime().subscriptionId()).isEqualToIgnoringCase(subscription.subscriptionId()));

        assertThat(model.rows()).filteredOn(r -> "Stopped".equals(r.runtime().state())).isNotEmpty()
                .allSatisfy(r -> assertThat(r.health().verdict()).isEqualTo(Health.Verdict.STOPPED));
        assertThat(model.countsProperty().get()).matches(".* · [1-9]\\d* stopped");
    }
}
