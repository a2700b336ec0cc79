package dev.adfconsole.ui.signin;

import dev.adfconsole.arm.ArmEnvironment;
import dev.adfconsole.ui.common.FxClipboard;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Binds the sign-in dialog to {@link SignInViewModel}. */
public final class SignInController {

    private final SignInViewModel model;
    private final SignInViewModel.Browser browser;

    @FXML private ComboBox<ArmEnvironment> cloudBox;
    @FXML private Button browserButton;
    @FXML private Button deviceCodeButton;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label statusLabel;
    @FXML private VBox deviceCodeBox;
    @FXML private TextField userCodeField;
    @FXML private Button copyCodeButton;
    @FXML private Label countdownLabel;
    @FXML private Hyperlink verificationLink;
    @FXML private Button cancelButton;
    @FXML private Button closeButton;

    public SignInController(SignInViewModel model, SignInViewModel.Browser browser) {
        this.model = model;
        this.browser = browser;
    }

    @FXML
    private void initialize() {
        cloudBox.setItems(model.clouds());
        cloudBox.valueProperty().bindBidirectional(model.cloudProperty());
        cloudBox.setCellFactory(list -> new CloudCell());
        cloudBox.setButtonCell(new CloudCell());
        cloudBox.disableProperty().bind(model.busyProperty());
        browserButton.disableProperty().bind(model.busyProperty());
        deviceCodeButton.disableProperty().bind(model.busyProperty());
        browserButton.setOnAction(e -> model.signInWithBrowser());
        deviceCodeButton.setOnAction(e -> model.signInWithDeviceCode());
        busyIndicator.visibleProperty().bind(model.busyProperty());
        statusLabel.textProperty().bind(model.statusProperty());
        deviceCodeBox.visibleProperty().bind(model.userCodeProperty().isNotNull());
        deviceCodeBox.managedProperty().bind(deviceCodeBox.visibleProperty());
        // The code and its address appear after the window was sized: let it grow to show them.
        deviceCodeBox.visibleProperty().addListener((obs, was, visible) -> {
            if (deviceCodeBox.getScene() != null && deviceCodeBox.getScene().getWindow() != null) {
                deviceCodeBox.getScene().getWindow().sizeToScene();
            }
        });
        userCodeField.textProperty().bind(model.userCodeProperty());
        copyCodeButton.setOnAction(e -> new FxClipboard().putText(model.userCodeProperty().get()));
        countdownLabel.textProperty().bind(model.secondsLeftProperty().map(s -> s.intValue() <= 0 ? ""
                : "expires in " + s.intValue() / 60 + ":" + String.format("%02d", s.intValue() % 60)));
        verificationLink.textProperty().bind(model.verificationUriProperty());
        verificationLink.setOnAction(e -> {
            if (browser.whyNot().isEmpty()) {
                try {
                    browser.open(new java.net.URL(model.verificationUriProperty().get()));
                } catch (Exception ignored) {
                    // The address is shown; the user can type it on any device.
                }
            }
        });
        cancelButton.visibleProperty().bind(model.busyProperty());
        cancelButton.setOnAction(e -> model.cancel());
        closeButton.setOnAction(e -> {
            model.cancel();
            closeButton.getScene().getWindow().hide();
        });
        model.signedInProperty().addListener((obs, old, account) -> {
            if (account != null) {
                closeButton.getScene().getWindow().hide();
            }
        });
    }

    private static final class CloudCell extends ListCell<ArmEnvironment> {
        @Override
        protected void updateItem(ArmEnvironment cloud, boolean empty) {
            super.updateItem(cloud, empty);
            setText(empty || cloud == null ? null : cloud.name() + " (" + cloud.authorityHost().getHost() + ")");
        }
    }
}
