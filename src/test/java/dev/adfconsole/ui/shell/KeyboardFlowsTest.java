package dev.adfconsole.ui.shell;

import static dev.adfconsole.testing.FxWait.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.app.TestApp;
import dev.adfconsole.ui.tree.NavigationNode;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every flow without a mouse: only keys are pressed (windows are found and read, never clicked). Sign-in opens from
 * its accelerator; the tree is walked with the arrow keys; a runtime's Stop… is reached with Tab and confirmed in its
 * dialog; a pipeline runs from Ctrl+R and its run opens in the monitor, where Rerun… prefills the dialog; the fleet
 * opens with Ctrl+Shift+F and Enter on a row brings the runtime up in the tree.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardFlowsTest {

    @TempDir
    static Path home;

    private TestApp app;
    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        app = TestApp.open(home.resolve("keys-" + System.nanoTime()), stage);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        app.close();
    }

    @Test
    void signInBrowseActConfirmRunRerunFleetAndMonitorByKeyboard(FxRobot robot) throws Exception {
        app.window().sandboxConnection().get(20, TimeUnit.SECONDS);
        TreeView<NavigationNode> tree = dev.adfconsole.testing.FxWait.navigationTree(robot);
        robot.interact(tree::requestFocus);
        keys(robot, KeyCode.HOME);
        assertThat(selected().kind()).isEqualTo(NavigationNode.Kind.CONNECTION);

        // Sign in: File › Sign in… by its accelerator; Escape closes the dialog.
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I);
        Stage signIn = window("Sign in");
        keys(robot, KeyCode.ESCAPE);
        waitFor(() -> signIn.isShowing() ? null : true);

        // Fleet of the connection, then Enter on a runtime's row opens it in the tree.
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        Stage fleet = window("Fleet · Sandbox (local)");
        javafx.scene.control.TableView<?> table = (javafx.scene.control.TableView<?>) fleet.getScene().lookup("#table");
        waitFor(() -> table.getItems().size() > 3 && fleet.getScene().lookup("#cancelButton").isDisabled() ? true : null);
        assertThat(table.isFocused()).as("the fleet opens on its table").isTrue();
        keys(robot, KeyCode.DOWN);
        keys(robot, KeyCode.ENTER);
        NavigationNode revealed = waitFor(() -> selected() != null && selected().kind() == NavigationNode.Kind.RUNTIME ? selected() : null);
        assertThat(revealed.labelProperty().get()).isNotBlank();
        robot.interact(fleet::hide);

        // A runtime action with its confirmation: walk to the started SSIS runtime, Tab to Stop…, confirm.
        robot.interact(main::requestFocus);
        robot.interact(tree::requestFocus);
        keys(robot, KeyCode.HOME);
        walk(robot, n -> n.kind() == NavigationNode.Kind.RUNTIME && "Started".equals(n.stateProperty().get()));
        String ssis = selected().labelProperty().get();
        waitFor(() -> robot.lookup("#nameLabel").tryQueryAs(Label.class).map(Label::getText).filter(ssis::equals).orElse(null));
        javafx.scene.control.Button stop = waitFor(() -> robot.lookup("#stopButton").tryQueryAs(javafx.scene.control.Button.class)
                .filter(b -> !b.isDisabled()).orElse(null));
        tabTo(robot, stop);
        keys(robot, KeyCode.SPACE);
        Stage confirm = window("Stop " + ssis + "?");
        waitFor(() -> confirm.getScene().getFocusOwner() == confirm.getScene().lookup("#typeToConfirm") ? true : null);
        robot.targetWindow(confirm).write(ssis);
        javafx.scene.control.TextField typed = (javafx.scene.control.TextField) confirm.getScene().lookup("#typeToConfirm");
        waitFor(() -> ssis.equals(typed.getText()) ? true : null);
        Node stopInDialog = confirm.getScene().getRoot().lookupAll(".button").stream()
                .filter(b -> b instanceof javafx.scene.control.Button button && button.getText().startsWith("Stop")).findFirst().orElseThrow();
        tabTo(robot, stopInDialog);
        keys(robot, KeyCode.SPACE);
        waitFor(() -> app.sandbox().requestLog().calls("IntegrationRuntimes_Stop").isEmpty() ? null : true);

        // Run a pipeline: Ctrl+R on a pipeline, type the required date, Enter runs it.
        robot.interact(tree::requestFocus);
        keys(robot, KeyCode.HOME);
        walk(robot, n -> n.kind() == NavigationNode.Kind.PIPELINES);
        keys(robot, KeyCode.RIGHT);
        walk(robot, n -> n.kind() == NavigationNode.Kind.PIPELINE && n.labelProperty().get().equals("pl_ingest_sales_daily"));
        keys(robot, KeyCode.CONTROL, KeyCode.R);
        Stage dialog = window("Run pipeline pl_ingest_sales_daily");
        waitFor(() -> dialog.getScene().getFocusOwner() instanceof javafx.scene.control.TextField f && "param-runDate".equals(f.getId()) ? true : null);
        robot.targetWindow(dialog).write("2026-11-24");
        keys(robot, KeyCode.ENTER);
        String runId = waitFor(() -> {
            String text = ((Label) dialog.getScene().lookup("#runIdLabel")).getText();
            return text == null || text.isEmpty() ? null : text.substring(text.lastIndexOf(' ') + 1);
        });

        assertThat(runId).matches("[0-9a-f-]{36}");

        // Its run in the monitor (Tab to "Open in monitor", Space), then Rerun… there prefills a new dialog.
        tabTo(robot, dialog.getScene().lookup("#openInMonitorButton"));
        keys(robot, KeyCode.SPACE);
        Stage monitor = window("Run monitor · " + app.window().tree().selectedProperty().get().parent().parent().labelProperty().get());
        javafx.scene.control.TableView<?> runs = (javafx.scene.control.TableView<?>) monitor.getScene().lookup("#runsTable");
        waitFor(() -> runs.getItems().isEmpty() ? null : true);
        if (runs.getSelectionModel().getSelectedItem() == null) {
            tabTo(robot, runs);
            keys(robot, KeyCode.HOME);
        }
        javafx.scene.control.Button rerun = waitFor(() -> monitor.getScene().lookup("#rerunButton") instanceof javafx.scene.control.Button b
                && !b.isDisabled() ? b : null);
        tabTo(robot, rerun);
        keys(robot, KeyCode.SPACE);
        Stage prefilled = waitFor(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && s != dialog && s.isShowing()
                && "Run pipeline pl_ingest_sales_daily".equals(s.getTitle())).map(w -> (Stage) w).findFirst().orElse(null));
        String reference = waitFor(() -> {
            String text = ((javafx.scene.control.TextField) prefilled.getScene().lookup("#referenceRunField")).getText();
            return text == null || text.isEmpty() ? null : text;
        });
        assertThat(reference).as("the rerun refers to a run of the monitor (the newest is the one just started)").matches("[0-9a-f-]{36}");
        keys(robot, KeyCode.ESCAPE);
        waitFor(() -> prefilled.isShowing() ? null : true);

        // The monitor from the main window: Ctrl+M with anything in a factory selected.
        robot.interact(main::requestFocus);
        robot.interact(monitor::hide);
        robot.interact(tree::requestFocus);
        keys(robot, KeyCode.CONTROL, KeyCode.M);
        window(monitor.getTitle());
    }

    private NavigationNode selected() {
        return app.window().tree().selectedProperty().get();
    }

    /** Presses the keys together, then lets go in reverse. */
    private static void keys(FxRobot robot, KeyCode... codes) {
        robot.press(codes);
        for (int i = codes.length - 1; i >= 0; i--) {
            robot.release(codes[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Down the tree, one key at a time (folders load as they are passed), until the selection matches. */
    private void walk(FxRobot robot, Predicate<NavigationNode> wanted) throws Exception {
        for (int i = 0; i < 60; i++) {
            NavigationNode now = selected();
            if (now != null && wanted.test(now)) {
                return;
            }
            keys(robot, KeyCode.DOWN);
            Thread.sleep(30);
        }
        throw new AssertionError("no such node reached with the Down key; at " + selected());
    }

    /** Tab until {@code target} has the focus. */
    private static void tabTo(FxRobot robot, Node target) throws Exception {
        for (int i = 0; i < 60 && !target.isFocused(); i++) {
            keys(robot, KeyCode.TAB);
        }
        assertThat(target.isFocused()).as("Tab reaches " + target + " (disabled " + target.isDisabled() + ", focus at "
                + (target.getScene() == null ? null : target.getScene().getFocusOwner()) + ")").isTrue();
    }

    private static Stage window(String title) throws Exception {
        return waitFor(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && title.equals(s.getTitle())).map(w -> (Stage) w).findFirst().orElse(null));
    }
}
