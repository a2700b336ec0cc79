package dev.adfconsole.ui.signin;

import dev.adfconsole.service.settings.CustomCloud;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;

/** Binds the clouds dialog to {@link CloudsViewModel}. */
public final class CloudsController {

    private final CloudsViewModel model;

    @FXML private TextField clientIdField;
    @FXML private ListView<CustomCloud> cloudList;
    @FXML private Button removeButton;
    @FXML private TextField nameField;
    @FXML private TextField authorityField;
    @FXML private TextField endpointField;
    @FXML private TextField scopeField;
    @FXML private Button addButton;
    @FXML private Label errorLabel;
    @FXML private Label savedLabel;
    @FXML private Button closeButton;
    @FXML private Button saveButton;

    public CloudsController(CloudsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        clientIdField.textProperty().bindBidirectional(model.clientIdProperty());
        cloudList.setItems(model.clouds());
        Label none = new Label("None yet: AzureCloud, AzureChinaCloud and AzureUSGovernment are always offered.");
        none.setWrapText(true);
        cloudList.setPlaceholder(none);
        cloudList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(CustomCloud cloud, boolean empty) {
                super.updateItem(cloud, empty);
                setText(empty || cloud == null ? null : cloud.name() + " · " + cloud.resourceManagerEndpoint()
                        + " · sign-in at " + cloud.authorityHost());
            }
        });
        removeButton.disableProperty().bind(cloudList.getSelectionModel().selectedItemProperty().isNull());
        removeButton.setOnAction(e -> model.removeCloud(cloudList.getSelectionModel().getSelectedItem()));
        nameField.textProperty().bindBidirectional(model.nameProperty());
        authorityField.textProperty().bindBidirectional(model.authorityHostProperty());
        endpointField.textProperty().bindBidirectional(model.endpointProperty());
        scopeField.textProperty().bindBidirectional(model.scopeProperty());
        addButton.setOnAction(e -> model.addCloud());
        errorLabel.textProperty().bind(model.errorProperty());
        savedLabel.textProperty().bind(model.savedProperty());
        saveButton.setOnAction(e -> model.save());
        closeButton.setOnAction(e -> closeButton.getScene().getWindow().hide());
    }
}
