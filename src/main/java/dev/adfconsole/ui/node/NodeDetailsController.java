package dev.adfconsole.ui.node;

import java.time.Clock;
import dev.adfconsole.ui.common.FactGrid;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Binds the node pane to {@link NodeDetailsViewModel}. */
public final class NodeDetailsController {

    private final NodeDetailsViewModel model;
    private final Clock clock;

    @FXML private Label placeholder;
    @FXML private VBox content;
    @FXML private Label titleLabel;
    @FXML private GridPane factsGrid;
    @FXML private VBox capabilitiesBox;
    @FXML private TextField limitField;
    @FXML private Button applyLimitButton;
    @FXML private ProgressIndicator limitProgress;
    @FXML private Label limitErrorLabel;
    @FXML private Button ipButton;
    @FXML private Label ipLabel;
    @FXML private Button deleteButton;
    @FXML private ProgressIndicator deleteProgress;
    @FXML private Label actionErrorLabel;

    public NodeDetailsController(NodeDetailsViewModel model, Clock clock) {
        this.model = model;
        this.clock = clock;
    }

    @FXML
    private void initialize() {
        content.visibleProperty().bind(model.targetProperty().isNotNull());
        placeholder.visibleProperty().bind(model.targetProperty().isNull());
        model.targetProperty().addListener((obs, old, target) -> show(target));
        limitField.textProperty().bindBidirectional(model.limitTextProperty());
        limitErrorLabel.textProperty().bind(model.limitErrorProperty());
        applyLimitButton.disableProperty().bind(model.applyLimit().disabledProperty());
        applyLimitButton.setOnAction(e -> model.applyLimit().execute());
        limitField.setOnAction(e -> model.applyLimit().execute());
        limitProgress.visibleProperty().bind(model.applyLimit().runningProperty());
        ipButton.setOnAction(e -> model.fetchIpAddress());
        ipLabel.textProperty().bind(model.ipAddressProperty());
        deleteButton.disableProperty().bind(model.delete().disabledProperty());
        deleteButton.setOnAction(e -> model.delete().execute());
        deleteProgress.visibleProperty().bind(model.delete().runningProperty());
        actionErrorLabel.textProperty().bind(Bindings.createStringBinding(() -> model.applyLimit().errorProperty().get() != null
                        ? model.applyLimit().errorProperty().get() : model.delete().errorProperty().get(),
                model.applyLimit().errorProperty(), model.delete().errorProperty()));
    }

    private void show(NodeDetailsViewModel.Target target) {
        capabilitiesBox.getChildren().clear();
        if (target == null) {
            factsGrid.getChildren().clear();
            return;
        }
        titleLabel.setText(target.ref().name());
        FactGrid.show(factsGrid, NodeFacts.of(target.node(), target.latestVersion(), clock.instant(), clock.getZone()), "node-");
        for (NodeFacts.Capability capability : NodeFacts.capabilities(target.node())) {
            Label line = new Label((capability.on() ? "✓ " : "✗ ") + capability.name() + ": " + capability.meaning());
            line.setWrapText(true);
            line.getStyleClass().add(capability.on() ? "success" : "danger");
            line.setTooltip(new Tooltip(capability.meaning()));
            capabilitiesBox.getChildren().add(line);
        }
    }
}
