package dev.adfconsole.ui.common;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Confirmations and error messages as JavaFX dialogs. Dialogs are shown without blocking ({@code show}, not
 * {@code showAndWait}) so view models get a future and the FX thread keeps rendering.
 */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public CompletableFuture<Boolean> confirm(Confirmation confirmation) {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(owner.get());
        alert.setTitle(confirmation.title());
        alert.setHeaderText(confirmation.title());
        ButtonType confirm = new ButtonType(confirmation.actionLabel(), ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(ButtonType.CANCEL, confirm);
        // The safe choice is the default: Enter must not delete anything.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(confirm)).setDefaultButton(false);
        if (confirmation.typeToConfirm() == null) {
            alert.setContentText(confirmation.message());
        } else {
            TextField typed = new TextField();
            typed.setId("typeToConfirm");
            typed.setPromptText(confirmation.typeToConfirm());
            Label hint = new Label("Type " + confirmation.typeToConfirm() + " to confirm.");
            Label message = new Label(confirmation.message());
            message.setWrapText(true);
            alert.getDialogPane().setContent(new VBox(8, message, hint, typed));
            alert.getDialogPane().lookupButton(confirm).disableProperty()
                    .bind(typed.textProperty().isNotEqualTo(confirmation.typeToConfirm()));
            // Typing is the first thing to do here: the field has the focus, not Cancel.
            alert.setOnShown(e -> typed.requestFocus());
        }
        alert.getDialogPane().lookupButton(confirm).getStyleClass().add("danger");
        // Decided when the dialog has closed: Dialog closes itself from its own result listener, before ours would run.
        alert.setOnHidden(e -> answer.complete(alert.getResult() == confirm));
        alert.show();
        return answer;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.show();
    }
}
