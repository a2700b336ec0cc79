package dev.adfconsole.app;

import static dev.adfconsole.testing.SandboxFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.adfconsole.arm.ArmEnvironment;
import dev.adfconsole.model.PipelineResource;
import dev.adfconsole.sandbox.SandboxOptions;
import dev.adfconsole.sandbox.SandboxServer;
import dev.adfconsole.sandbox.fleet.SandboxFactory;
import dev.adfconsole.sandbox.fleet.SandboxRuntime;
import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.FactoryRef;
import dev.adfconsole.service.accounts.AccountService;
import dev.adfconsole.service.settings.AppPaths;
import dev.adfconsole.testing.AnsweringDialogs;
import dev.adfconsole.testing.ManualTimer;
import dev.adfconsole.testing.MemoryClipboard;
import dev.adfconsole.ui.common.AsyncAction;
import dev.adfconsole.ui.common.UiExecutor;
import dev.adfconsole.ui.pipelinerun.ParameterInput;
import dev.adfconsole.ui.pipelinerun.RunPipelineViewModel;
import dev.adfconsole.ui.runtime.AuthKeysViewModel;
import dev.adfconsole.ui.runtime.RuntimeDetailsViewModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A whole session in the app's composition (its folder, its activity log, its one HTTP client): sign in with a device
 * code through MSAL, reveal and copy an auth key, regenerate it, run a pipeline with a SecureString parameter, and
 * make an action fail. Afterwards no access token, auth key or SecureString value is in the app's folder, the log (every
 * logger at DEBUG, HTTP lines included), the activity log, any error the user was shown or exception raised, or the
 * request preview; and the clipboard no longer holds the key.
 */
class SessionSecretsTest {

    @TempDir
    Path home;

    @Test
    void noSecretOfAWholeSessionIsLeftAnywhereAndTheClipboardIsCleared() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level level = root.getLevel();
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        root.setLevel(Level.DEBUG);
        List<String> shown = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<String> secrets = new ArrayList<>();
        String secureValue = "s3cret-" + UUID.randomUUID();
        secrets.add(secureValue);
        MemoryClipboard clipboard = new MemoryClipboard();
        ManualTimer timer = new ManualTimer();
        CompositionRoot app = new CompositionRoot(new AppPaths(home), "test", Clock.systemUTC(),
                SandboxOptions.defaults().withSeed(42).withTimings(Duration.ofMillis(300), Duration.ofMillis(100)));
        try {
            app.startSandbox().get(30, TimeUnit.SECONDS);
            SandboxServer sandbox = app.sandbox().orElseThrow();
            ArmEnvironment cloud = app.signInClouds().stream().filter(c -> c.name().startsWith("Sandbox")).findFirst().orElseThrow();

            // Sign in (device code through MSAL against the sandbox's authority).
            AccountService.SignedIn account = app.accounts().signInWithDeviceCode(cloud,
                    prompt -> sandbox.authority().approveDeviceCode(prompt.userCode()), null).get(40, TimeUnit.SECONDS);
            secrets.add(account.tokens().getToken(cloud.armScope()).token());
            DataFactoryServices services = app.connect(account);

            // Reveal and copy a key, then regenerate it.
            SandboxFactory factory = sandbox.fleet().allFactories().get(0);
            SandboxRuntime runtime = factory.runtimes.values().stream().filter(r -> r.kind == SandboxRuntime.Kind.SELF_HOSTED)
                    .findFirst().orElseThrow();
            secrets.add(runtime.authKey1);
            secrets.add(runtime.authKey2);
            FactoryRef factoryRef = new FactoryRef(factory.subscriptionId, factory.resourceGroup, factory.name);
            RuntimeDetailsViewModel pane = new RuntimeDetailsViewModel(UiExecutor.direct(), new AnsweringDialogs().answer(true),
                    timer, clipboard);
            pane.show(new RuntimeDetailsViewModel.Target(services, factoryRef.runtime(runtime.name), null));
            AuthKeysViewModel keys = pane.keys();
            keys.load();
            await(() -> keys.loadedProperty().get());
            AuthKeysViewModel.Key key1 = keys.keys().get(0);
            key1.reveal();
            assertThat(key1.shownProperty().get()).isEqualTo(runtime.authKey1);
            key1.copy();
            assertThat(clipboard.text()).isEqualTo(runtime.authKey1);
            key1.regenerate().execute();
            await(() -> key1.regenerate().stateProperty().get() == AsyncAction.State.SUCCEEDED);
            secrets.add(runtime.authKey1);
            // And one that fails: its sentence is shown to the user and written to the activity log.
            sandbox.faults().next("IntegrationRuntimes_RegenerateAuthKey", 1).answer(500);
            exceptions(keys.keys().get(1).regenerate().execute(), shown);
            await(() -> keys.keys().get(1).regenerate().stateProperty().get() == AsyncAction.State.FAILED);
            shown.add(keys.keys().get(1).regenerate().errorProperty().get());
            shown.add(keys.statusProperty().get());

            // Run a pipeline with a SecureString parameter, once failing and once for real.
            PipelineResource pipeline = services.pipelines().get(factoryRef, "pl_ingest_sales_daily").get();
            RunPipelineViewModel dialog = new RunPipelineViewModel(UiExecutor.direct(), services, factoryRef, pipeline);
            parameter(dialog, "runDate").textProperty().set("2026-11-24");
            parameter(dialog, "sqlPassword").textProperty().set(secureValue);
            shown.add(dialog.previewProperty().get());
            sandbox.faults().next("Pipelines_CreateRun", 1).answer(400);
            exceptions(dialog.submit().execute(), shown);
            await(() -> dialog.submit().stateProperty().get() == AsyncAction.State.FAILED);
            shown.add(dialog.submit().errorProperty().get());
            dialog.submit().execute();
            await(() -> dialog.submit().stateProperty().get() == AsyncAction.State.SUCCEEDED);
            assertThat(sandbox.requestLog().calls("Pipelines_CreateRun").get(1).body())
                    .as("the value itself went to Azure").contains(secureValue);
            shown.add(dialog.previewProperty().get());

            // The copied key leaves the clipboard once its time is up.
            timer.advance(Duration.ofSeconds(31));
            assertThat(clipboard.text()).as("the clipboard is cleared").isNullOrEmpty();
            app.activityLog().entries().forEach(entry -> shown.add(entry.toString()));
        } finally {
            app.close();
            root.detachAppender(log);
            root.setLevel(level);
        }

        List<String> places = new ArrayList<>(shown);
        log.list.forEach(event -> {
            places.add(event.getFormattedMessage());
            for (var thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
                places.add(thrown.getMessage());
            }
        });
        try (Stream<Path> files = Files.walk(home)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                places.add(file + ": " + new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        assertThat(places).as("what was shown, logged and kept").isNotEmpty();
        assertThat(log.list).as("the session was logged at DEBUG, HTTP calls included").isNotEmpty();
        assertThat(Files.exists(home.resolve("activity-log.jsonl"))).isTrue();
        for (String secret : secrets) {
            assertThat(secret).isNotBlank();
            assertThat(places).as("no place holds " + secret.substring(0, 4) + "…").noneMatch(text -> text != null && text.contains(secret));
        }
    }

    /** Every message of the failure's exception chain, as a log or a crash report would show them. */
    private static void exceptions(java.util.concurrent.CompletableFuture<?> call, List<String> into) {
        call.whenComplete((value, failure) -> {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                into.add(t.toString());
            }
        });
    }

    private static ParameterInput parameter(RunPipelineViewModel model, String name) {
        return model.parameters().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }
}
