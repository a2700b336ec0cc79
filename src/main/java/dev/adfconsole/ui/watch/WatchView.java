package dev.adfconsole.ui.watch;

import dev.adfconsole.ui.common.FxmlFile;
import dev.adfconsole.ui.common.FxmlLoaderFactory;
import dev.adfconsole.ui.common.OwnedWindows;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.Notifications;

/**
 * How notifications show: a ControlsFX popup in the main window's corner (click opens it), the desktop's own
 * notification through {@link SystemNotifier}, and the notification area, a window with the history and the watch
 * list (one at a time).
 */
public final class WatchView {

    private final WatchViewModel model;
    private final Supplier<Window> owner;
    private volatile SystemNotifier system = SystemNotifier.none("not detected yet");
    private volatile WatchViewModel.Notice latest;
    private Stage area;

    public WatchView(WatchViewModel model, Supplier<Window> owner) {
        this.model = model;
        this.owner = owner;
        model.setShown(this::show);
    }

    /**
     * Finds the desktop's way of notifying (the system tray through AWT, or notify-send), in the background. Called
     * once the main window's first frame is drawn: AWT's start-up is CPU the first frame should not share.
     */
    public void detectDesktop() {
        SystemNotifier.detect(() -> Platform.runLater(() -> {
            if (latest != null) {
                model.open(latest);
            }
        })).thenAccept(found -> system = found);
    }

    private void show(WatchViewModel.Notice notice) {
        latest = notice;
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            Notifications.create().owner(window).title(notice.title()).text(notice.text() + "\nClick to open.")
                    .hideAfter(javafx.util.Duration.seconds(10)).onAction(e -> model.open(notice)).showWarning();
            stylePopups(window);
        }
        system.show("ADF Console · " + notice.title(), notice.text());
    }

    public WatchViewModel model() {
        return model;
    }

    /**
     * ControlsFX styles its popup with Modena's colour names, which AtlantaFX's themes do not define (the popup came
     * out transparent): the popup's scene gets the app's stylesheet, whose rules use the theme's own colours.
     */
    private static void stylePopups(Window owner) {
        String css = WatchView.class.getResource("/css/app.css").toExternalForm();
        Window.getWindows().stream().filter(w -> w instanceof javafx.stage.PopupWindow popup && popup.getOwnerWindow() == owner)
                .map(Window::getScene).filter(scene -> scene != null && scene.getRoot() != null
                        && scene.getRoot().lookup(".notification-bar") != null && !scene.getStylesheets().contains(css))
                .forEach(scene -> scene.getStylesheets().add(css));
    }

    /** Where desktop notifications go (shown in the notification area). */
    public String desktop() {
        return system.description();
    }

    /** The notification area; opening it marks everything read. */
    public void openArea() {
        model.markRead();
        if (area != null && area.isShowing()) {
            area.toFront();
            return;
        }
        var view = FxmlLoaderFactory.loadWith(FxmlFile.NOTIFICATIONS, NotificationsController.class,
                () -> new NotificationsController(model, this::desktop));
        area = OwnedWindows.create(owner.get(), view.root(), "Notifications and watch list", false);
        area.show();
    }

    public void close() {
        system.close();
    }
}
