package dev.adfconsole.ui.runtime;

import static dev.adfconsole.testing.SandboxFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.sandbox.SandboxOptions;
import dev.adfconsole.sandbox.fleet.SandboxFactory;
import dev.adfconsole.sandbox.fleet.SandboxRuntime;
import dev.adfconsole.service.FactoryRef;
import dev.adfconsole.service.RuntimeRef;
import dev.adfconsole.testing.AnsweringDialogs;
import dev.adfconsole.testing.FaultMatrix;
import dev.adfconsole.testing.FaultMatrix.ArmFault;
import dev.adfconsole.testing.FaultMatrix.Case;
import dev.adfconsole.testing.ManualTimer;
import dev.adfconsole.testing.MemoryClipboard;
import dev.adfconsole.testing.SandboxFixture;
import dev.adfconsole.ui.common.AsyncAction;
import dev.adfconsole.ui.common.UiExecutor;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The runtime and node actions of the detail pane (start, stop, upgrade, sync credentials, regenerate key, remove
 * link, auto-update, update node, delete node) under every fault of {@link FaultMatrix}, through their view models
 * against the sandbox.
 */
class RuntimeActionFaultsTest {

    static Stream<Arguments> matrix() {
        return FaultMatrix.of(List.of(
                new Case("start", fx -> runtimeAction(fx, r -> r.kind == SandboxRuntime.Kind.MANAGED_SSIS
                        && "Stopped".equals(r.state()), "IntegrationRuntimes_Start", false, RuntimeDetailsViewModel::start)),
                new Case("stop", fx -> runtimeAction(fx, r -> r.kind == SandboxRuntime.Kind.MANAGED_SSIS
                        && "Started".equals(r.state()), "IntegrationRuntimes_Stop", false, RuntimeDetailsViewModel::stop)),
                new Case("upgrade", fx -> runtimeAction(fx, r -> r.isSelfHosted() && r.nodes.stream()
                        .anyMatch(n -> !n.version.equals(r.latestVersion)), "IntegrationRuntimes_Upgrade", false,
                        RuntimeDetailsViewModel::upgrade)),
                new Case("sync credentials", fx -> runtimeAction(fx, SandboxRuntime::isSelfHosted,
                        "IntegrationRuntimes_SyncCredentials", false, RuntimeDetailsViewModel::syncCredentials)),
                new Case("regenerate key", RuntimeActionFaultsTest::regenerateKey),
                new Case("remove link", RuntimeActionFaultsTest::removeLink),
                new Case("auto-update", RuntimeActionFaultsTest::autoUpdate),
                new Case("update node", RuntimeActionFaultsTest::updateNode),
                new Case("delete node", RuntimeActionFaultsTest::deleteNode)));
    }

    @ParameterizedTest(name = "{0} under {1}")
    @MethodSource("matrix")
    void everyRuntimeActionUnderEveryFault(Case action, ArmFault fault) throws Exception {
        try (SandboxFixture fx = SandboxFixture.forFaults(SandboxOptions.defaults().withSeed(42)
                .withTimings(Duration.ofMillis(300), Duration.ofMillis(100)))) {
            FaultMatrix.check(fx, action, fault);
        }
    }

    /** The pane, showing the first runtime that fits, loaded; destructive actions confirmed. */
    private record Pane(RuntimeDetailsViewModel model, SandboxRuntime runtime, RuntimeRef ref) {
    }

    private static Pane pane(SandboxFixture fx, Predicate<SandboxRuntime> fits) throws InterruptedException {
        for (SandboxFactory factory : fx.sandbox.fleet().allFactories()) {
            for (SandboxRuntime runtime : factory.runtimes.values()) {
                if (fits.test(runtime)) {
                    RuntimeRef ref = new FactoryRef(factory.subscriptionId, factory.resourceGroup, factory.name).runtime(runtime.name);
                    RuntimeDetailsViewModel model = new RuntimeDetailsViewModel(UiExecutor.direct(),
                            new AnsweringDialogs().answer(true), new ManualTimer(), new MemoryClipboard());
                    model.show(new RuntimeDetailsViewModel.Target(fx.services, ref, null));
                    await(() -> !model.loadingProperty().get() && model.typeProperty().get() != null && !model.typeProperty().get().isEmpty()
                            && (runtime.nodes.isEmpty() || !model.nodes().isEmpty())
                            && (runtime.links.isEmpty() || !model.settings().links().isEmpty()));
                    return new Pane(model, runtime, ref);
                }
            }
        }
        throw new AssertionError("no runtime fits in the sandbox's fleet");
    }

