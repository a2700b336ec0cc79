package dev.adfconsole.ui.runtime;

import static dev.adfconsole.testing.SandboxFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.model.IntegrationRuntimeStatus;
import dev.adfconsole.sandbox.fleet.SandboxRuntime;
import dev.adfconsole.service.RuntimeRef;
import dev.adfconsole.testing.AnsweringDialogs;
import dev.adfconsole.testing.SandboxFixture;
import dev.adfconsole.ui.common.AsyncAction;
import dev.adfconsole.ui.common.UiExecutor;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Auto-update settings and Remove link against the sandbox, without a window. */
class RuntimeSettingsViewModelTest {

    private SandboxFixture fx;
    private final AnsweringDialogs dialogs = new AnsweringDialogs();
    private final AtomicInteger changes = new AtomicInteger();
    private SandboxRuntime shared;
    private RuntimeSettingsViewModel model;

    @BeforeEach
    void start() throws Exception {
        fx = SandboxFixture.fast();
        shared = fx.sandbox.fleet().allFactories().get(0).runtimes.values().stream()
                .filter(r -> r.isSelfHosted() && r.links.size() >= 2).findFirst().orElseThrow();
        RuntimeRef ref = fx.factory.runtime(shared.name);
        model = new RuntimeSettingsViewModel(UiExecutor.direct(), dialogs, () -> fx.services, () -> ref, changes::incrementAndGet);
        model.show(shared.autoUpdate, shared.updateDelayOffset, shared.links.stream()
                .map(l -> new IntegrationRuntimeStatus.LinkedIntegrationRuntime(l.name(), l.subscriptionId(), l.dataFactoryName(),
                        l.dataFactoryLocation(), l.createTime())).toList());
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    @Test
    void autoUpdateIsSentAsOnOffAndAnHourOfTheDay() throws Exception {
        assertThat(model.updateHourProperty().get()).isEqualTo(String.valueOf(Integer.parseInt(shared.updateDelayOffset.replaceAll("\\D", ""))));

        model.updateHourProperty().set("24");
        assertThat(model.updateHourErrorProperty().get()).startsWith("Update hour: a whole hour from 0 to 23");
        assertThat(model.applyAutoUpdate().disabledProperty().get()).isTrue();
        model.hide();
        assertThat(model.updateHourErrorProperty().get()).as("no complaint about a field a managed runtime does not show").isNull();
        model.show(shared.autoUpdate, shared.updateDelayOffset, java.util.List.of());

        model.updateHourProperty().set("5");
        model.autoUpdateProperty().set(!"On".equals(shared.autoUpdate));
        String expected = "On".equals(shared.autoUpdate) ? "Off" : "On";
        model.applyAutoUpdate().execute();
        await(() -> model.applyAutoUpdate().stateProperty().get() == AsyncAction.State.SUCCEEDED);
        assertThat(fx.sandbox.requestLog().calls("IntegrationRuntimes_Update").get(0).body())
                .isEqualTo("{\"autoUpdate\":\"" + expected + "\",\"updateDelayOffset\":\"PT5H\"}");
        assertThat(shared.autoUpdate).isEqualTo(expected);
        assertThat(shared.updateDelayOffset).isEqualTo("PT5H");
        assertThat(changes.get()).isEqualTo(1);
    }

    @Test
    void removeLinkNeedsTheFactoryNameTypedAndRemovesOnlyThatLink() throws Exception {
        List<String> before = shared.links.stream().map(SandboxRuntime.Link::dataFactoryName).toList();
        RuntimeSettingsViewModel.Link first = model.links().get(0);
        assertThat(first.describe()).startsWith(before.get(0) + " · ").contains(" · subscription ").contains(" · linked 20");

        dialogs.answer(false);
        first.remove().execute();
        await(() -> first.remove().stateProperty().get() != AsyncAction.State.RUNNING);
        assertThat(dialogs.asked.get(0).typeToConfirm()).isEqualTo(first.factoryName());
        assertThat(fx.sandbox.requestLog().calls("IntegrationRuntimes_RemoveLinks")).isEmpty();

        dialogs.answer(true);
        first.remove().execute();
        await(() -> first.remove().stateProperty().get() == AsyncAction.State.SUCCEEDED);
        assertThat(fx.sandbox.requestLog().calls("IntegrationRuntimes_RemoveLinks").get(0).body())
                .isEqualTo("{\"factoryName\":\"" + first.factoryName() + "\"}");
        assertThat(shared.links).extracting(SandboxRuntime.Link::dataFactoryName)
                .containsExactlyElementsOf(before.subList(1, before.size()));
    }
}
