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
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = TestApp.open(home.resolve("start-" + System.nanoTime()), stage);
    }

    @AfterEach
    void closeApp() throws Exception {
        org.testfx.api.FxToolkit.cleanupStages();
        app.close();
    }

    /** File › Sign in…, the sandbox's cloud, a device code approved as the user would: the account's connection. */
    private NavigationNode signInWithDeviceCode(FxRobot robot) throws Exception {
        robot.clickOn("File").clickOn("Sign in…");
        @SuppressWarnings("unchecked")
        ComboBox<ArmEnvironment> clouds = waitFor(() -> robot.lookup("#cloudBox").tryQueryAs(ComboBox.class).orElse(null));
        robot.interact(() -> clouds.getSelectionModel().select(3));
        robot.interact(() -> robot.lookup("#deviceCodeButton").queryButton().fire());
        return approveDeviceCode(robot);
    }

    private NavigationNode approveDeviceCode(FxRobot robot) throws Exception {
        TextField code = robot.lookup("#userCodeField").queryAs(TextField.class);
        String userCode = waitFor(() -> code.getText() == null || code.getText().isEmpty() ? null : code.getText());
        app.sandbox().authority().approveDeviceCode(userCode);
        @SuppressWarnings("unchecked")
        TreeView<NavigationNode> tree = dev.adfconsole.testing.FxWait.navigationTree(robot);
        NavigationNode account = waitFor(() -> tree.getRoot().getChildren().stream().map(i -> i.getValue())
                .filter(n -> n.labelProperty().get().equals("operator@contoso-sandbox.onmicrosoft.com · Sandbox (local)"))
                .findFirst().orElse(null));
        waitFor(() -> account.children().stream().anyMatch(n -> n.kind() == NavigationNode.Kind.SUBSCRIPTION) ? true : null);
        waitFor(() -> robot.lookup("#deviceCodeButton").tryQuery().isEmpty() ? true : null);
        return account;
    }

    @Test
    void aLapsedSignInIsRenewedFromTheTreeAndWhatFailedLoadsAgainWithoutASecondConnection(FxRobot robot) throws Exception {
        robot.interact(() -> {
            app.close();
            // Tokens of a second: MSAL must go to the authority for every token, so a revoked sign-in shows at once.
            app = TestApp.openWithSandbox(home.resolve("lapsed-" + System.nanoTime()), stage,
                    options -> options.withAccessTokenLifetime(java.time.Duration.ofSeconds(1)));
        });
        app.window().sandboxConnection().get(20, TimeUnit.SECONDS);
        NavigationNode account = signInWithDeviceCode(robot);
        var tree = app.window().tree();
        int connections = tree.roots().size();

        app.sandbox().authority().revokeSessions();
        Thread.sleep(1_200); // the last access token expires
        robot.interact(() -> {
            tree.selectedProperty().set(account);
            tree.refreshSelected();
        });

        NavigationNode error;
        try {
            error = waitFor(() -> account.children().stream().filter(n -> n.kind() == NavigationNode.Kind.ERROR)
                    .findFirst().orElse(null));
        } catch (AssertionError e) {
            throw new AssertionError("no error under the account; its children: " + account.children().stream()
                    .map(n -> n.kind() + " " + n.labelProperty().get()).toList(), e);
        }
        assertThat(error.labelProperty().get()).startsWith("Sign in again: operator@contoso-sandbox.onmicrosoft.com needs to sign in interactively");
        assertThat(tree.needsSignIn(error)).isTrue();

        robot.interact(() -> tree.signInAgain(error));
        @SuppressWarnings("unchecked")
        ComboBox<ArmEnvironment> clouds = waitFor(() -> robot.lookup("#cloudBox").tryQueryAs(ComboBox.class).orElse(null));
        assertThat(clouds.getValue().name()).as("the account's cloud is chosen").isEqualTo("Sandbox (local)");
        assertThat(((javafx.scene.control.Label) clouds.getScene().lookup("#statusLabel")).getText())
                .contains("The sign-in of operator@contoso-sandbox.onmicrosoft.com has lapsed.");
        robot.interact(() -> robot.lookup("#deviceCodeButton").queryButton().fire());
        assertThat(approveDeviceCode(robot)).isSameAs(account);

        assertThat(tree.roots()).as("no second connection for the same account").hasSize(connections);
        assertThat(account.children()).noneMatch(n -> n.kind() == NavigationNode.Kind.ERROR)
                .anyMatch(n -> n.kind() == NavigationNode.Kind.SUBSCRIPTION);
    }

    @Test
    void aGuestTenantThatAsksForMfaIsSignedInThereAndItsSubscriptionComesBack(FxRobot robot) throws Exception {
        app.window().sandboxConnection().get(20, TimeUnit.SECONDS);
        String partner = app.sandbox().fleet().tenants().get(1).tenantId();
        app.sandbox().authority().requireMfa(partner);
        robot.clickOn("File").clickOn("Sign in…");
        @SuppressWarnings("unchecked")
        ComboBox<ArmEnvironment> clouds = waitFor(() -> robot.lookup("#cloudBox").tryQueryAs(ComboBox.class).orElse(null));
        robot.interact(() -> clouds.getSelectionModel().select(3));
        robot.interact(() -> robot.lookup("#deviceCodeButton").queryButton().fire());
        NavigationNode account = approveDeviceCode(robot);
        var tree = app.window().tree();

        NavigationNode error = waitFor(() -> account.children().stream().filter(n -> n.kind() == NavigationNode.Kind.ERROR)
                .findFirst().orElse(null));
        assertThat(error.labelProperty().get()).startsWith("Fabrikam Partner: Sign in again:");
        assertThat(account.children()).extracting(n -> n.labelProperty().get()).contains("Data Platform Prod");

        robot.interact(() -> tree.signInAgain(error));
        @SuppressWarnings("unchecked")
        ComboBox<ArmEnvironment> again = waitFor(() -> robot.lookup("#cloudBox").tryQueryAs(ComboBox.class).orElse(null));
        assertThat(((javafx.scene.control.Label) again.getScene().lookup("#statusLabel")).getText())
                .contains("Fabrikam Partner asks operator@contoso-sandbox.onmicrosoft.com to sign in there.");
        robot.interact(() -> robot.lookup("#deviceCodeButton").queryButton().fire());
        assertThat(approveDeviceCode(robot)).isSameAs(account);

        waitFor(() -> account.children().stream().anyMatch(n -> n.labelProperty().get().equals("Fabrikam Shared Analytics")) ? true : null);
        assertThat(account.children()).noneMatch(n -> n.kind() == NavigationNode.Kind.ERROR);
        // The second sign-in went to the partner's own authority.
        assertThat(app.sandbox().requestLog().calls()).anyMatch(c -> c.path().equals("/" + partner + "/oauth2/v2.0/devicecode"));
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
        robot.interact(() -> robot.lookup("#deviceCodeButton").queryButton().fire());
        waitFor(() -> robot.lookup("#countdownLabel").queryLabeled().getText().startsWith("expires in 1") ? true : null);
        NavigationNode account = approveDeviceCode(robot);
        @SuppressWarnings("unchecked")
        TreeView<NavigationNode> tree = dev.adfconsole.testing.FxWait.navigationTree(robot);

        // The account is a guest in a partner tenant: its subscription is listed too, and its runtimes answer to
        // that tenant's token.
        assertThat(account.children()).extracting(n -> n.labelProperty().get())
                .contains("Data Platform Prod", "Fabrikam Shared Analytics");
        NavigationNode partner = account.children().stream()
                .filter(n -> n.labelProperty().get().equals("Fabrikam Shared Analytics")).findFirst().orElseThrow();
        assertThat(partner.detailProperty().get()).endsWith(" · Fabrikam Partner");
        var treeModel = app.window().tree();
        robot.interact(() -> treeModel.open(partner, 3));
        NavigationNode runtime = waitFor(() -> partner.children().stream().flatMap(f -> f.children().stream())
                .filter(n -> n.kind() == NavigationNode.Kind.RUNTIMES).flatMap(r -> r.children().stream())
                .filter(n -> n.kind() == NavigationNode.Kind.RUNTIME && n.stateProperty().get() != null).findFirst().orElse(null));
        assertThat(runtime.stateProperty().get()).isNotEqualTo("Unknown");

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
