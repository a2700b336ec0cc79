package dev.adfconsole.ui.node;

import static dev.adfconsole.testing.SandboxFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.model.SelfHostedIntegrationRuntimeNode;
import dev.adfconsole.sandbox.fleet.SandboxRuntime;
import dev.adfconsole.service.NodeRef;
import dev.adfconsole.testing.AnsweringDialogs;
import dev.adfconsole.testing.SandboxFixture;
import dev.adfconsole.ui.common.AsyncAction;
import dev.adfconsole.ui.common.UiExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The node pane's view model against the sandbox: the limit rule before sending, IP on demand, typed delete. */
class NodeDetailsViewModelTest {

    private SandboxFixture fx;
    private final AnsweringDialogs dialogs = new AnsweringDialogs();
    private final AtomicInteger changes = new AtomicInteger();
    private NodeDetailsViewModel model;
    private NodeRef ref;
    private SelfHostedIntegrationRuntimeNode node;

    @BeforeEach
    void start() throws Exception {
        fx = SandboxFixture.fast();
        SandboxRuntime runtime = fx.sandbox.fleet().allFactories().get(0).runtimes.values().stream()
                .filter(r -> r.isSelfHosted() && !r.nodes.isEmpty()).findFirst().orElseThrow();
        ref = fx.factory.runtime(runtime.name).node(runtime.nodes.get(0).name);
        node = fx.services.nodes().get(ref).get();
        model = new NodeDetailsViewModel(UiExecutor.direct(), dialogs, changes::incrementAndGet);
        model.show(new NodeDetailsViewModel.Target(fx.services, ref, node, runtime.latestVersion));
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    @Test
    void theLimitIsCheckedAgainstTheNodesMaximumBeforeAnythingIsSent() throws Exception {
        int max = node.maxConcurrentJobs();
        assertThat(model.limitTextProperty().get()).isEqualTo(String.valueOf(node.concurrentJobsLimit()));
        assertThat(model.applyLimit().disabledProperty().get()).as("nothing changed yet").isTrue();

        for (String bad : new String[] {"0", "abc", String.valueOf(max + 1), "-3"}) {
            model.limitTextProperty().set(bad);
            assertThat(model.limitErrorProperty().get()).as(bad)
                    .isEqualTo("Concurrent jobs limit: a whole number from 1 to " + max + ".");
            assertThat(model.applyLimit().disabledProperty().get()).isTrue();
        }
        assertThat(fx.sandbox.requestLog().calls("IntegrationRuntimeNodes_Update")).isEmpty();

        int wanted = node.concurrentJobsLimit() == max ? max - 1 : max;
        model.limitTextProperty().set(String.valueOf(wanted));
        assertThat(model.limitErrorProperty().get()).isNull();
        model.applyLimit().execute();
        await(() -> model.applyLimit().stateProperty().get() == AsyncAction.State.SUCCEEDED);
        assertThat(fx.sandbox.requestLog().calls("IntegrationRuntimeNodes_Update").get(0).body())
                .isEqualTo("{\"concurrentJobsLimit\":" + wanted + "}");
        assertThat(fx.services.nodes().get(ref).get().concurrentJobsLimit()).isEqualTo(wanted);
        assertThat(changes.get()).as("the runtime reloads").isEqualTo(1);
    }

    @Test
    void theNodesFactsSayWhenItsVersionStopsBeingSupported() {
        var facts = NodeFacts.of(node, "5.46.9012.1", java.time.Instant.now(), java.time.ZoneOffset.UTC);
        // The sandbox's latest version was released 20 days before the fleet was made: one year of support.
        assertThat(node.expiryTime()).isNotNull();
        assertThat(facts.get("Support ends")).isEqualTo("in 345 days (" + java.time.LocalDate.ofInstant(node.expiryTime(),
                java.time.ZoneOffset.UTC) + ")");
    }

    @Test
    void theIpAddressIsFetchedOnlyWhenAskedFor() throws Exception {
        assertThat(fx.sandbox.requestLog().calls("IntegrationRuntimeNodes_GetIpAddress")).isEmpty();
        model.fetchIpAddress();
        await(() -> model.ipAddressProperty().get().matches("\\d+\\.\\d+\\.\\d+\\.\\d+"));
        assertThat(fx.sandbox.requestLog().calls("IntegrationRuntimeNodes_GetIpAddress")).hasSize(1);
    }

    @Test
    void deleteNeedsTheNodeNameTypedAndRemovesTheNode() throws Exception {
        dialogs.answer(false);
        model.delete().execute();
        await(() -> model.delete().stateProperty().get() != AsyncAction.State.RUNNING);
        assertThat(dialogs.asked.get(0).typeToConfirm()).isEqualTo(ref.name());
        assertThat(dialogs.asked.get(0).message()).contains("Jobs running on it fail");
        assertThat(fx.sandbox.requestLog().calls("IntegrationRuntimeNodes_Delete")).isEmpty();

        dialogs.answer(true);
        model.delete().execute();
        await(() -> model.delete().stateProperty().get() == AsyncAction.State.SUCCEEDED);
        assertThat(fx.sandbox.requestLog().calls("IntegrationRuntimeNodes_Delete")).hasSize(1);
        assertThat(changes.get()).isEqualTo(1);
    }
}
