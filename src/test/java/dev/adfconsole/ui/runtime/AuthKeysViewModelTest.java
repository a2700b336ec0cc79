package dev.adfconsole.ui.runtime;

import static dev.adfconsole.testing.SandboxFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.model.IntegrationRuntimeAuthKeys;
import dev.adfconsole.sandbox.fleet.SandboxRuntime;
import dev.adfconsole.service.RuntimeRef;
import dev.adfconsole.testing.AnsweringDialogs;
import dev.adfconsole.testing.ManualTimer;
import dev.adfconsole.testing.MemoryClipboard;
import dev.adfconsole.testing.SandboxFixture;
import dev.adfconsole.ui.common.AsyncAction;
import dev.adfconsole.ui.common.UiExecutor;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Keys tab's view model against the sandbox: masked, revealed for 30 s, copied and cleared, regenerated. */
class AuthKeysViewModelTest {

    private SandboxFixture fx;
    private final ManualTimer timer = new ManualTimer();
    private final MemoryClipboard clipboard = new MemoryClipboard();
    private final AnsweringDialogs dialogs = new AnsweringDialogs();
    private SandboxRuntime runtime;
    private AuthKeysViewModel model;

    @BeforeEach
    void start() throws Exception {
        fx = SandboxFixture.fast();
        runtime = fx.sandbox.fleet().allFactories().get(0).runtimes.values().stream()
                .filter(r -> r.isSelfHosted() && r.authKey1 != null).findFirst().orElseThrow();
        RuntimeRef ref = fx.factory.runtime(runtime.name);
        model = new AuthKeysViewModel(UiExecutor.direct(), dialogs, timer, clipboard, new AuthKeysViewModel.KeyCalls() {
            @Override
            public CompletableFuture<IntegrationRuntimeAuthKeys> list(RuntimeRef r) {
                return fx.services.runtimes().listAuthKeys(r);
            }

            @Override
            public CompletableFuture<IntegrationRuntimeAuthKeys> regenerate(RuntimeRef r, String keyName) {
                return fx.services.runtimes().regenerateAuthKey(r, keyName);
            }
        }, () -> ref);
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private AuthKeysViewModel.Key key1() {
        return model.keys().get(0);
    }

    @Test
    void keysShowMaskedAndARevealedKeyIsMaskedAgainAfter30Seconds() throws Exception {
        model.load();
        await(() -> model.loadedProperty().get());
        assertThat(key1().shownProperty().get()).isEqualTo("****" + runtime.authKey1.substring(runtime.authKey1.length() - 4));

        key1().reveal();
        assertThat(key1().shownProperty().get()).isEqualTo(runtime.authKey1);
        timer.advance(Duration.ofSeconds(29));
        assertThat(key1().revealedProperty().get()).isTrue();
        timer.advance(Duration.ofSeconds(1));
        assertThat(key1().revealedProperty().get()).isFalse();
        assertThat(key1().shownProperty().get()).doesNotContain(runtime.authKey1);

        key1().reveal();
        model.maskAll();
        assertThat(key1().shownProperty().get()).as("losing focus masks at once").startsWith("****");
    }

    @Test
    void copyClearsTheClipboardAfter30SecondsOnlyIfItStillHoldsTheKey() throws Exception {
        model.load();
        await(() -> model.loadedProperty().get());

        key1().copy();
        assertThat(clipboard.text()).isEqualTo(runtime.authKey1);
        timer.advance(Duration.ofSeconds(30));
        assertThat(clipboard.text()).isEmpty();

        key1().copy();
        clipboard.putText("something the user copied since");
        timer.advance(Duration.ofSeconds(30));
        assertThat(clipboard.text()).isEqualTo("something the user copied since");
    }

    @Test
    void regenerateNeedsTheRuntimeNameTypedAndShowsTheNewKeyMasked() throws Exception {
        model.load();
        await(() -> model.loadedProperty().get());
        String old = runtime.authKey1;

        dialogs.answer(false);
        key1().regenerate().execute();
        await(() -> key1().regenerate().stateProperty().get() != AsyncAction.State.RUNNING);
        assertThat(dialogs.asked.get(0).typeToConfirm()).isEqualTo(runtime.name);
        assertThat(fx.sandbox.requestLog().calls("IntegrationRuntimes_RegenerateAuthKey")).isEmpty();

        dialogs.answer(true);
        key1().regenerate().execute();
        await(() -> key1().regenerate().stateProperty().get() == AsyncAction.State.SUCCEEDED);
        assertThat(fx.sandbox.requestLog().calls("IntegrationRuntimes_RegenerateAuthKey").get(0).body()).contains("\"keyName\":\"authKey1\"");
        assertThat(runtime.authKey1).isNotEqualTo(old);
        assertThat(key1().shownProperty().get()).isEqualTo(IntegrationRuntimeAuthKeys.mask(runtime.authKey1));
    }
}
