package dev.adfconsole.ui.pipelinerun;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.model.PipelineResource;
import dev.adfconsole.model.PipelineRun;
import dev.adfconsole.sandbox.RequestLog;
import dev.adfconsole.sandbox.SandboxServer;
import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.FactoryRef;
import dev.adfconsole.testing.SandboxFixture;
import dev.adfconsole.ui.common.AsyncAction;
import dev.adfconsole.ui.common.UiExecutor;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The run dialog's view model against the real sandbox, without a window. */
class RunPipelineViewModelTest {

    private SandboxFixture fx;
    private SandboxServer sandbox;
    private DataFactoryServices services;
    private FactoryRef factory;

    @BeforeEach
    void start() throws Exception {
        fx = SandboxFixture.fast();
        sandbox = fx.sandbox;
        services = fx.services;
        factory = fx.factory;
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private RunPipelineViewModel dialog(String pipelineName) throws Exception {
        PipelineResource pipeline = services.pipelines().get(factory, pipelineName).get();
        return new RunPipelineViewModel(UiExecutor.direct(), services, factory, pipeline);
    }

    private static ParameterInput parameter(RunPipelineViewModel model, String name) {
        return model.parameters().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        SandboxFixture.await(condition);
    }

    private PipelineRun finished(String runId) throws Exception {
        return fx.finished(runId);
    }

    @Test
    void typedParametersAreSentAndSecureStringsMaskedInThePreview() throws Exception {
        RunPipelineViewModel model = dialog("pl_ingest_sales_daily");
        parameter(model, "runDate").textProperty().set("2026-11-24");
        parameter(model, "batchSize").textProperty().set("750");
        parameter(model, "tables").textProperty().set("[\"orders\"]");
        parameter(model, "sqlPassword").textProperty().set("hunter2");

        assertThat(model.previewProperty().get()).startsWith("POST " + sandbox.baseUri() + factory.path()
                + "/pipelines/pl_ingest_sales_daily/createRun\n    ?api-version=2018-06-01\n\n{")
                .contains("\"batchSize\" : 750").contains("\"sqlPassword\" : \"**********\"").doesNotContain("hunter2");

        model.submit().execute();
        await(() -> model.newRunIdProperty().get() != null);
        RequestLog.Call sent = sandbox.requestLog().calls("Pipelines_CreateRun").get(0);
        assertThat(sent.body()).contains("\"batchSize\":750").contains("\"tables\":[\"orders\"]").contains("hunter2");
        assertThat(finished(model.newRunIdProperty().get()).status().raw()).isEqualTo("Succeeded");
    }

    @Test
    void everyValidationRuleStopsTheRequestAndNamesTheField() throws Exception {
        RunPipelineViewModel model = dialog("pl_ingest_sales_daily");

        model.submit().execute();
        assertThat(model.submit().errorProperty().get()).isEqualTo("Parameter 'runDate' is required: it has no default.");

        parameter(model, "runDate").textProperty().set("2026-11-24");
        parameter(model, "batchSize").textProperty().set("12a");
        model.submit().execute();
        assertThat(model.submit().errorProperty().get()).contains("'batchSize' is an Int");

        parameter(model, "batchSize").restoreDefault();
        parameter(model, "options").textProperty().set("{\"mode\": ");
        model.submit().execute();
        assertThat(model.submit().errorProperty().get()).contains("'options' is an Object").contains("invalid");

        parameter(model, "options").restoreDefault();
        model.referenceRunIdProperty().set("not-a-guid");
        assertThat(model.referenceErrorProperty().get()).contains("is not a run id");

        model.referenceRunIdProperty().set("00000000-0000-0000-0000-0000000000ab");
        await(() -> model.referenceErrorProperty().get() != null && !model.referenceErrorProperty().get().startsWith("Checking"));
        assertThat(model.referenceErrorProperty().get()).startsWith("Rerun of: Not found");

        String otherRun = services.pipelines().createRun(factory, dev.adfconsole.service.RunRequest.simple("pl_refresh_dim_tables",
                java.util.Map.of())).get().runId();
        model.referenceRunIdProperty().set(otherRun);
        await(() -> model.referenceErrorProperty().get() != null && !model.referenceErrorProperty().get().startsWith("Checking"));
        assertThat(model.referenceErrorProperty().get()).contains("is a run of 'pl_refresh_dim_tables'");

        assertThat(sandbox.requestLog().calls("Pipelines_CreateRun")).as("nothing invalid was sent").hasSize(1);
    }

    @Test
    void rerunFromFailureSendsTheRecoveryQueryAndRerunsOnlyTheFailedPart() throws Exception {
        RunPipelineViewModel first = dialog("pl_ingest_sales_daily");
        parameter(first, "runDate").textProperty().set("2026-11-24");
        parameter(first, "failActivity").textProperty().set("CopyCustomers");
        first.submit().execute();
        await(() -> first.newRunIdProperty().get() != null);
        PipelineRun failed = finished(first.newRunIdProperty().get());
        assertThat(failed.status().raw()).isEqualTo("Failed");

        RunPipelineViewModel rerun = dialog("pl_ingest_sales_daily");
        rerun.rerun(failed, true);
        assertThat(rerun.previewProperty().get()).startsWith("Not ready: Checking run " + failed.runId());
        await(() -> rerun.referenceErrorProperty().get() == null);
        assertThat(rerun.previewProperty().get()).as("the preview follows the finished reference check")
                .contains("referencePipelineRunId=" + failed.runId()).contains("isRecovery=true").contains("startFromFailure=true");
        // Each query parameter on its own line (on one line the recovery options ran off the screen), the body after.
        assertThat(rerun.previewProperty().get().lines().toList()).startsWith(
                "POST " + sandbox.baseUri() + factory.path() + "/pipelines/pl_ingest_sales_daily/createRun",
                "    ?referencePipelineRunId=" + failed.runId(),
                "    &isRecovery=true",
                "    &startFromFailure=true",
                "    &api-version=2018-06-01",
                "");
        assertThat(parameter(rerun, "failActivity").textProperty().get()).as("shows the reference run's value").isEqualTo("CopyCustomers");
        assertThat(parameter(rerun, "failActivity").includedProperty().get()).as("left to the reference run").isFalse();
        parameter(rerun, "failActivity").textProperty().set("");
        assertThat(parameter(rerun, "failActivity").includedProperty().get()).as("an edit back to the default is sent").isTrue();
        String copied = rerun.requestToCopy();
        rerun.submit().execute();
        await(() -> rerun.newRunIdProperty().get() != null || rerun.submit().stateProperty().get() == AsyncAction.State.FAILED);
        assertThat(rerun.submit().errorProperty().get()).isNull();

        RequestLog.Call sent = sandbox.requestLog().calls("Pipelines_CreateRun").get(1);
        assertThat(sent.query()).containsEntry("referencePipelineRunId", failed.runId()).containsEntry("isRecovery", "true")
                .containsEntry("startFromFailure", "true").doesNotContainKey("startActivityName");
        // Copy keeps the exact request: the URL on one line as it was sent, then the body as it was sent.
        assertThat(copied.lines().findFirst().orElseThrow()).isEqualTo("POST " + sandbox.baseUri() + factory.path()
                + "/pipelines/pl_ingest_sales_daily/createRun?referencePipelineRunId=" + failed.runId()
                + "&isRecovery=true&startFromFailure=true&api-version=2018-06-01");
        assertThat(copied).endsWith("\n\n" + sent.body());
        PipelineRun recovered = finished(rerun.newRunIdProperty().get());
        assertThat(recovered.runGroupId()).isEqualTo(failed.runGroupId());
        var activities = new java.util.ArrayList<String>();
        services.runs().queryActivityRuns(factory, recovered.runId(), new dev.adfconsole.model.RunFilterParameters(null,
                java.time.Instant.now().minusSeconds(600), java.time.Instant.now().plusSeconds(60), null, null),
                page -> activities.addAll(page.stream().map(a -> a.activityName()).toList()) || true).get();
        assertThat(activities).containsExactly("CopyCustomers", "MergeStaging", "SetNewWatermark");
    }

    @Test
    void optionsNeedingAReferenceResetWithoutOneAndActivitiesComeInDependencyOrder() throws Exception {
        RunPipelineViewModel model = dialog("pl_ingest_sales_daily");
        model.referenceRunIdProperty().set("2f7fdb90-5df1-4b8e-ac2f-064cfa58202b");
        model.recoveryModeProperty().set(true);
        model.startFromProperty().set(StartFrom.ACTIVITY);

        model.referenceRunIdProperty().set("");

        assertThat(model.hasReferenceProperty().get()).isFalse();
        assertThat(model.recoveryModeProperty().get()).isFalse();
        assertThat(model.startFromProperty().get()).isEqualTo(StartFrom.ALL);
        assertThat(model.activities()).containsExactly("LookupWatermark", "CopyOrders", "CopyCustomers", "MergeStaging",
                "SetNewWatermark", "NotifyFailure");
        model.loadRecentRuns().get();
        assertThat(model.recentRuns()).isNotEmpty();
        assertThat(model.recentRuns().get(0).status().raw()).as("failed runs first").isEqualTo("Failed");
    }
}
