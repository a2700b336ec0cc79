package dev.adfconsole.ui.shell;

import dev.adfconsole.service.settings.WindowGeometry;
import dev.adfconsole.ui.common.FxmlLoaderFactory;
import dev.adfconsole.ui.common.Themes;
import java.util.Optional;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Puts the main view into a stage: restores where the window was (only if that place is still on a screen; monitors
 * get unplugged), and remembers size, position and split positions when it is hidden.
 */
public final class MainWindow {

    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 800;

    private final Stage stage;
    private final MainWindowController controller;
    private WindowGeometry normalBounds;
    private WindowGeometry intended;
    private final java.util.concurrent.CompletableFuture<Void> firstFrame = new java.util.concurrent.CompletableFuture<>();

    private MainWindow(Stage stage, MainWindowController controller) {
        this.stage = stage;
        this.controller = controller;
    }

    /**
     * Loads the main view, the theme set first (before the first control exists: Control's class initialiser loads
     * JavaFX's own Modena stylesheet when no user-agent stylesheet is set yet, only for the theme to replace it).
     * May run on any thread once the toolkit is up: nothing is showing yet, and the controller binds only in
     * {@link #show}. Off the JavaFX thread, the theme's stylesheet loads there meanwhile (Application's own doing).
     */
    public static FxmlLoaderFactory.Loaded<MainWindowController> load(FxmlLoaderFactory loaders, MainViewModel model) {
        Themes.apply(model.appearanceProperty().get());
        // Compiled from main-window.fxml at build time (MainWindowFxml): FXMLLoader's parsing and reflection were
        // ~70 % of this step's CPU, on the path to the first frame.
        return loaders.load(MainWindowFxml::load);
    }

    /** Binds the loaded main view to its model, puts it into the stage and shows it. Must run on the JavaFX thread. */
    public static MainWindow show(Stage stage, FxmlLoaderFactory.Loaded<MainWindowController> view, MainViewModel model) {
        view.controller().bind();
        Scene scene = new Scene(view.root(), DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(MainWindow.class.getResource("/css/app.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(model.titleProperty());
        stage.setMinWidth(WindowGeometry.MIN_WIDTH);
        stage.setMinHeight(WindowGeometry.MIN_HEIGHT);
        MainWindow window = new MainWindow(stage, view.controller());
        window.place(model.savedGeometry());
        stage.setOnHiding(e -> model.rememberLayout(window.geometry(), window.controller.navigationDivider(),
                window.controller.activityLogDivider()));
        stage.show();
        window.completeAfterFirstFrame();
        window.firstFrame.thenRun(view.controller()::afterFirstFrame);
        // JavaFX 21 on X11 with a window manager (JDK-8316423, fixed in JavaFX 22): the first window of the process
        // is mapped before the frame extents are known and the size set before show() is lost; it opened at its
        // minimum size. Asked again once mapped, the window manager applies it. Without a window manager this
        // changes nothing.
        Platform.runLater(() -> {
            window.applyIntended();
            // SplitPane recomputes divider positions on its first layout pass, so they are restored after it.
            Platform.runLater(() -> window.controller.restoreDividers(model.savedNavigationDivider(), model.savedActivityLogDivider()));
        });
        return window;
    }

    /**
     * Completes once the first frame is drawn (the second pulse with the window showing), on the JavaFX thread:
     * what that frame does not need waits for it.
     */
    public java.util.concurrent.CompletableFuture<Void> firstFrame() {
        return firstFrame;
    }

    private void completeAfterFirstFrame() {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (stage.isShowing() && ++pulses >= 2) {
                    stop();
                    firstFrame.complete(null);
                }
            }
        }.start();
    }

    public Stage stage() {
        return stage;
    }

    private void place(Optional<WindowGeometry> saved) {
        Optional<WindowGeometry> onScreen = saved.filter(MainWindow::isOnSomeScreen);
        if (onScreen.isPresent()) {
            intended = onScreen.get();
            normalBounds = intended;
        } else {
            intended = centred(Screen.getPrimary().getVisualBounds());
        }
        applyIntended();
        // A maximized window reports the screen's size; remember the size it had before so un-maximizing next time works.
        stage.xProperty().addListener(o -> trackNormalBounds());
        stage.yProperty().addListener(o -> trackNormalBounds());
        stage.widthProperty().addListener(o -> trackNormalBounds());
        stage.heightProperty().addListener(o -> trackNormalBounds());
    }

    /** The first-start place: the default size, or what fits the screen, centred on it. */
    static WindowGeometry centred(Rectangle2D screen) {
        double width = Math.min(DEFAULT_WIDTH, screen.getWidth());
        double height = Math.min(DEFAULT_HEIGHT, screen.getHeight());
        return new WindowGeometry(screen.getMinX() + (screen.getWidth() - width) / 2,
                screen.getMinY() + (screen.getHeight() - height) / 2, width, height, false);
    }

    private void applyIntended() {
        if (stage.isMaximized() && intended.maximized()) {
            return;
        }
        stage.setX(intended.x());
        stage.setY(intended.y());
        stage.setWidth(intended.width());
        stage.setHeight(intended.height());
        stage.setMaximized(intended.maximized());
    }

    private void trackNormalBounds() {
        if (!stage.isMaximized() && !stage.isIconified()) {
            normalBounds = new WindowGeometry(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        }
    }

    WindowGeometry geometry() {
        WindowGeometry base = normalBounds != null ? normalBounds
                : new WindowGeometry(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        return new WindowGeometry(base.x(), base.y(), base.width(), base.height(), stage.isMaximized());
    }

    /** True when at least a 100 × 50 piece of the title-bar area would be visible on a connected screen. */
    private static boolean isOnSomeScreen(WindowGeometry g) {
        return !Screen.getScreensForRectangle(g.x(), g.y(), 100, 50).isEmpty();
    }
}
