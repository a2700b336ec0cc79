package dev.adfconsole.ui.runs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.sandbox.RequestLog;
import dev.adfconsole.sandbox.SandboxOptions;
import dev.adfconsole.service.runs.FactoryRun;
import dev.adfconsole.service.runs.RunScope;
import dev.adfconsole.testing.SandboxFixture;
import dev.adfconsole.ui.common.FxUiExecutor;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The runs monitor over a subscription and its bulk rerun, in real windows, against the in-process sandbox. */
@ExtendWith(ApplicationExtension.class)
class RunsMonitorWindowTest {

    private SandboxFixture fx;
    private RunsWindows windows;
    private Stage owner;

    @Start
    void start(Stage stage) throws Exception {
        fx = SandboxFixture.start(SandboxOptions.defaults().withTimings(Duration.ofMillis(300), Duration.ofMillis(100)));
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
        owner = stage;
        windows = new RunsWindows(new FxUiExecutor(), Clock.systemUTC());
    }

    @AfterEach
    void stop() throws Exception {
        org.testfx.api.FxToolkit.cleanupStages();
        fx.close();
    }

    private static void waitFor(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out", e);
        }
    }

    private RunsMonitorViewModel open(FxRobot robot) {
        String subscription = fx.sandbox.subscriptionIds().get(0);
        RunsMonitorViewModel[] model = new RunsMonitorViewModel[1];
        robot.interact(() -> model[0] = windows.open(owner, "sub", "Contoso Sandbox", List.of(new RunsMonitorViewModel.Target(
                fx.services, RunScope.subscriptions("Contoso Sandbox", List.of(subscription)), Map.of(subscription, "Contoso Sandbox")))));
        waitFor(() -> !model[0].loadingProperty().get() && !model[0].groups().isEmpty());
        return model[0];
    }

    @SuppressWarnings("unchecked")
    private TreeTableView<FactoryRun> table(FxRobot robot) {
        return robot.lookup("#groupsTable").queryAs(TreeTableView.class);
    }

    @Test
    void theMonitorShowsEveryFactoryAndAGroupsHistory(FxRobot robot) {
        RunsMonitorViewModel model = open(robot);
        TreeTableView<FactoryRun> table = table(robot);

        assertThat(robot.lookup("#progressLabel").queryLabeled().getText()).startsWith("3 of 3 factories");
        assertThat(table.getRoot().getChildren().stream().map(i -> i.getValue().factory().factoryName()).distinct()).hasSize(3);
        TreeItem<FactoryRun> recovered = table.getRoot().getChildren().stream().filter(i -> !i.getChildren().isEmpty())
                .findFirst().orElseThrow();
        assertThat(recovered.getValue().run().status().raw()).isEqualTo("Succeeded");
        assertThat(recovered.getChildren().get(0).getValue().run().status().raw()).as("the failed original nests below").isEqualTo("Failed");

        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(recovered);
        });
        @SuppressWarnings("unchecked")
        TableView<GroupHistoryModel.Attempt> attempts = robot.lookup("#attemptsTable").queryAs(TableView.class);
        try {
            waitFor(() -> attempts.getItems().size() == 2 && !attempts.getItems().get(1).origin().equals("…"));
        } catch (AssertionError e) {
            throw new AssertionError("attempts " + attempts.getItems() + " error " + model.history().errorProperty().get()
                    + " current " + model.currentProperty().get() + " title " + model.history().titleProperty().get(), e);
        }
        assertThat(attempts.getItems()).extracting(GroupHistoryModel.Attempt::origin)
                .containsExactly("Original run", "Recovery rerun from failure (at CopyCustomers)");
        assertThat(robot.lookup("#historyTitle").queryLabeled().getText()).contains("2 attempts · recovered");
        assertThat(model.currentProperty().get().key()).isEqualTo(recovered.getValue().groupKey());
    }

    @Test
    void aBulkRerunOfTwelveFailedRunsAcrossThreeFactoriesIsPreviewedConfirmedAndReportedPerRow(FxRobot robot) {
        open(robot);
        TreeTableView<FactoryRun> table = table(robot);
        robot.interact(() -> robot.lookup("#selectUnrecoveredButton").queryButton().fire());
        TreeItem<FactoryRun> recovered = table.getRoot().getChildren().stream().filter(i -> !i.getChildren().isEmpty())
                .findFirst().orElseThrow();
        String recoveredOriginal = recovered.getChildren().get(0).getValue().run().runId();
        robot.interact(() -> {
            recovered.setExpanded(true);
            table.getSelectionModel().select(recovered.getChildren().get(0));
        });
        assertThat(robot.lookup("#selectionLabel").queryLabeled().getText()).isEqualTo("13 selected, 13 failed");

        robot.interact(() -> robot.lookup("#bulkRerunButton").queryButton().fire());
        TextArea preview = robot.lookup("#previewArea").queryAs(TextArea.class);
        waitFor(() -> preview.getText().startsWith("12 createRun requests"));
        assertThat(preview.getText()).as("each query parameter on its own line")
                .containsPattern("/createRun\n    \\?api-version=2018-06-01\n    &referencePipelineRunId=[0-9a-f-]{36}\n    &isRecovery=true\n    &startFromFailure=true\n").contains(recoveredOriginal + ": already recovered");
        assertThat(robot.lookup("#confirmLabel").queryLabeled().getText()).isEqualTo("Type 12 to send these 12 createRun requests:");
        Button send = robot.lookup("#sendButton").queryButton();
        assertThat(send.isDisabled()).isTrue();

        fx.sandbox.faults().next("Pipelines_CreateRun", 1).answer(500);
        robot.clickOn("#confirmField").write("12");
        waitFor(() -> !send.isDisabled());
        robot.interact(send::fire);

        @SuppressWarnings("unchecked")
        TableView<RerunRow> rows = robot.lookup("#rowsTable").queryAs(TableView.class);
        waitFor(() -> !robot.lookup("#summaryLabel").queryLabeled().getText().isEmpty());
        assertThat(rows.getItems().stream().map(r -> r.factoryName()).distinct()).hasSize(3);
        assertThat(rows.getItems()).filteredOn(r -> r.stateProperty().get().equals("sent")).hasSize(11);
        RerunRow refused = rows.getItems().stream().filter(r -> r.stateProperty().get().equals("refused")).findFirst().orElseThrow();
        assertThat(refused.detailProperty().get()).contains("server error (HTTP 500)").contains("Azure says: The server encountered an internal error");
        assertThat(rows.getItems()).filteredOn(r -> r.stateProperty().get().equals("skipped")).singleElement()
                .satisfies(r -> assertThat(r.failedRunId()).isEqualTo(recoveredOriginal));
        List<RequestLog.Call> creates = fx.sandbox.requestLog().calls("Pipelines_CreateRun");
        assertThat(creates).hasSize(12).allSatisfy(c -> assertThat(c.query()).containsEntry("isRecovery", "true")
                .containsEntry("startFromFailure", "true"));
        assertThat(creates.stream().map(c -> c.query().get("referencePipelineRunId")))
                .doesNotContain(recoveredOriginal).doesNotHaveDuplicates()
                .containsAll(rows.getItems().stream().filter(r -> !r.stateProperty().get().equals("skipped")).map(RerunRow::failedRunId).toList());
        assertThat(robot.lookup("#summaryLabel").queryLabeled().getText()).startsWith("11 sent, 1 refused, 1 skipped");
    }
}
