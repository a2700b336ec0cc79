package dev.adfconsole.ui.runtime;

import static dev.adfconsole.testing.SandboxFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.sandbox.RequestLog;
import dev.adfconsole.sandbox.SandboxOptions;
import dev.adfconsole.sandbox.fleet.SandboxFactory;
import dev.adfconsole.sandbox.fleet.SandboxRuntime;
import dev.adfconsole.service.FactoryRef;
import dev.adfconsole.testing.AnsweringDialogs;
import dev.adfconsole.testing.ManualTimer;
import dev.adfconsole.testing.MemoryClipboard;
import dev.adfconsole.testing.SandboxFixture;
import dev.adfconsole.ui.common.AsyncAction;
import dev.adfconsole.ui.common.UiExecutor;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Starting an Azure-SSIS runtime is a long-running operation: a poll that keeps failing, or an operation that never
 * ends, stops after the client's stated limits (3 failed polls in a row, 3 s in these tests) with a sentence saying
 * so, and the pane shows what a refresh says instead of a spinner for ever.
 */
class LongRunningActionTest {

    @Test
    void pollsThatKeepFailingStopAfterTheLimitAndTheStateComesFromARefresh() throws Exception {
        try (SandboxFixture fx = SandboxFixture.forFaults(SandboxOptions.defaults().withSeed(42)
                .withTimings(Duration.ofSeconds(3), Duration.ofMillis(100)))) {
            fx.sandbox.faults().next("Sandbox_OperationStatus", 1000).answer(500);
            RuntimeDetailsViewModel pane = stoppedSsis(fx);

            pane.start().execute();
            await(() -> pane.start().stateProperty().get() != AsyncAction.State.RUNNING);

            assertThat(pane.start().stateProperty().get()).isEqualTo(AsyncAction.State.FAILED);
            assertThat(pane.start().errorProperty().get()).contains("/start: asking Azure how it goes failed 3 times in a row")
                    .contains("Azure says: The server encountered an internal error")
                    .contains("It may still be running: refresh to see the current state.").contains("(request id ");
            // Each failed poll is one GET retried twice: 3 polls, 9 calls, then no more.
            assertThat(fx.sandbox.requestLog().calls("Sandbox_OperationStatus")).hasSize(9)
                    .extracting(RequestLog.Call::status).containsOnly(500);
            // Azure went on with the start meanwhile: the pane shows where it is now, whatever that is.
            await(() -> java.util.Set.of("Starting", "Started").contains(pane.stateProperty().get()) && !pane.loadingProperty().get());
        }
    }

    @Test
    void anOperationThatNeverEndsStopsAfterTheLimitNotASpinnerForEver() throws Exception {
        try (SandboxFixture fx = SandboxFixture.forFaults(SandboxOptions.defaults().withSeed(42)
                .withTimings(Duration.ofHours(1), Duration.ofMillis(100)))) {
            RuntimeDetailsViewModel pane = stoppedSsis(fx);

            pane.start().execute();
            assertThat(pane.stateProperty().get()).isEqualTo("Starting");
            await(() -> pane.start().stateProperty().get() != AsyncAction.State.RUNNING);

            assertThat(pane.start().stateProperty().get()).isEqualTo(AsyncAction.State.FAILED);
            assertThat(pane.start().errorProperty().get()).contains("/start: it has not ended after 3 s, and the console"
                    + " stopped following it. It may still be running: refresh to see the current state.");
            assertThat(pane.start().runningProperty().get()).isFalse();
            await(() -> !pane.loadingProperty().get());
            assertThat(pane.stateProperty().get()).as("what Azure says now").isEqualTo("Starting");
        }
    }

    private static RuntimeDetailsViewModel stoppedSsis(SandboxFixture fx) throws InterruptedException {
        for (SandboxFactory factory : fx.sandbox.fleet().allFactories()) {
            for (SandboxRuntime runtime : factory.runtimes.values()) {
                if (runtime.kind == SandboxRuntime.Kind.MANAGED_SSIS && "Stopped".equals(runtime.state())) {
                    RuntimeDetailsViewModel pane = new RuntimeDetailsViewModel(UiExecutor.direct(), new AnsweringDialogs(),
                            new ManualTimer(), new MemoryClipboard());
                    pane.show(new RuntimeDetailsViewModel.Target(fx.services,
                            new FactoryRef(factory.subscriptionId, factory.resourceGroup, factory.name).runtime(runtime.name), null));
                    await(() -> !pane.start().disabledProperty().get());
                    return pane;
                }
            }
        }
        throw new AssertionError("no stopped Azure-SSIS runtime in the sandbox's fleet");
    }
}
