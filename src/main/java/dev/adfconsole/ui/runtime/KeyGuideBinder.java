package dev.adfconsole.ui.runtime;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The guidance under the keys after one was regenerated: per node, its name and status, what happens to it, and its
 * command in full (key masked, wrapped rather than cut) with Copy.
 */
final class KeyGuideBinder {

    private KeyGuideBinder() {
    }

    static void bind(KeyRotationGuideViewModel guide, VBox box, Label title, Label summary, VBox steps, TextArea updateCommand,
                     Button updateCopy, Button done, Label status) {
        box.visibleProperty().bind(guide.shownProperty());
        box.managedProperty().bind(guide.shownProperty());
        title.textProperty().bind(guide.titleProperty());
        summary.textProperty().bind(guide.summaryProperty());
        updateCommand.textProperty().bind(guide.updateKeyCommandProperty());
        updateCopy.setOnAction(e -> guide.copyUpdateKey());
        done.setOnAction(e -> guide.dismiss());
        status.textProperty().bind(guide.statusProperty());
        guide.steps().addListener((ListChangeListener<KeyRotationGuideViewModel.NodeStep>) change -> {
            steps.getChildren().clear();
            int row = 0;
            for (KeyRotationGuideViewModel.NodeStep step : guide.steps()) {
                Label node = new Label(step.node() + (step.status().isEmpty() ? "" : "  ·  " + step.status())
                        + (step.machine() == null || step.machine().isEmpty() ? "" : "  ·  machine " + step.machine()));
                node.getStyleClass().add("node-name");
                node.setId("guide-node-" + row);
                Label effect = new Label(step.effect());
                effect.setWrapText(true);
                effect.setMinHeight(Region.USE_PREF_SIZE);
                TextArea command = new TextArea(step.shownCommand());
                command.setEditable(false);
                command.setWrapText(true);
                command.setPrefRowCount(3);
                command.setId("guide-command-" + row);
                command.getStyleClass().add("json-view");
                HBox.setHgrow(command, Priority.ALWAYS);
                Button copy = new Button("Copy");
                copy.setId("guide-copy-" + row);
                copy.setMinWidth(Region.USE_PREF_SIZE);
                copy.setOnAction(e -> guide.copy(step));
                HBox line = new HBox(8, command, copy);
                line.setAlignment(Pos.CENTER_LEFT);
                steps.getChildren().add(new VBox(4, node, effect, line));
                row++;
            }
        });
    }
}
