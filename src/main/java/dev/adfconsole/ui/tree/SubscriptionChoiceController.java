package dev.adfconsole.ui.tree;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;

/** Binds "Choose subscriptions…" to {@link SubscriptionChoiceViewModel}; Apply and Cancel close the window. */
public final class SubscriptionChoiceController {

    private final SubscriptionChoiceViewModel model;

    @FXML private TextField filterField;
    @FXML private Button allButton;
    @FXML private Button noneButton;
    @FXML private ListView<SubscriptionChoiceViewModel.Choice> choiceList;
    @FXML private Label statusLabel;
    @FXML private Button cancelButton;
    @FXML private Button applyButton;

    public SubscriptionChoiceController(SubscriptionChoiceViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        filterField.textProperty().bindBidirectional(model.filterProperty());
        choiceList.setItems(model.shownChoices());
        choiceList.setCellFactory(CheckBoxListCell.forListView(SubscriptionChoiceViewModel.Choice::shownProperty));
        statusLabel.textProperty().bind(model.statusProperty());
        allButton.setOnAction(e -> model.setAllShown(true));
        noneButton.setOnAction(e -> model.setAllShown(false));
        applyButton.disableProperty().bind(model.loadedProperty().not());
        applyButton.setOnAction(e -> {
            model.apply();
            applyButton.getScene().getWindow().hide();
        });
        cancelButton.setOnAction(e -> cancelButton.getScene().getWindow().hide());
    }
}
