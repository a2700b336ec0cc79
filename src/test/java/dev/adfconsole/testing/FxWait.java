package dev.adfconsole.testing;

import dev.adfconsole.ui.tree.NavigationNode;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Waiting in TestFX tests: values read on the FX thread, tree levels that load asynchronously. */
public final class FxWait {

    private FxWait() {
    }

    /** Polls {@code value} on the FX thread for up to ten seconds until it is not null. */
    public static <T> T waitFor(Supplier<T> value) throws Exception {
        for (int i = 0; i < 400; i++) {
            T result = WaitForAsyncUtils.asyncFx(value::get).get();
            if (result != null) {
                return result;
            }
            Thread.sleep(25);
        }
        throw new AssertionError("timed out waiting");
    }

    /**
     * The main window's navigation tree, looked up on the FX thread once it is in the scene (it joins after the first
     * frame; off the FX thread, a lookup walks children the tree is changing while the sandbox loads).
     */
    @SuppressWarnings("unchecked")
    public static TreeView<NavigationNode> navigationTree(FxRobot robot) throws Exception {
        return waitFor(() -> robot.lookup("#navigationTree").tryQueryAs(TreeView.class).orElse(null));
    }

    /** Expands a tree item and returns its first loaded child. */
    public static TreeItem<NavigationNode> expandAndTakeFirst(FxRobot robot, TreeItem<NavigationNode> item) throws Exception {
        return expandAndFind(robot, item, "");
    }

    /** Expands a tree item and returns the first loaded child whose label starts with {@code label}. */
    public static TreeItem<NavigationNode> expandAndFind(FxRobot robot, TreeItem<NavigationNode> item, String label) throws Exception {
        robot.interact(() -> item.setExpanded(true));
        return waitFor(() -> item.getChildren().stream().filter(c -> c.getValue().kind() != NavigationNode.Kind.LOADING
                && c.getValue().labelProperty().get().startsWith(label)).findFirst().orElse(null));
    }

    /**
     * Once the window's sandbox connection is in the tree, selects the first runtime of the first factory whose name
     * starts with {@code prefix} and waits for the runtime pane to show it.
     */
    public static void selectRuntime(FxRobot robot, Future<?> sandboxConnection, String prefix) throws Exception {
        sandboxConnection.get(20, TimeUnit.SECONDS);
        TreeView<NavigationNode> tree = navigationTree(robot);
        TreeItem<NavigationNode> connection = waitFor(() -> tree.getRoot().getChildren().isEmpty() ? null : tree.getRoot().getChildren().get(0));
        TreeItem<NavigationNode> factory = expandAndTakeFirst(robot, expandAndTakeFirst(robot, connection));
        TreeItem<NavigationNode> runtime = expandAndFind(robot, expandAndTakeFirst(robot, factory), prefix);
        robot.interact(() -> tree.getSelectionModel().select(runtime));
        waitFor(() -> robot.lookup("#typeLabel").tryQueryAs(Label.class).filter(l -> !l.getText().isEmpty()).orElse(null));
    }
}
