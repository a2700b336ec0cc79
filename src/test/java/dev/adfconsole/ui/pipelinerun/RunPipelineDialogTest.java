package dev.adfconsole.ui.pipelinerun;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.sandbox.SandboxServer;
import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.FactoryRef;
import dev.adfconsole.testing.SandboxFixture;
import dev.adfconsole.ui.common.FxUiExecutor;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real run dialog, headless, against the in-process sandbox. */
@ExtendWith(ApplicationExtension.class)
class RunPipelineDialogTest {

    private SandboxFixture fx;
    private SandboxServer sandbox;
    private Stage dialog;
    private DataFactoryServices services;
    private FactoryRef factory;

    @Start
    void start(Stage stage) throws Exception {
        fx = SandboxFixture.fast();
        sandbox = fx.sandbox;
        services = fx.services;
        factory = fx.factory;
        var pipeline = services.pipelines().get(factory, "pl_ingest_sales_daily").get();
        // a modal dialog disables its owner; under Monocle an owner without a scene has no view to disable
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        // Styled as in the app (the dialog takes its owner's stylesheets), with "Open in monitor" wired as there.
        dev.adfconsole.ui.common.Themes.apply(dev.adfconsole.service.settings.Appearance.LIGHT);
        stage.getScene().getStylesheets().add(getClass().getResource("/css/app.css").toExternalForm());
        stage.show();
        RunPipelineViewModel model = new RunPipelineViewModel(new FxUiExecutor(), services, factory, pipeline);
        model.onOpenInMonitor(runId -> { });
        dialog = RunPipelineDialog.open(stage, model);
    }

    @AfterEach
    void stop() throws Exception {
        // Dialogs and monitors left open would answer the next test's lookups.
        org.testfx.api.FxToolkit.cleanupStages();
        fx.close();
    }

