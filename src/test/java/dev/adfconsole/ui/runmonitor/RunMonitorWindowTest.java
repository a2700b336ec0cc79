package dev.adfconsole.ui.runmonitor;

import static dev.adfconsole.testing.SandboxFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.adfconsole.model.PipelineRun;
import dev.adfconsole.model.RunFilterParameters;
import dev.adfconsole.sandbox.RequestLog;
import dev.adfconsole.sandbox.SandboxOptions;
import dev.adfconsole.service.RunRequest;
import dev.adfconsole.testing.SandboxFixture;
import dev.adfconsole.ui.common.FxDialogService;
import dev.adfconsole.ui.common.FxUiExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The run monitor and the run dialog it opens, in real windows, against the in-process sandbox. */
@ExtendWith(ApplicationExtension.class)
class RunMonitorWindowTest {

    private SandboxFixture fx;
    private RunWindows runs;

    @Start
    void start(Stage stage) throws Exception {
        fx = SandboxFixture.start(SandboxOptions.defaults().withTimings(Duration.ofMillis(300), Duration.ofSeconds(1)));
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
        runs = new RunWindows(new FxUiExecutor(), () -> stage, new FxDialogService(() -> stage), Clock.systemUTC());
    }

    @AfterEach
    void stop() throws Exception {
        // Dialogs and monitors left open would answer the next test's lookups.
        org.testfx.api.FxToolkit.cleanupStages();
        fx.close();
    }

    private String startRun(String failActivity) throws Exception {
        Map<String, com.fasterxml.jackson.databind.JsonNode> parameters = new HashMap<>();
        parameters.put("runDate", TextNode.valueOf("2026-11-24"));
        parameters.put("failActivity", TextNode.valueOf(failActivity == null ? "" : failActivity));
        return fx.services.pipelines().createRun(fx.factory, RunRequest.simple("pl_ingest_sales_daily", parameters)).get().runId();
    }

    private RunMonitorViewModel openMonitorOn(FxRobot robot, String runId) {
        RunMonitorViewModel[] model = new RunMonitorViewModel[1];
        robot.interact(() -> model[0] = runs.monitor(fx.services, fx.factory, null));
        waitFor(() -> !model[0].runs().isEmpty());
        javafx.scene.Node row = robot.lookup(".table-row-cell").<javafx.scene.control.TableRow<PipelineRun>>match(r ->
                r.getItem() != null && r.getItem().runId().equals(runId)).query();
        robot.clickOn(row);
        waitFor(() -> model[0].selectedProperty().get() != null && !model[0].activities().activityRuns().isEmpty());
        return model[0];
    }

    /**
     * Buttons in the monitor and the dialog are fired, not clicked: with several windows Monocle can put another
     * window over the click point. The row click above stays a real click.
     */
    private static void fire(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ButtonBase button = robot.lookup(query).queryAs(javafx.scene.control.ButtonBase.class);
        robot.interact(button::fire);
    }

