package dev.adfconsole.ui.runtime;

import static dev.adfconsole.testing.FxWait.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.app.TestApp;
import dev.adfconsole.testing.FxWait;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The runtime pane in the real window on the sandbox: typed confirmation, node pane, keys. */
@ExtendWith(ApplicationExtension.class)
class RuntimePaneTest {

    @TempDir
    static Path home;

    private TestApp app;

    @Start
    void start(Stage stage) {
        app = TestApp.open(home.resolve("start-" + System.nanoTime()), stage);
    }

    @AfterEach
    void closeApp() {
        app.close();
    }

    private void selectRuntime(FxRobot robot, String prefix) throws Exception {
        FxWait.selectRuntime(robot, app.window().sandboxConnection(), prefix);
    }

    private static Button dialogButton(FxRobot robot, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".dialog-pane .button").match(LabeledMatchers.hasText(text)).queryButton();
    }

    @Test
    void stopNeedsTheRuntimeNameTypedBeforeItsButtonWorks(FxRobot robot) throws Exception {
        selectRuntime(robot, "ssis-");
        assertThat(robot.lookup("#stateBadge").queryLabeled().getText()).isEqualTo("Started");

        robot.clickOn("#stopButton");
        Button stop = dialogButton(robot, "Stop runtime");
        assertThat(stop.isDisabled()).as("one click does not pass").isTrue();
        TextField typed = robot.lookup("#typeToConfirm").queryAs(TextField.class);
        robot.interact(() -> typed.setText("ssis-ir"));
        assertThat(stop.isDisabled()).as("a wrong name does not pass").isTrue();
        String name = robot.lookup("#nameLabel").queryLabeled().getText();
        robot.interact(() -> typed.setText(name));
        assertThat(stop.isDisabled()).isFalse();
        robot.interact(stop::fire);

        waitFor(() -> robot.lookup("#stateBadge").queryLabeled().getText().equals("Stopping") ? true : null);
        assertThat(robot.lookup("#stopButton").query().isDisabled()).as("no second stop while this one runs").isTrue();
    }

    @Test
    void aDisabledActionSaysWhyInItsTooltip(FxRobot robot) throws Exception {
        selectRuntime(robot, "ssis-");
        var tip = javafx.scene.control.Tooltip.class;
        Object start = robot.lookup("#startButtonTip").query().getProperties().get("javafx.scene.control.Tooltip");
        assertThat(robot.lookup("#startButton").query().isDisabled()).isTrue();
        assertThat(tip.cast(start).getText()).isEqualTo("The runtime is Started; only a stopped runtime can be started.");
        Object upgrade = robot.lookup("#upgradeButtonTip").query().getProperties().get("javafx.scene.control.Tooltip");
        assertThat(tip.cast(upgrade).getText()).startsWith("Only self-hosted runtimes are upgraded");
    }

    @Test
    void theTreesContextMenuOffersThePanesActionsWithTheSameRules(FxRobot robot) throws Exception {
        selectRuntime(robot, "ssis-");
        String name = robot.lookup("#nameLabel").queryLabeled().getText();
        var cell = robot.lookup(".tree-cell").match(LabeledMatchers.hasText(name)).queryLabeled();
        var menu = cell.getContextMenu();
        // Opened as a right-click opens it (Monocle delivers no context-menu event for a robot's right-click).
        robot.interact(() -> menu.show(cell, javafx.geometry.Side.BOTTOM, 0, 0));
        assertThat(menu.getItems()).extracting(javafx.scene.control.MenuItem::getText)
                .startsWith("Start", "Stop…", "Upgrade", "Sync credentials", "Run a pipeline…", "Run monitor");
        assertThat(menu.getItems().get(0).isDisable()).as("Start: already started").isTrue();
        assertThat(menu.getItems().get(1).isDisable()).as("Stop").isFalse();

        var stopItem = menu.getItems().get(1);
        robot.interact(() -> {
            stopItem.fire();
            menu.hide();
        });
        Button stop = dialogButton(robot, "Stop runtime");
        assertThat(stop.isDisabled()).as("the same typed confirmation").isTrue();
        Button cancel = dialogButton(robot, "Cancel");
        robot.interact(cancel::fire);
    }

    @Test
    void aFailedActionSaysWhyAndLeavesThePaneUsable(FxRobot robot) throws Exception {
        selectRuntime(robot, "shir-");
        String state = robot.lookup("#stateBadge").queryLabeled().getText();
        app.sandbox().faults().next("IntegrationRuntimes_SyncCredentials", 1).answer(409);

        robot.clickOn("#syncButton");
        waitFor(() -> robot.lookup("#messageLabel").queryLabeled().getText() == null
                || robot.lookup("#messageLabel").queryLabeled().getText().isEmpty() ? null : true);

        assertThat(robot.lookup("#messageLabel").queryLabeled().getText()).contains("409").doesNotContain("Exception");
        assertThat(robot.lookup("#syncButton").query().isDisabled()).as("can be tried again").isFalse();
        assertThat(robot.lookup("#stateBadge").queryLabeled().getText()).isEqualTo(state);
        // The activity log's table comes with its first entry.
        TableView<?> log = waitFor(() -> robot.lookup("#activityTable").tryQueryAs(TableView.class).orElse(null));
        waitFor(() -> log.getItems().isEmpty() ? null : true);
        assertThat(((dev.adfconsole.service.activity.ActivityEntry) log.getItems().get(log.getItems().size() - 1)).outcome())
                .isEqualTo(dev.adfconsole.service.activity.ActivityEntry.Outcome.FAILED);
    }

    @Test
    void overviewMonitoringAndJsonTabsShowWhatAzureReturned(FxRobot robot) throws Exception {
        selectRuntime(robot, "shir-");
        waitFor(() -> robot.lookup("#runtimeFactsGrid").queryAs(javafx.scene.layout.GridPane.class).getChildren().isEmpty() ? null : true);
        assertThat(robot.lookup("#runtimeFactsGrid .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Task queue id", "Capabilities").anySatisfy(text -> assertThat(text).startsWith("✓ "));

        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(3));
        @SuppressWarnings("unchecked")
        javafx.scene.chart.LineChart<Number, Number> chart = robot.lookup("#cpuChart").queryAs(javafx.scene.chart.LineChart.class);
        waitFor(() -> chart.getData().isEmpty() || chart.getData().get(0).getData().isEmpty() ? null : true);
        assertThat(robot.lookup("#monitoringTable").queryTableView().getItems()).isNotEmpty();

        robot.interact(() -> tabs.getSelectionModel().select(4));
        assertThat(robot.lookup("#jsonArea").queryAs(javafx.scene.control.TextArea.class).getText())
                .contains("\"typeProperties\"").contains("\"state\"");
    }

    @Test
    void aSelectedNodeShowsItsPaneAndTheKeysTabShowsKeysMaskedUntilRevealed(FxRobot robot) throws Exception {
        selectRuntime(robot, "shir-");
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        @SuppressWarnings("unchecked")
        TableView<NodeRow> nodes = robot.lookup("#nodesTable").queryAs(TableView.class);
        waitFor(() -> nodes.getItems().isEmpty() ? null : true);
        robot.interact(() -> nodes.getSelectionModel().select(0));
        assertThat(robot.lookup("#titleLabel").queryLabeled().getText()).isEqualTo(nodes.getItems().get(0).name());
        assertThat(robot.lookup("#node-machine").queryLabeled().getText()).isEqualTo(nodes.getItems().get(0).machine());
        assertThat(robot.lookup("#limitField").queryAs(TextField.class).getText()).isNotEmpty();
        // Each node's version support beside its version status, and the node pane's own line (the sandbox's first
        // self-hosted runtime is on the latest version: 345 days left).
        assertThat(nodes.getColumns()).extracting(c -> c.getText()).containsSequence("Version status", "Support ends");
        assertThat(robot.lookup("#node-support-ends").queryLabeled().getText()).startsWith("in 345 days (");

        robot.interact(() -> tabs.getSelectionModel().select(2));
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Keys");
        TextField key1 = robot.lookup("#authKey1-value").queryAs(TextField.class);
        waitFor(() -> key1.getText().startsWith("****") ? true : null);
        robot.clickOn("#authKey1-reveal");
        assertThat(key1.getText()).doesNotStartWith("****").startsWith("IR@");
        robot.interact(() -> tabs.getSelectionModel().select(0));
        assertThat(key1.getText()).as("leaving the tab masks the key").startsWith("****");
    }
}
