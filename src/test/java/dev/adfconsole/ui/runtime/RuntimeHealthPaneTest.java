package dev.adfconsole.ui.runtime;

import static dev.adfconsole.testing.FxWait.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.app.TestApp;
import dev.adfconsole.testing.FxWait;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Runtime health over time in the real window on the sandbox: the Monitoring tab's history, the key rotation guidance. */
@ExtendWith(ApplicationExtension.class)
class RuntimeHealthPaneTest {

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

    @Test
    @SuppressWarnings("unchecked")
    void sevenDaysDrawAnHourlyLinePerNodeBesideTheLiveView(FxRobot robot) throws Exception {
        selectRuntime(robot, "shir-");
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        TableView<NodeRow> nodes = robot.lookup("#nodesTable").queryAs(TableView.class);
        waitFor(() -> nodes.getItems().isEmpty() ? null : true);
        List<String> nodeNames = nodes.getItems().stream().map(NodeRow::name).toList();

        robot.interact(() -> tabs.getSelectionModel().select(3));
        LineChart<Number, Number> history = robot.lookup("#cpuHistoryChart").queryAs(LineChart.class);
        waitFor(() -> history.getData().isEmpty() ? null : true);
        assertThat(((NumberAxis) history.getXAxis()).getLabel()).isEqualTo("minutes ago");

        robot.clickOn("#historyWeekButton");
        waitFor(() -> history.getData().isEmpty() || history.getData().get(0).getData().size() < 100 ? null : true);

        assertThat(history.getData()).extracting(XYChart.Series::getName).containsExactlyElementsOf(nodeNames);
        assertThat(history.getData().get(0).getData()).hasSizeBetween(166, 169);
        NumberAxis x = (NumberAxis) history.getXAxis();
        assertThat(x.getLabel()).isEqualTo("hours ago");
        assertThat(x.getLowerBound()).isEqualTo(-168.0);
        LineChart<Number, Number> queue = robot.lookup("#queueHistoryChart").queryAs(LineChart.class);
        assertThat(queue.getData()).hasSize(1);
        assertThat(robot.lookup("#historySummaryLabel").queryLabeled().getText()).startsWith("Peak CPU ");
        LineChart<Number, Number> live = robot.lookup("#cpuChart").queryAs(LineChart.class);
        assertThat(live.isVisible()).as("the live chart stays beside the history").isTrue();
        waitFor(() -> live.getData().isEmpty() ? null : true);
    }

    @Test
    @SuppressWarnings("unchecked")
    void regeneratingAKeyShowsEachNodeWithItsRegistrationCommandMasked(FxRobot robot) throws Exception {
        selectRuntime(robot, "shir-");
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        TableView<NodeRow> nodes = robot.lookup("#nodesTable").queryAs(TableView.class);
        waitFor(() -> nodes.getItems().isEmpty() ? null : true);
        List<String> nodeNames = nodes.getItems().stream().map(NodeRow::name).toList();
        robot.interact(() -> tabs.getSelectionModel().select(2));
        javafx.scene.control.TextField key1 = robot.lookup("#authKey1-value").queryAs(javafx.scene.control.TextField.class);
        waitFor(() -> key1.getText().startsWith("****") ? true : null);
        assertThat(robot.lookup("#keyGuideBox").query().isVisible()).isFalse();

        robot.clickOn("#authKey1-regenerate");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        String name = robot.lookup("#nameLabel").queryLabeled().getText();
        javafx.scene.control.TextField typed = robot.lookup("#typeToConfirm").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> typed.setText(name));
        javafx.scene.control.Button regenerate = robot.lookup(".dialog-pane .button")
                .match(org.testfx.matcher.control.LabeledMatchers.hasText("Regenerate authKey1")).queryButton();
        robot.interact(regenerate::fire);
        waitFor(() -> robot.lookup("#keyGuideBox").query().isVisible() ? true : null);

        assertThat(robot.lookup("#keyGuideTitle").queryLabeled().getText()).isEqualTo("authKey1 was regenerated: what to do on each node");
        for (int i = 0; i < nodeNames.size(); i++) {
            assertThat(robot.lookup("#guide-node-" + i).queryLabeled().getText()).startsWith(nodeNames.get(i));
            String command = robot.lookup("#guide-command-" + i).queryAs(javafx.scene.control.TextArea.class).getText();
            assertThat(command).contains("-RegisterNewNode \"" + key1.getText() + "\" \"" + nodeNames.get(i) + "\"")
                    .contains("****");
        }
        robot.clickOn("#keyGuideDoneButton");
        assertThat(robot.lookup("#keyGuideBox").query().isVisible()).isFalse();
    }
}
