package dev.adfconsole.ui.shell;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import java.util.function.BooleanSupplier;
import javafx.util.Duration;

/** View › Auto-refresh and its timer; the interval is the remembered setting, the last refresh shows in the status bar. */
final class AutoRefresh {

    private static final int[] CHOICES = {0, 15, 30, 60, 300};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private AutoRefresh() {
    }

    static void bind(MainViewModel model, Menu menu, Label label, BooleanSupplier refresh) {
        ToggleGroup group = new ToggleGroup();
        for (int seconds : CHOICES) {
            RadioMenuItem item = new RadioMenuItem(seconds == 0 ? "Off" : "Every " + every(seconds));
            item.setToggleGroup(group);
            item.setSelected(seconds == model.autoRefreshSecondsProperty().get());
            item.setOnAction(e -> model.autoRefreshSecondsProperty().set(seconds));
            menu.getItems().add(item);
        }
        Timeline timer = new Timeline();
        timer.setCycleCount(Animation.INDEFINITE);
        schedule(timer, model.autoRefreshSecondsProperty().get(), model, refresh);
        model.autoRefreshSecondsProperty().addListener((obs, old, seconds) -> schedule(timer, seconds.intValue(), model, refresh));
        label.textProperty().bind(Bindings.createStringBinding(() -> {
            int seconds = model.autoRefreshSecondsProperty().get();
            Instant last = model.lastAutoRefreshProperty().get();
            String text = seconds == 0 ? "Auto-refresh off" : "Auto-refresh every " + every(seconds);
            return last == null ? text : text + " · last " + TIME.format(last.atZone(ZoneId.systemDefault()));
        }, model.autoRefreshSecondsProperty(), model.lastAutoRefreshProperty()));
    }

    private static void schedule(Timeline timer, int seconds, MainViewModel model, BooleanSupplier refresh) {
        timer.stop();
        timer.getKeyFrames().clear();
        if (seconds > 0) {
            timer.getKeyFrames().add(new KeyFrame(Duration.seconds(seconds), e -> {
                if (refresh.getAsBoolean()) {
                    model.lastAutoRefreshProperty().set(Instant.now());
                }
            }));
            timer.play();
        }
    }

    private static String every(int seconds) {
        return seconds < 60 ? seconds + " s" : seconds / 60 + " min";
    }
}
