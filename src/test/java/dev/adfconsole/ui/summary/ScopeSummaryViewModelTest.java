package dev.adfconsole.ui.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.service.FactoryRef;
import dev.adfconsole.service.RunRequest;
import dev.adfconsole.testing.SandboxFixture;
import dev.adfconsole.ui.summary.ScopeSummaryViewModel.Scope;
import dev.adfconsole.ui.summary.ScopeSummaryViewModel.StateCount;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The factory and subscription summary against the sandbox: what Azure reports, counted as the pane shows it. */
class ScopeSummaryViewModelTest {

    private final ExecutorService uiThread = Executors.newSingleThreadExecutor();
    private SandboxFixture fx;

    @AfterEach
    void stop() {
        uiThread.shutdownNow();
        if (fx != null) {
            fx.close();
        }
    }

    private <T> T onUi(java.util.concurrent.Callable<T> read) throws Exception {
        return uiThread.submit(read).get();
    }

    private void awaitLoaded(ScopeSummaryViewModel model) throws Exception {
        for (int i = 0; i < 400 && onUi(() -> model.loadingProperty().get()); i++) {
            Thread.sleep(20);
        }
        assertThat(onUi(() -> model.loadingProperty().get())).as("loaded").isFalse();
    }

    @Test
    void aFactoryShowsItsRuntimesByStateItsPipelinesAndItsRunsThatFailedToday() throws Exception {
        fx = SandboxFixture.fast();
        FactoryRef factory = fx.factory;
        String failed = fx.services.pipelines().createRun(factory, RunRequest.simple("pl_ingest_sales_daily",
                Map.of("runDate", new com.fasterxml.jackson.databind.node.TextNode("2026-11-24"),
                        "failActivity", new com.fasterxml.jackson.databind.node.TextNode("CopyCustomers")))).get().runId();
        assertThat(fx.finished(failed).status().raw()).isEqualTo("Failed");
        String succeeded = fx.services.pipelines().createRun(factory, RunRequest.simple("pl_refresh_dim_tables", Map.of())).get().runId();
        fx.finished(succeeded);
        var runtimes = fx.services.runtimes().list(factory, page -> { }).get();
        int pipelines = fx.services.pipelines().list(factory, page -> { }).get().size();
        Map<String, Integer> expected = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (var runtime : runtimes) {
            expected.merge(fx.services.runtimes().getStatus(factory.runtime(runtime.name())).get().properties().state().raw(), 1, Integer::sum);
        }

        ScopeSummaryViewModel model = new ScopeSummaryViewModel(uiThread::execute, Clock.systemUTC());
        uiThread.submit(() -> model.show(Scope.factory(fx.services, factory))).get();
        awaitLoaded(model);

        assertThat(onUi(() -> model.runtimesTextProperty().get())).isEqualTo(runtimes.size() + " integration runtimes");
        List<StateCount> states = onUi(() -> List.copyOf(model.states()));
        assertThat(states).extracting(StateCount::state, StateCount::count)
                .containsExactlyInAnyOrderElementsOf(expected.entrySet().stream()
                        .map(e -> org.assertj.core.groups.Tuple.tuple(e.getKey(), e.getValue())).toList());
        assertThat(states.get(0).count()).as("most common state first").isEqualTo(expected.values().stream().mapToInt(i -> i).max().orElseThrow());
        assertThat(onUi(() -> model.pipelinesTextProperty().get())).isEqualTo(pipelines + " pipelines");
        // What Data Factory reports as failed in the last 24 hours (the sandbox has history of its own), newest first.
        List<String> failedToday = new java.util.ArrayList<>();
        java.time.Instant now = java.time.Instant.now();
        fx.services.runs().queryByFactory(factory, new dev.adfconsole.model.RunFilterParameters(null, now.minus(java.time.Duration.ofHours(24)),
                now.plusSeconds(60), List.of(new dev.adfconsole.model.RunFilterParameters.RunQueryFilter("Status", "Equals", List.of("Failed"))),
                null), page -> failedToday.addAll(page.stream().map(r -> r.runId()).toList()) || true).get();
        assertThat(failedToday).contains(failed);
        assertThat(onUi(() -> model.failedRunsTextProperty().get())).startsWith(failedToday.size() == 1 ? "1 run failed"
                : failedToday.size() + " runs failed").contains("in the last 24 hours");
        List<ScopeSummaryViewModel.FailedRun> shown = onUi(() -> List.copyOf(model.failedRuns()));
        assertThat(shown).extracting(ScopeSummaryViewModel.FailedRun::runId)
                .containsExactlyInAnyOrderElementsOf(failedToday.stream().limit(ScopeSummaryViewModel.MAX_FAILED_RUNS).toList());
        assertThat(shown).allSatisfy(run -> assertThat(run.factory()).isEqualTo(factory));
        assertThat(shown).extracting(ScopeSummaryViewModel.FailedRun::runStart).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(shown).filteredOn(run -> run.runId().equals(failed)).singleElement()
                .satisfies(run -> assertThat(run.pipelineName()).isEqualTo("pl_ingest_sales_daily"));
        assertThat(onUi(() -> model.factoriesTextProperty().get())).as("a factory's summary lists no factories").isEmpty();
        assertThat(onUi(() -> model.problemsProperty().get())).isEmpty();
    }

    @Test
    void aSubscriptionAddsUpItsFactoriesAndALaterSelectionDropsTheAnswersOfTheEarlierOne() throws Exception {
        fx = SandboxFixture.fast();
        var subscription = fx.sandbox.fleet().subscriptions().get(0);
        var factories = fx.sandbox.fleet().allFactories().stream()
                .filter(f -> f.subscriptionId.equalsIgnoreCase(subscription.subscriptionId())).toList();
        int runtimes = factories.stream().mapToInt(f -> f.runtimes.size()).sum();

        ScopeSummaryViewModel model = new ScopeSummaryViewModel(uiThread::execute, Clock.systemUTC());
        uiThread.submit(() -> {
            model.show(Scope.factory(fx.services, fx.factory));
            model.show(Scope.subscription(fx.services, subscription.subscriptionId(), subscription.displayName()));
        }).get();
        awaitLoaded(model);

        assertThat(onUi(() -> model.scopeProperty().get().title())).isEqualTo(subscription.displayName());
        assertThat(onUi(() -> model.factoriesTextProperty().get())).isEqualTo(factories.size() + " factories");
        assertThat(onUi(() -> model.runtimesTextProperty().get())).as("each runtime counted once, the factory's not twice")
                .isEqualTo(runtimes + " integration runtimes");
        assertThat(onUi(() -> model.states().stream().mapToInt(StateCount::count).sum())).isEqualTo(runtimes);
        assertThat(onUi(() -> model.states().stream().map(StateCount::state).toList())).contains("Stopped");
    }
}
