package dev.adfconsole.ui.signin;

import static dev.adfconsole.testing.FxWait.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.app.TestApp;
import dev.adfconsole.arm.ArmEnvironment;
import dev.adfconsole.ui.tree.NavigationNode;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File › Sign in… in the real window, with a device code against the sandbox's authority, through real MSAL4J. */
@ExtendWith(ApplicationExtension.class)
class SignInWindowTest {

    @TempDir
    static Path home;

    private TestApp app;

    @Start
    void start(Stage stage) {
        app = TestApp.open(home.resolve("start-" + System.nanoTime()), stage);
    }

    @AfterEach
    void closeApp() throws Exception {
        org.testfx.api.FxToolkit.cleanupStages();
        app.close();
    }

    @Test
    void aDeviceCodeSignInAddsTheAccountAsAConnectionThatLoadsItsSubscriptions(FxRobot robot) throws Exception {
        app.window().sandboxConnection().get(20, TimeUnit.SECONDS);
        robot.clickOn("File").clickOn("Sign in…");
        @SuppressWarnings("unchecked")
        ComboBox<ArmEnvironment> clouds = waitFor(() -> robot.lookup("#cloudBox").tryQueryAs(ComboBox.class).orElse(null));
        assertThat(clouds.getItems()).extracting(ArmEnvironment::name)
                .containsExactly("AzureCloud", "AzureChinaCloud", "AzureUSGovernment", "Sandbox (local)");
        robot.interact(() -> clouds.getSelectionModel().select(3));

        robot.clickOn("#deviceCodeButton");
        TextField code = robot.lookup("#userCodeField").queryAs(TextField.class);
        String userCode = waitFor(() -> code.getText() == null || code.getText().isEmpty() ? null : code.getText());
        assertThat(robot.lookup("#countdownLabel").queryLabeled().getText()).startsWith("expires in 1");
        app.sandbox().authority().approveDeviceCode(userCode);

        @SuppressWarnings("unchecked")
        TreeView<NavigationNode> tree = robot.lookup("#navigationTree").queryAs(TreeView.class);
        NavigationNode account = waitFor(() -> tree.getRoot().getChildren().stream().map(i -> i.getValue())
                .filter(n -> n.labelProperty().get().equals("operator@contoso-sandbox.onmicrosoft.com · Sandbox (local)"))
                .findFirst().orElse(null));
        waitFor(() -> account.children().stream().anyMatch(n -> n.kind() == NavigationNode.Kind.SUBSCRIPTION) ? true : null);
        assertThat(robot.lookup("#deviceCodeButton").tryQuery()).as("the dialog closed").isEmpty();

        robot.interact(() -> tree.getRoot().getChildren().stream().filter(i -> i.getValue() == account).findFirst()
                .ifPresent(item -> tree.scrollTo(tree.getRow(item))));
        javafx.scene.control.TreeCell<?> cell = robot.lookup(".tree-cell").<javafx.scene.control.TreeCell<?>>match(c ->
                c.getItem() == account && c.getContextMenu() != null).query();
        var menu = cell.getContextMenu();
        robot.interact(() -> menu.show(cell, javafx.geometry.Side.BOTTOM, 0, 0));
        var signOut = menu.getItems().stream().filter(i -> "Sign out".equals(i.getText())).findFirst().orElseThrow();
        robot.interact(() -> {
            signOut.fire();
            menu.hide();
        });
        waitFor(() -> tree.getRoot().getChildren().stream().noneMatch(i -> i.getValue() == account) ? true : null);
        assertThat(tree.getRoot().getChildren()).extracting(i -> i.getValue().labelProperty().get())
                .as("the sandbox connection stays; it has no sign-out").containsExactly("Sandbox (local)");
    }
}
