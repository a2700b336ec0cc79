package dev.adfconsole.ui.runtime;

import static dev.adfconsole.testing.SandboxFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.model.IntegrationRuntimeAuthKeys;
import dev.adfconsole.model.IntegrationRuntimeStatus;
import dev.adfconsole.sandbox.fleet.SandboxRuntime;
import dev.adfconsole.service.RuntimeRef;
import dev.adfconsole.testing.AnsweringDialogs;
import dev.adfconsole.testing.ManualTimer;
import dev.adfconsole.testing.MemoryClipboard;
import dev.adfconsole.testing.SandboxFixture;
import dev.adfconsole.ui.common.AsyncAction;
import dev.adfconsole.ui.common.UiExecutor;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** After a key is regenerated on the sandbox: the guidance per node, its masked commands, Copy with the real key. */
class KeyRotationGuideTest {

    private SandboxFixture fx;
    private final ManualTimer timer = new ManualTimer();
    private final MemoryClipboard clipboard = new MemoryClipboard();
    private final AnsweringDialogs dialogs = new AnsweringDialogs().answer(true);
    private SandboxRuntime runtime;
    private RuntimeRef ref;
    private List<NodeRow> nodes;
    private AuthKeysViewModel model;

    @BeforeEach
    void start() throws Exception {
        fx = SandboxFixture.fast();
        runtime = fx.sandbox.fleet().allFactories().get(0).runtimes.values().stream()
                .filter(r -> r.kind == SandboxRuntime.Kind.SELF_HOSTED && r.nodes.size() >= 2).findFirst().orElseThrow();
        ref = fx.factory.runtime(runtime.name);
        nodes = nodeRows();
        model = new AuthKeysViewModel(UiExecutor.direct(), dialogs, timer, clipboard, new AuthKeysViewModel.KeyCalls() {
            @Override
            public CompletableFuture<IntegrationRuntimeAuthKeys> list(RuntimeRef r) {
                return fx.services.runtimes().listAuthKeys(r);
            }

            @Override
            public CompletableFuture<IntegrationRuntimeAuthKeys> regenerate(RuntimeRef r, String keyName) {
                return fx.services.runtimes().regenerateAuthKey(r, keyName);
            }
        }, () -> ref, () -> nodes);
    }

    private List<NodeRow> nodeRows() throws Exception {
        var status = (IntegrationRuntimeStatus.SelfHosted) fx.services.runtimes().getStatus(ref).get().properties();
        return status.typeProperties().nodes().stream().map(NodeRow::of).toList();
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private void regenerate(int key) throws Exception {
        model.load();
        await(() -> model.loadedProperty().get());
        AuthKeysViewModel.Key chosen = model.keys().get(key);
        chosen.regenerate().execute();
        await(() -> chosen.regenerate().stateProperty().get() == AsyncAction.State.SUCCEEDED);
    }

    @Test
    void afterRegeneratingEachNodeIsNamedWithItsRegistrationCommandAndTheKeyMasked() throws Exception {
        KeyRotationGuideViewModel guide = model.guide();
        assertThat(guide.shownProperty().get()).as("nothing before a key is regenerated").isFalse();

        regenerate(1);

        String key = runtime.authKey2;
        assertThat(model.keys().get(0).shownProperty().get()).as("the other key stays shown")
                .isEqualTo(IntegrationRuntimeAuthKeys.mask(runtime.authKey1));
        assertThat(guide.shownProperty().get()).isTrue();
        assertThat(guide.titleProperty().get()).startsWith("authKey2 was regenerated");
        assertThat(guide.summaryProperty().get()).contains("previous authKey2 no longer works").contains("Nodes already registered are not affected");
        assertThat(guide.steps()).extracting(KeyRotationGuideViewModel.NodeStep::node)
                .containsExactlyElementsOf(runtime.nodes.stream().map(n -> n.name).toList());
        String masked = IntegrationRuntimeAuthKeys.mask(key);
        assertThat(guide.steps()).allSatisfy(step -> {
            assertThat(step.shownCommand()).isEqualTo("& \"C:\\Program Files\\Microsoft Integration Runtime\\5.0\\Shared\\dmgcmd.exe\""
                    + " -RegisterNewNode \"" + masked + "\" \"" + step.node() + "\"");
            assertThat(step.toString()).doesNotContain(key);
        });
        assertThat(guide.updateKeyCommandProperty().get()).endsWith("dmgcmd.exe\" -Key \"" + masked + "\"");
        // What the guidance says about registered nodes is what Azure (here, the sandbox) does: they stay as they were.
        assertThat(nodeRows()).extracting(NodeRow::status).containsExactlyElementsOf(nodes.stream().map(NodeRow::status).toList());
        var offline = guide.steps().stream().filter(s -> s.status().equals("Offline")).findFirst();
        offline.ifPresent(s -> assertThat(s.effect()).startsWith("Stays registered; when its machine is back"));
        assertThat(guide.steps().stream().filter(s -> s.status().equals("Online")).findFirst().orElseThrow().effect())
                .isEqualTo("Stays registered and keeps running: nothing to do now.");
    }

    @Test
    void copyPutsTheRealCommandOnTheClipboardAndClearsIt30SecondsLater() throws Exception {
        regenerate(0);
        KeyRotationGuideViewModel guide = model.guide();
        KeyRotationGuideViewModel.NodeStep first = guide.steps().get(0);

        guide.copy(first);
        assertThat(clipboard.text()).contains("-RegisterNewNode \"" + runtime.authKey1 + "\" \"" + first.node() + "\"");
        assertThat(guide.statusProperty().get()).contains("cleared in 30 s");
        timer.advance(Duration.ofSeconds(29));
        assertThat(clipboard.text()).contains(runtime.authKey1);
        timer.advance(Duration.ofSeconds(1));
        assertThat(clipboard.text()).isEmpty();

        guide.copyUpdateKey();
        clipboard.putText("copied by the user since");
        timer.advance(Duration.ofSeconds(30));
        assertThat(clipboard.text()).isEqualTo("copied by the user since");
    }

    @Test
    void anotherRuntimeOrDoneForgetsTheKey() throws Exception {
        regenerate(0);
        KeyRotationGuideViewModel guide = model.guide();
        KeyRotationGuideViewModel.NodeStep first = guide.steps().get(0);

        model.clear();
        assertThat(guide.shownProperty().get()).isFalse();
        guide.copy(first);
        assertThat(clipboard.text()).as("nothing left to copy").isNull();
    }
}