    @Test
    void aBadNumberIsShownBesideItsFieldAndNothingIsSentThenAFixedFormRuns(FxRobot robot) throws Exception {
        robot.clickOn("#param-runDate").write("2026-11-24");
        TextField batch = robot.lookup("#param-batchSize").queryAs(TextField.class);
        robot.interact(() -> batch.setText("12a"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#error-batchSize").queryAs(Label.class).getText()).contains("'batchSize' is an Int");
        robot.clickOn("#runButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#submitErrorLabel").queryAs(Label.class).getText()).contains("'batchSize' is an Int");
        assertThat(dialog.isShowing()).as("the dialog stays open with the input").isTrue();
        assertThat(batch.getText()).isEqualTo("12a");
        assertThat(sandbox.requestLog().calls("Pipelines_CreateRun")).isEmpty();

        robot.interact(() -> batch.setText("900"));
        robot.clickOn("#runButton");
        for (int i = 0; i < 200 && robot.lookup("#runIdLabel").queryAs(Label.class).getText().isEmpty(); i++) {
            Thread.sleep(20);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(robot.lookup("#runIdLabel").queryAs(Label.class).getText()).matches("Run started: [0-9a-f-]{36}");
        WaitForAsyncUtils.waitForFxEvents();
        // At the dialog's default width every button after Run shows its whole label (they were cut to "Copy r…", "…").
        assertThat(dialog.getScene().getWidth()).isEqualTo(760);
        for (String id : new String[] {"#copyRunIdButton", "#openInMonitorButton", "#closeButton", "#runButton"}) {
            javafx.scene.control.Button button = robot.lookup(id).queryButton();
            if (button.isVisible()) {
                assertThat(button.getWidth()).as(id + " is as wide as its label").isGreaterThanOrEqualTo(button.prefWidth(-1));
                assertThat(button.localToScene(button.getLayoutBounds()).getMaxX()).as(id + " inside the dialog")
                        .isLessThanOrEqualTo(dialog.getScene().getWidth());
            }
        }
        assertThat(robot.lookup("#runIdLabel").queryAs(Label.class).getWidth()).as("the run id is not cut either")
                .isGreaterThanOrEqualTo(robot.lookup("#runIdLabel").queryAs(Label.class).prefWidth(-1));
        assertThat(sandbox.requestLog().calls("Pipelines_CreateRun").get(0).body()).contains("\"batchSize\":900");
        // The preview shows the whole request without scrolling sideways; Copy takes it with its URL on one line.
        javafx.scene.control.TextArea preview = robot.lookup("#previewArea").queryAs(javafx.scene.control.TextArea.class);
        assertThat(preview.getText().lines().skip(1).findFirst().orElseThrow()).isEqualTo("    ?api-version=2018-06-01");
        assertThat(preview.lookupAll(".scroll-bar").stream().filter(bar -> bar instanceof javafx.scene.control.ScrollBar b
                && b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL).noneMatch(javafx.scene.Node::isVisible))
                .as("no horizontal scroll bar in the preview").isTrue();
        robot.interact(() -> robot.lookup("#copyPreviewButton").queryButton().fire());
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        assertThat(copied[0].lines().findFirst().orElseThrow()).endsWith("/pipelines/pl_ingest_sales_daily/createRun?api-version=2018-06-01");
        TextField password = robot.lookup("#param-sqlPassword").queryAs(TextField.class);
        robot.interact(() -> password.setText("hunter2"));
        assertThat(robot.lookup("#previewArea").queryAs(javafx.scene.control.TextArea.class).getText())
                .contains("\"sqlPassword\" : \"**********\"").doesNotContain("hunter2");
    }

    private String labelText(FxRobot robot, String id) {
        String text = robot.lookup(id).queryAs(Label.class).getText();
        return text == null ? "" : text;
    }

    private void waitForLabel(FxRobot robot, String id, String expected) throws InterruptedException {
        for (int i = 0; i < 300 && !labelText(robot, id).contains(expected); i++) {
            Thread.sleep(20);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(labelText(robot, id)).contains(expected);
    }

    @Test
    void everyValidationRuleShowsBesideItsFieldAndNothingIsSent(FxRobot robot) throws Exception {
        robot.clickOn("#runButton");
        waitForLabel(robot, "#submitErrorLabel", "Parameter 'runDate' is required: it has no default.");

        TextField runDate = robot.lookup("#param-runDate").queryAs(TextField.class);
        robot.interact(() -> runDate.setText("2026-11-24"));
        javafx.scene.control.TextArea options = robot.lookup("#param-options").queryAs(javafx.scene.control.TextArea.class);
        robot.interact(() -> options.setText("{\"mode\": "));
        assertThat(labelText(robot, "#error-options")).contains("'options' is an Object").contains("the JSON is invalid at line 1");

        robot.interact(() -> options.setText("{\"mode\": \"full\"}"));
        assertThat(labelText(robot, "#error-options")).as("fixed as you type").isEmpty();

        TextField reference = robot.lookup("#referenceRunField").queryAs(TextField.class);
        robot.interact(() -> reference.setText("run-42"));
        assertThat(labelText(robot, "#referenceErrorLabel")).contains("'run-42' is not a run id");

        robot.interact(() -> reference.setText("00000000-0000-0000-0000-0000000000ab"));
        waitForLabel(robot, "#referenceErrorLabel", "Rerun of: Not found");

        String otherRun = services.pipelines().createRun(factory, dev.adfconsole.service.RunRequest.simple("pl_refresh_dim_tables",
                java.util.Map.of())).get().runId();
        robot.interact(() -> reference.setText(otherRun));
        waitForLabel(robot, "#referenceErrorLabel", "is a run of 'pl_refresh_dim_tables', not of 'pl_ingest_sales_daily'");
        robot.clickOn("#runButton");
        waitForLabel(robot, "#submitErrorLabel", "is a run of 'pl_refresh_dim_tables'");

        assertThat(sandbox.requestLog().calls("Pipelines_CreateRun")).as("only the other pipeline's run was ever sent").hasSize(1);
        assertThat(dialog.isShowing()).isTrue();
        assertThat(runDate.getText()).as("input kept").isEqualTo("2026-11-24");
    }

    @Test
    void recoveryOptionsStayDisabledWithoutAReferenceRun(FxRobot robot) {
        assertThat(robot.lookup("#recoveryModeBox").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#startFailedRadio").query().isDisabled()).isTrue();

        robot.clickOn("#referenceRunField").write("2f7fdb90-5df1-4b8e-ac2f-064cfa58202b");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#recoveryModeBox").query().isDisabled()).isFalse();
        assertThat(robot.lookup("#startFailedRadio").query().isDisabled()).isFalse();
    }
}
