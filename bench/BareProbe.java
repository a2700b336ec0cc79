import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The reference for the app's start-up (bench/startup.sh): a bare JavaFX window with what the main window's first
 * frame minimally is (a menu bar, a tree, a label), run on the same jlinked runtime, JavaFX modules, CDS and C1
 * options as the installed app, and timed the same way: from process start to the first pulse with the window
 * showing. The app's first frame divided by this one is what the app itself costs.
 */
public final class BareProbe {

    public static void main(String[] args) {
        long processStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        Platform.startup(() -> {
            Stage stage = new Stage();
            TreeItem<String> root = new TreeItem<>("Sandbox (local)");
            root.getChildren().add(new TreeItem<>("Data Platform Prod"));
            root.setExpanded(true);
            BorderPane pane = new BorderPane(new TreeView<>(root));
            pane.setTop(new MenuBar(new Menu("File"), new Menu("View"), new Menu("Help")));
            pane.setBottom(new Label("Ready"));
            stage.setScene(new Scene(pane, 1280, 800));
            stage.setTitle("Bare probe");
            stage.show();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (stage.isShowing()) {
                        stop();
                        System.out.printf("first frame after %d ms%n", System.currentTimeMillis() - processStart);
                        Platform.exit();
                    }
                }
            }.start();
        });
    }
}