    /** Monocle places dialog windows unreliably, so the confirmation's buttons are fired rather than clicked. */
    private static void press(FxRobot robot, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Button button = robot.lookup(".dialog-pane .button").match(LabeledMatchers.hasText(text)).queryButton();
        robot.interact(button::fire);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        try {
            for (int i = 0; i < 400 && !condition.getAsBoolean(); i++) {
                Thread.sleep(25);
                WaitForAsyncUtils.waitForFxEvents();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }

    private List<String> activityNames(String runId) throws Exception {
        List<String> names = new ArrayList<>();
        fx.services.runs().queryActivityRuns(fx.factory, runId, new RunFilterParameters(null, Instant.now().minusSeconds(600),
                Instant.now().plusSeconds(60), null, null), page -> names.addAll(page.stream().map(a -> a.activityName()).toList()) || true).get();
        return names;
    }

    private String submitDialogAndWait(FxRobot robot) {
        waitFor(() -> robot.lookup("#referenceErrorLabel").queryAs(Label.class).getText() == null
                || robot.lookup("#referenceErrorLabel").queryAs(Label.class).getText().isEmpty());
        robot.clickOn("#runButton");
        waitFor(() -> !robot.lookup("#runIdLabel").queryAs(Label.class).getText().isEmpty());
        return robot.lookup("#runIdLabel").queryAs(Label.class).getText().replace("Run started: ", "");
    }

    @Test
    void rerunFromFailureIsOneClickToAPrefilledDialogAndRerunsOnlyTheFailedPart(FxRobot robot) throws Exception {
        String failedId = startRun("CopyCustomers");
        PipelineRun failed = fx.finished(failedId);
        RunMonitorViewModel monitor = openMonitorOn(robot, failedId);

        fire(robot, "#rerunFailureButton");
        waitFor(() -> robot.lookup("#referenceRunField").tryQuery().isPresent());
        assertThat(robot.lookup("#referenceRunField").queryAs(TextField.class).getText()).isEqualTo(failedId);
        assertThat(robot.lookup("#recoveryModeBox").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup("#startFailedRadio").queryAs(javafx.scene.control.RadioButton.class).isSelected()).isTrue();
        // The operator fixed the cause: here, the parameter that plants the failure.
        TextField fail = robot.lookup("#param-failActivity").queryAs(TextField.class);
        assertThat(fail.getText()).isEqualTo("CopyCustomers");
        robot.interact(() -> fail.setText(""));
        String rerunId = submitDialogAndWait(robot);

        RequestLog.Call sent = fx.sandbox.requestLog().calls("Pipelines_CreateRun").get(1);
        assertThat(sent.query()).containsEntry("referencePipelineRunId", failedId).containsEntry("isRecovery", "true")
                .containsEntry("startFromFailure", "true").doesNotContainKey("startActivityName");
        PipelineRun recovered = fx.finished(rerunId);
        assertThat(recovered.status().raw()).isEqualTo("Succeeded");
        assertThat(recovered.runGroupId()).isEqualTo(failed.runGroupId());
        assertThat(activityNames(rerunId)).containsExactly("CopyCustomers", "MergeStaging", "SetNewWatermark");

        fire(robot, "#openInMonitorButton");
        waitFor(() -> monitor.runs().size() == 1 && monitor.runs().get(0).runId().equals(rerunId));
    }

    @Test
    void rerunFromAChosenActivitySendsItsName(FxRobot robot) throws Exception {
        String runId = startRun(null);
        fx.finished(runId);
        openMonitorOn(robot, runId);

        fire(robot, "#rerunButton");
        waitFor(() -> robot.lookup("#startActivityRadio").tryQuery().map(radio -> !radio.isDisabled()).orElse(false));
        fire(robot, "#startActivityRadio");
        @SuppressWarnings("unchecked")
        ComboBox<String> activities = robot.lookup("#activityBox").queryAs(ComboBox.class);
        waitFor(() -> !activities.isDisabled());
        robot.interact(() -> activities.setValue("MergeStaging"));
        String rerunId = submitDialogAndWait(robot);

        assertThat(fx.sandbox.requestLog().calls("Pipelines_CreateRun").get(1).query())
                .containsEntry("referencePipelineRunId", runId).containsEntry("startActivityName", "MergeStaging")
                .doesNotContainKey("startFromFailure");
        fx.finished(rerunId);
        assertThat(activityNames(rerunId)).containsExactly("MergeStaging", "SetNewWatermark");
    }

    @Test
    void cancelNeedsTheConfirmationAndTheRowFollowsTheRunsStatus(FxRobot robot) throws Exception {
        String runId = startRun(null);
        RunMonitorViewModel monitor = openMonitorOn(robot, runId);

        fire(robot, "#cancelButton");
        press(robot, "Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx.sandbox.requestLog().calls("PipelineRuns_Cancel")).as("the dialog's Cancel sends nothing").isEmpty();

        fire(robot, "#cancelButton");
        press(robot, "Cancel run");
        waitFor(() -> !fx.sandbox.requestLog().calls("PipelineRuns_Cancel").isEmpty());
        assertThat(fx.sandbox.requestLog().calls("PipelineRuns_Cancel").get(0).query()).containsEntry("isRecursive", "true");
        waitFor(() -> List.of("Canceling", "Cancelled").contains(monitor.runs().get(0).status().raw()));
        @SuppressWarnings("unchecked")
        TableView<PipelineRun> table = robot.lookup("#runsTable").queryAs(TableView.class);
        assertThat(table.getItems().get(0).status().raw()).isIn("Canceling", "Cancelled");
    }
}
