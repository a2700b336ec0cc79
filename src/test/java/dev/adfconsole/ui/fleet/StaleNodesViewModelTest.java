package dev.adfconsole.ui.fleet;

import static dev.adfconsole.testing.SandboxFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.arm.ArmEnvironment;
import dev.adfconsole.arm.StaticTokenProvider;
import dev.adfconsole.model.ModelJson;
import dev.adfconsole.sandbox.SandboxOptions;
import dev.adfconsole.sandbox.fleet.FleetSpec;
import dev.adfconsole.sandbox.fleet.SandboxRuntime;
import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.activity.ActivityEntry;
import dev.adfconsole.service.activity.ActivityLog;
import dev.adfconsole.service.inventory.FleetCache;
import dev.adfconsole.testing.AnsweringDialogs;
import dev.adfconsole.testing.SandboxFixture;
import dev.adfconsole.ui.common.UiTimer;
import dev.adfconsole.ui.fleet.FleetEntries.Row;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stale-node clean-up against the sandbox: the list by threshold, one typed confirmation, a failure that stops nothing. */
class StaleNodesViewModelTest {

    @TempDir
    Path home;
    private SandboxFixture fx;
    private final ExecutorService uiThread = Executors.newSingleThreadExecutor();
    private final ActivityLog activity = new ActivityLog(100);
    private final AnsweringDialogs dialogs = new AnsweringDialogs();

    @AfterEach
    void stop() {
        uiThread.shutdownNow();
        if (fx != null) {
            fx.close();
        }
    }

    private FleetViewModel sweptFleet(DataFactoryServices services) throws Exception {
        UiTimer timer = (delay, task) -> {
            uiThread.execute(task);
            return () -> { };
        };
        FleetViewModel fleet = new FleetViewModel(uiThread::execute, timer, Clock.systemUTC(),
                new FleetCache(home.resolve("cache")), new FleetViewModel.Scope("Sandbox|*", services, List.of()), ref -> { });
        uiThread.submit(fleet::sweep).get();
        await(() -> !fleet.runningProperty().get());
        uiThread.submit(() -> { }).get();
        return fleet;
    }

    @Test
    void threeStaleNodesAreRemovedWithOneTypedConfirmationAndOneFailureStopsNothing() throws Exception {
        fx = SandboxFixture.start(SandboxOptions.defaults().withFleet(new FleetSpec(1, 30, 4, 4)));
        DataFactoryServices services = new DataFactoryServices(fx.client.connect(ArmEnvironment.custom("Sandbox",
                fx.sandbox.baseUri(), "https://management.azure.com/.default", fx.sandbox.baseUri()),
                new StaticTokenProvider(fx.sandbox.issueToken(Duration.ofHours(1)))), ModelJson.newMapper(), activity,
                Clock.systemUTC());
        FleetViewModel fleet = sweptFleet(services);
        StaleNodesViewModel model = new StaleNodesViewModel(uiThread::execute, dialogs, Clock.systemUTC(),
                () -> fleet.rows().stream().map(Row::runtime).toList(), subscription -> services);

        uiThread.submit(model::refresh).get();
        // Every listed node is offline and last connected more than 30 days ago, as the sandbox holds it.
        assertThat(model.items()).hasSizeGreaterThanOrEqualTo(3).allSatisfy(item -> {
            var stale = item.stale();
            assertThat(stale.node().status()).isEqualTo("Offline");
            assertThat(stale.days()).isGreaterThanOrEqualTo(30);
            assertThat(stale.node().linked()).isFalse();
        });
        int at30 = model.items().size();
        uiThread.submit(() -> model.daysProperty().set(10)).get();
        assertThat(model.items()).as("a shorter threshold lists more").hasSizeGreaterThan(at30);
        uiThread.submit(() -> model.daysProperty().set(30)).get();
        assertThat(model.items()).hasSize(at30);
        assertThat(model.nothingCheckedProperty().get()).isTrue();

        List<StaleNodesViewModel.Item> three = List.copyOf(model.items().subList(0, 3));
        uiThread.submit(() -> three.forEach(i -> i.selectedProperty().set(true))).get();
        assertThat(model.nothingCheckedProperty().get()).isFalse();
        // The first delete is refused (not retried: 409 is no transient error); the other two must still go.
        fx.sandbox.faults().next("IntegrationRuntimeNodes_Delete", 1).answer(409);
        dialogs.answer(true);

        uiThread.submit(model::removeChecked).get().get();

        assertThat(dialogs.asked).hasSize(1);
        assertThat(dialogs.asked.get(0).typeToConfirm()).isEqualTo("3");
        assertThat(dialogs.asked.get(0).actionLabel()).isEqualTo("Remove 3");
        assertThat(fx.sandbox.requestLog().calls("IntegrationRuntimeNodes_Delete")).hasSize(3);
        assertThat(three.get(0).resultProperty().get()).startsWith("Failed: ");
        assertThat(three.get(0).removed()).isFalse();
        assertThat(three.subList(1, 3)).allSatisfy(i -> {
            assertThat(i.resultProperty().get()).isEqualTo("Removed");
            assertThat(sandboxRuntime(i).nodes).noneMatch(n -> n.name.equalsIgnoreCase(i.stale().node().nodeName()));
        });
        assertThat(sandboxRuntime(three.get(0)).nodes).anyMatch(n -> n.name.equalsIgnoreCase(three.get(0).stale().node().nodeName()));
        assertThat(model.statusProperty().get()).isEqualTo("Removed 2 of 3 nodes; 1 failed (see its line and the activity log).");
        await(() -> activity.entries().stream().filter(e -> e.action().equals("Delete node")).count() == 3);
        assertThat(activity.entries()).filteredOn(e -> e.action().equals("Delete node"))
                .extracting(ActivityEntry::outcome).containsExactlyInAnyOrder(ActivityEntry.Outcome.FAILED,
                        ActivityEntry.Outcome.SUCCEEDED, ActivityEntry.Outcome.SUCCEEDED);
        assertThat(activity.entries()).filteredOn(e -> e.outcome() == ActivityEntry.Outcome.FAILED)
                .extracting(ActivityEntry::target).containsExactly(three.get(0).stale().ref().toString());
    }

    @Test
    void decliningTheConfirmationRemovesNothing() throws Exception {
        fx = SandboxFixture.start(SandboxOptions.defaults().withFleet(new FleetSpec(1, 30, 4, 4)));
        FleetViewModel fleet = sweptFleet(fx.services);
        StaleNodesViewModel model = new StaleNodesViewModel(uiThread::execute, dialogs, Clock.systemUTC(),
                () -> fleet.rows().stream().map(Row::runtime).toList(), subscription -> fx.services);
        uiThread.submit(model::refresh).get();
        uiThread.submit(() -> model.selectAll(true)).get();
        dialogs.answer(false);

        uiThread.submit(model::removeChecked).get().get();

        assertThat(dialogs.asked.get(0).typeToConfirm()).isEqualTo(String.valueOf(model.items().size()));
        assertThat(fx.sandbox.requestLog().calls("IntegrationRuntimeNodes_Delete")).isEmpty();
    }

    private SandboxRuntime sandboxRuntime(StaleNodesViewModel.Item item) {
        var runtime = item.stale().ref().runtime();
        return fx.sandbox.fleet().factory(runtime.factory().subscriptionId(), runtime.factory().resourceGroupName(),
                runtime.factory().factoryName()).orElseThrow().runtimes.get(runtime.name().toLowerCase(Locale.ROOT));
    }
}
