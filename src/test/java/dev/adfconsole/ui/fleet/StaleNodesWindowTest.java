package dev.adfconsole.ui.fleet;

import static dev.adfconsole.testing.FxWait.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.app.TestApp;
import dev.adfconsole.sandbox.fleet.FleetSpec;
import dev.adfconsole.service.activity.ActivityEntry;
import dev.adfconsole.ui.fleet.FleetEntries.Entry;
import dev.adfconsole.ui.tree.NavigationNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Stale-node clean-up as a user does it: from the fleet window, three checked, the count typed once, one refused. */
@ExtendWith(ApplicationExtension.class)
class StaleNodesWindowTest {

    @TempDir
    static Path home;
    private TestApp app;

    @Start
    void start(Stage stage) {
        app = TestApp.openWithSandbox(home.resolve("stale-" + System.nanoTime()), stage,
                options -> options.withFleet(new FleetSpec(1, 30, 4, 4)));
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        app.close();
    }

    @Test
    void threeStaleNodesAreRemovedWithOneTypedConfirmationAndTheFailedOneSaysWhy(FxRobot robot) throws Exception {
        app.window().sandboxConnection().get(20, TimeUnit.SECONDS);
        TreeView<NavigationNode> tree = dev.adfconsole.testing.FxWait.navigationTree(robot);
        var connection = waitFor(() -> tree.getRoot().getChildren().isEmpty() ? null : tree.getRoot().getChildren().get(0));
        robot.interact(() -> tree.getSelectionModel().select(connection));
        robot.interact(robot.lookup("#fleetButton").queryButton()::fire);
        Stage fleet = window("Fleet · ");
        waitFor(() -> !((TableView<Entry>) fleet.getScene().lookup("#table")).getItems().isEmpty()
                && fleet.getScene().lookup("#cancelButton").isDisabled() ? true : null);

        robot.clickOn((Button) fleet.getScene().lookup("#staleButton"));
        Stage stale = window("Stale nodes · ");
        TableView<StaleNodesViewModel.Item> table = (TableView<StaleNodesViewModel.Item>) stale.getScene().lookup("#table");
        waitFor(() -> table.getItems().size() >= 3 ? true : null);
        assertThat(table.getItems()).allSatisfy(i -> assertThat(i.stale().days()).isGreaterThanOrEqualTo(30));
        Button remove = (Button) stale.getScene().lookup("#removeButton");
        assertThat(remove.isDisabled()).as("nothing checked yet").isTrue();

        List<StaleNodesViewModel.Item> three = List.copyOf(table.getItems().subList(0, 3));
        for (int i = 0; i < 3; i++) {
            int row = i;
            CheckBox box = waitFor(() -> table.lookupAll(".check-box").stream().map(n -> (CheckBox) n)
                    .filter(c -> c.getParent() != null && isRow(c, row)).findFirst().orElse(null));
            robot.clickOn(box);
        }
        assertThat(three).allSatisfy(i -> assertThat(i.selectedProperty().get()).isTrue());
        app.sandbox().faults().next("IntegrationRuntimeNodes_Delete", 1).answer(409);

        robot.clickOn(remove);
        TextField typed = waitFor(() -> robot.lookup("#typeToConfirm").tryQueryAs(TextField.class).orElse(null));
        Button confirm = robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> "Remove 3".equals(b.getText())).findFirst().orElseThrow();
        assertThat(confirm.isDisabled()).as("until the count is typed").isTrue();
        robot.clickOn(typed).write("3");
        robot.clickOn(confirm);

        Label status = (Label) stale.getScene().lookup("#statusLabel");
        waitFor(() -> status.getText().startsWith("Removed 2 of 3") ? true : null);
        assertThat(status.getText()).isEqualTo("Removed 2 of 3 nodes; 1 failed (see its line and the activity log).");
        assertThat(three.get(0).resultProperty().get()).startsWith("Failed: ");
        assertThat(three.subList(1, 3)).allSatisfy(i -> assertThat(i.resultProperty().get()).isEqualTo("Removed"));
        assertThat(app.sandbox().requestLog().calls("IntegrationRuntimeNodes_Delete")).hasSize(3);
        TableView<ActivityEntry> activity = waitFor(() -> robot.lookup("#activityTable").tryQueryAs(TableView.class).orElse(null));
        waitFor(() -> activity.getItems().stream().filter(e -> e.action().equals("Delete node")).count() == 3 ? true : null);
    }

    private static boolean isRow(Node node, int index) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.TableRow<?> row) {
                return row.getIndex() == index;
            }
        }
        return false;
    }

    private static Stage window(String titleStart) throws Exception {
        return waitFor(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null
                && s.getTitle().startsWith(titleStart)).map(w -> (Stage) w).findFirst().orElse(null));
    }
}
