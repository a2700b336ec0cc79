package dev.adfconsole.ui.watch;

import static dev.adfconsole.testing.SandboxFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.sandbox.fleet.SandboxNode;
import dev.adfconsole.sandbox.fleet.SandboxRuntime;
import dev.adfconsole.service.RunRequest;
import dev.adfconsole.service.settings.SettingsService;
import dev.adfconsole.service.settings.SettingsStore;
import dev.adfconsole.service.settings.WatchedItem;
import dev.adfconsole.service.watch.WatchPoller;
import dev.adfconsole.testing.SandboxFixture;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watch list against the sandbox: a runtime going offline and a failed run raise notifications that open them. */
class WatchViewModelTest {

    @TempDir
    Path home;
    private SandboxFixture fx;
    private SettingsService settings;
    private WatchPoller poller;
    private WatchViewModel model;
    private final ExecutorService uiThread = Executors.newSingleThreadExecutor();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final List<WatchViewModel.Notice> opened = new ArrayList<>();
    private final List<WatchViewModel.Notice> shown = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        fx = SandboxFixture.fast();
        settings = new SettingsService(new SettingsStore(home.resolve("settings.json"), Clock.systemUTC()));
        WatchViewModel[] self = new WatchViewModel[1];
        // A fast pace for the test: the pacing rule itself is the benchmark's and WatchPollerTest's business.
        poller = new WatchPoller(scheduler, Clock.systemUTC(), event -> self[0].raise(event), 50, Duration.ofMillis(100));
        model = new WatchViewModel(uiThread::execute, settings, poller);
        self[0] = model;
        model.setOpener(opened::add);
        model.setShown(shown::add);
        model.setServices(item -> item.connection().equals("Sandbox") ? Optional.of(fx.services) : Optional.empty());
    }

    @AfterEach
    void stop() {
        poller.close();
        scheduler.shutdownNow();
        uiThread.shutdownNow();
        settings.close();
        fx.close();
    }

    private SandboxRuntime onlineSelfHosted() {
        return fx.sandbox.fleet().factory(fx.factory.subscriptionId(), fx.factory.resourceGroupName(), fx.factory.factoryName())
                .orElseThrow().runtimes.values().stream().filter(r -> r.kind == SandboxRuntime.Kind.SELF_HOSTED
                        && !r.nodes.isEmpty()).findFirst().orElseThrow();
    }

    @Test
    void aWatchedRuntimeGoingOfflineRaisesANotificationThatOpensIt() throws Exception {
        assertThat(model.paused()).as("nothing watched: no polling").isTrue();
        SandboxRuntime runtime = onlineSelfHosted();
        WatchedItem item = new WatchedItem("Sandbox", null, fx.factory.subscriptionId(), fx.factory.resourceGroupName(),
                fx.factory.factoryName(), runtime.name);
        uiThread.submit(() -> model.toggle(item)).get();
        assertThat(model.isWatched(item)).isTrue();
        assertThat(model.paused()).isFalse();
        assertThat(settings.update(s -> s).get().watchList()).containsExactly(item);
        // The first answer is the baseline: the runtime's state as it is raises nothing.
        await(() -> fx.sandbox.requestLog().calls("IntegrationRuntimes_GetStatus").size() >= 2);
        assertThat(model.notices()).isEmpty();

        String before;
        synchronized (fx.sandbox.fleet()) {
            before = runtime.state();
            runtime.nodes.forEach(n -> n.status = "Offline");
        }
        await(() -> model.notices().size() == 1);

        WatchViewModel.Notice notice = model.notices().get(0);
        assertThat(notice.title()).isEqualTo(runtime.name + " is Offline");
        assertThat(notice.text()).isEqualTo(fx.factory.factoryName() + ": was " + before + ", now Offline.");
        assertThat(notice.item()).isEqualTo(item);
        assertThat(model.unreadProperty().get()).isEqualTo(1);
        assertThat(shown).containsExactly(notice);
        model.open(notice);
        assertThat(opened).containsExactly(notice);
        model.markRead();
        assertThat(model.unreadProperty().get()).isZero();

        uiThread.submit(() -> model.toggle(item)).get();
        assertThat(model.paused()).as("the last item unwatched: polling pauses").isTrue();
        assertThat(settings.update(s -> s).get().watchList()).isEmpty();
        int calls = fx.sandbox.requestLog().calls("IntegrationRuntimes_GetStatus").size();
        Thread.sleep(400);
        assertThat(fx.sandbox.requestLog().calls("IntegrationRuntimes_GetStatus")).hasSizeLessThanOrEqualTo(calls + 1);
    }

    @Test
    void aFailedRunInAWatchedFactoryRaisesANotificationThatOpensTheRun() throws Exception {
        WatchedItem factory = new WatchedItem("Sandbox", null, fx.factory.subscriptionId(), fx.factory.resourceGroupName(),
                fx.factory.factoryName(), null);
        uiThread.submit(() -> model.toggle(factory)).get();
        await(() -> !fx.sandbox.requestLog().calls("PipelineRuns_QueryByFactory").isEmpty());

        String runId = fx.services.pipelines().createRun(fx.factory, RunRequest.simple("pl_reconcile_ledger", Map.of())).get().runId();
        fx.finished(runId);
        await(() -> !model.notices().isEmpty());

        WatchViewModel.Notice notice = model.notices().get(0);
        assertThat(notice.runId()).isEqualTo(runId);
        assertThat(notice.title()).isEqualTo("pl_reconcile_ledger failed");
        assertThat(notice.isRun()).isTrue();
        Thread.sleep(300);
        assertThat(model.notices()).as("each failed run is told once").hasSize(1);
    }

    @Test
    void itemsWhoseConnectionIsNotThereWaitAndDoNotPoll() throws Exception {
        WatchedItem elsewhere = new WatchedItem("Contoso prod", null, "00000000-0000-0000-0000-000000000000", "rg", "adf", "ir");
        uiThread.submit(() -> model.toggle(elsewhere)).get();
        assertThat(model.paused()).isTrue();
        assertThat(model.statusProperty().get()).isEqualTo("Nothing watched: polling paused. 1 waiting for their connection.");
    }

    @SuppressWarnings("unused")
    private static boolean online(SandboxNode node) {
        return node.status.equals("Online");
    }
}
