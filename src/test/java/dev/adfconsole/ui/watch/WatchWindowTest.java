package dev.adfconsole.ui.watch;

import static dev.adfconsole.testing.FxWait.expandAndFind;
import static dev.adfconsole.testing.FxWait.expandAndTakeFirst;
import static dev.adfconsole.testing.FxWait.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.app.TestApp;
import dev.adfconsole.sandbox.fleet.SandboxRuntime;
import dev.adfconsole.ui.tree.NavigationNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

/** Right-click › Watch on a runtime; the sandbox takes it offline; the notification appears and opens the runtime. */
@ExtendWith(ApplicationExtension.class)
class WatchWindowTest {

    @TempDir
    static Path home;
    private TestApp app;

    @Start
    void start(Stage stage) {
        // A short round: the app's own pace (30 s) is what the benchmark measures, not what a UI test can wait for.
        app = TestApp.open(home.resolve("watch-" + System.nanoTime()), stage, root -> root.setWatchPace(20, Duration.ofMillis(200)));
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        app.close();
    }

    @Test
    void aWatchedRuntimeGoingOfflineRaisesANotificationThatOpensIt(FxRobot robot) throws Exception {
        app.window().sandboxConnection().get(20, TimeUnit.SECONDS);
        TreeView<NavigationNode> tree = dev.adfconsole.testing.FxWait.navigationTree(robot);
        TreeItem<NavigationNode> connection = waitFor(() -> tree.getRoot().getChildren().isEmpty() ? null : tree.getRoot().getChildren().get(0));
        TreeItem<NavigationNode> factory = expandAndTakeFirst(robot, expandAndTakeFirst(robot, connection));
        TreeItem<NavigationNode> runtimeItem = expandAndFind(robot, expandAndTakeFirst(robot, factory), "shir-");
        String name = runtimeItem.getValue().labelProperty().get();
        robot.interact(() -> tree.getSelectionModel().select(runtimeItem));
        var cell = waitFor(() -> robot.lookup(".tree-cell").match(LabeledMatchers.hasText(name)).tryQueryAs(javafx.scene.control.TreeCell.class)
                .filter(c -> c.getContextMenu() != null).orElse(null));
        var menu = cell.getContextMenu();
        // Opened as a right-click opens it (Monocle delivers no context-menu event for a robot's right-click).
        robot.interact(() -> menu.show(cell, javafx.geometry.Side.BOTTOM, 0, 0));
        MenuItem watch = menu.getItems().stream().filter(i -> "Watch".equals(i.getText())).findFirst().orElseThrow();
        robot.interact(() -> {
            watch.fire();
            menu.hide();
        });
        SandboxRuntime runtime = app.sandbox().fleet().allFactories().stream()
                .filter(f -> f.name.equals(factory.getValue().labelProperty().get())).findFirst().orElseThrow()
                .runtimes.get(name.toLowerCase(Locale.ROOT));
        waitFor(() -> app.sandbox().requestLog().calls("IntegrationRuntimes_GetStatus").stream()
                .filter(c -> c.path().toLowerCase(Locale.ROOT).contains("/integrationruntimes/" + name.toLowerCase(Locale.ROOT))).count() >= 3 ? true : null);
        // Somewhere else in the tree, so that opening the notification is seen to bring the runtime back.
        robot.interact(() -> tree.getSelectionModel().select(connection));

        synchronized (app.sandbox().fleet()) {
            runtime.nodes.forEach(n -> n.status = "Offline");
        }

        Button area = robot.lookup("#notificationsButton").queryButton();
        waitFor(() -> area.getText().equals("Notifications (1)") ? true : null);
        Node popup = waitFor(() -> robot.lookup(".notification-bar").tryQuery().orElse(null));
        assertThat(robot.lookup(".notification-bar .title").queryLabeled().getText()).isEqualTo(name + " is Offline");
        robot.clickOn(popup);
        waitFor(() -> tree.getSelectionModel().getSelectedItem() != null
                && tree.getSelectionModel().getSelectedItem().getValue().kind() == NavigationNode.Kind.RUNTIME
                && tree.getSelectionModel().getSelectedItem().getValue().labelProperty().get().equals(name) ? true : null);

        robot.interact(area::fire);
        TableView<WatchViewModel.Notice> notices = waitFor(() -> robot.lookup("#noticeTable").tryQueryAs(TableView.class).orElse(null));
        assertThat(notices.getItems()).hasSize(1);
        assertThat(notices.getItems().get(0).title()).isEqualTo(name + " is Offline");
        TableView<?> watched = robot.lookup("#watchTable").queryAs(TableView.class);
        assertThat(watched.getItems()).hasSize(1);
        assertThat(area.getText()).as("looked at: nothing unread").isEqualTo("Notifications");
    }
}