    private static FaultMatrix.Action runtimeAction(SandboxFixture fx, Predicate<SandboxRuntime> fits, String operationId,
                                                    boolean retrySafe,
                                                    java.util.function.Function<RuntimeDetailsViewModel, AsyncAction<?>> button)
            throws InterruptedException {
        Pane pane = pane(fx, fits);
        return action(operationId, retrySafe, button.apply(pane.model()),
                () -> assertThat(pane.model().targetProperty().get().ref()).isEqualTo(pane.ref()));
    }

    private static FaultMatrix.Action regenerateKey(SandboxFixture fx) throws InterruptedException {
        Pane pane = pane(fx, SandboxRuntime::isSelfHosted);
        AuthKeysViewModel keys = pane.model().keys();
        keys.load();
        await(() -> keys.loadedProperty().get());
        String shown = keys.keys().get(1).shownProperty().get();
        return action("IntegrationRuntimes_RegenerateAuthKey", false, keys.keys().get(1).regenerate(),
                () -> assertThat(keys.keys().get(1).shownProperty().get()).as("the key shown before").isEqualTo(shown));
    }

    private static FaultMatrix.Action removeLink(SandboxFixture fx) throws InterruptedException {
        Pane pane = pane(fx, r -> r.isSelfHosted() && !r.links.isEmpty());
        RuntimeSettingsViewModel settings = pane.model().settings();
        RuntimeSettingsViewModel.Link link = settings.links().get(0);
        return action("IntegrationRuntimes_RemoveLinks", false, link.remove(),
                () -> assertThat(settings.links()).contains(link));
    }

    private static FaultMatrix.Action autoUpdate(SandboxFixture fx) throws InterruptedException {
        Pane pane = pane(fx, SandboxRuntime::isSelfHosted);
        RuntimeSettingsViewModel settings = pane.model().settings();
        boolean wanted = !settings.autoUpdateProperty().get();
        settings.autoUpdateProperty().set(wanted);
        settings.updateHourProperty().set("5");
        return action("IntegrationRuntimes_Update", true, settings.applyAutoUpdate(), () -> {
            assertThat(settings.autoUpdateProperty().get()).isEqualTo(wanted);
            assertThat(settings.updateHourProperty().get()).isEqualTo("5");
        });
    }

    private static FaultMatrix.Action updateNode(SandboxFixture fx) throws InterruptedException {
        Pane pane = pane(fx, r -> r.isSelfHosted() && !r.nodes.isEmpty());
        pane.model().selectNode(pane.model().nodes().get(0));
        var node = pane.model().nodeDetails();
        node.limitTextProperty().set("1");
        return action("IntegrationRuntimeNodes_Update", true, node.applyLimit(),
                () -> assertThat(node.limitTextProperty().get()).as("the limit typed").isEqualTo("1"));
    }

    private static FaultMatrix.Action deleteNode(SandboxFixture fx) throws InterruptedException {
        Pane pane = pane(fx, r -> r.isSelfHosted() && !r.nodes.isEmpty());
        pane.model().selectNode(pane.model().nodes().get(0));
        var node = pane.model().nodeDetails();
        var shown = node.targetProperty().get().ref();
        return action("IntegrationRuntimeNodes_Delete", true, node.delete(),
                () -> assertThat(node.targetProperty().get().ref()).as("the node stays selected").isEqualTo(shown));
    }

    static FaultMatrix.Action action(String operationId, boolean retrySafe, AsyncAction<?> button, Runnable inputKept) {
        return FaultMatrix.button(operationId, retrySafe, button, inputKept);
    }
}
