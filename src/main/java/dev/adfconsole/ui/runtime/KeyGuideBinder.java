package dev.adfconsole.ui.runtime;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The guidance under the keys after one was regenerated: per node, what happens to it and its command (masked) with Copy. */
final class KeyGuideBinder {

    private KeyGuideBinder() {
    }

    static void bind(KeyRotationGuideViewModel guide, VBox box, Label title, Label summary, GridPane steps, TextField updateCommand,
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
                Label node = new Label(step.node() + (step.status().isEmpty() ? "" : "  ·  " + step.status()));
                node.getStyleClass().add("node-name");
                node.setId("guide-node-" + row);
                Label effect = new Label(step.effect());
                effect.setWrapText(true);
                steps.addRow(row * 2, node, effect);
                TextField command = new TextField(step.shownCommand());
                command.setEditable(false);
                command.setId("guide-command-" + row);
                command.getStyleClass().add("json-view");
                Button copy = new Button("Copy");
                copy.setId("guide-copy-" + row);
                copy.setOnAction(e -> guide.copy(step));
                GridPane.setColumnSpan(command, 2);
                steps.add(command, 0, row * 2 + 1);
                steps.add(copy, 2, row * 2 + 1);
                row++;
            }
        });
    }
}
