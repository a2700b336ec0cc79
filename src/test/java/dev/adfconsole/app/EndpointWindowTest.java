package dev.adfconsole.app;

import static dev.adfconsole.testing.FxWait.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.sandbox.SandboxOptions;
import dev.adfconsole.sandbox.SandboxServer;
import dev.adfconsole.ui.tree.NavigationNode;
import java.nio.file.Path;
import java.time.Duration;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** {@code --endpoint URL} with a token: a second ARM endpoint (another sandbox here) shown as a connection in the window. */
@ExtendWith(ApplicationExtension.class)
class EndpointWindowTest {

    @TempDir
    static Path home;

    private SandboxServer other;
    private TestApp app;

    @Start
    void start(Stage stage) throws Exception {
        other = SandboxServer.start(SandboxOptions.defaults().withSeed(7));
        String token = other.issueToken(Duration.ofHours(1));
        app = TestApp.open(home.resolve("start-" + System.nanoTime()), stage,
                root -> root.addFixedEndpoint(other.baseUri(), token));
    }

    @AfterEach
    void stop() {
        app.close();
        other.close();
    }

    @Test
    void theEndpointIsAConnectionThatLoadsWithItsOwnToken(FxRobot robot) throws Exception {
        NavigationNode endpoint = waitFor(() -> app.window().tree().roots().stream()
                .filter(n -> n.labelProperty().get().equals("Endpoint 127.0.0.1")).findFirst().orElse(null));
        robot.interact(() -> app.window().tree().expand(endpoint));
        waitFor(() -> endpoint.children().stream().anyMatch(n -> n.kind() == NavigationNode.Kind.SUBSCRIPTION) ? true : null);
        assertThat(other.requestLog().calls("Subscriptions_List").get(0).headers().get("authorization"))
                .as("sent with a bearer token, shown masked in the log").isEqualTo("Bearer ****");
    }
}
