package dev.adfconsole.ui.fleet;

import static dev.adfconsole.testing.FxWait.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.app.TestApp;
import dev.adfconsole.ui.fleet.FleetEntries.Entry;
import dev.adfconsole.ui.fleet.FleetEntries.Row;
import dev.adfconsole.ui.tree.NavigationNode;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The fleet window opened from the main window: rows, grouping, and a double-click that opens the runtime in the tree. */
@ExtendWith(ApplicationExtension.class)
class FleetWindowTest {

    @TempDir
    static Path home;

    private TestApp app;

    @Start
    void start(Stage stage) {
        app = TestApp.open(home.resolve("fleet-" + System.nanoTime()), stage);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        app.close();
    }

    @Test
    void doubleClickOnARuntimeSelectsItInTheTreeAndGroupingPutsHeadingsAboveTheirRuntimes(FxRobot robot) throws Exception {
        app.window().sandboxConnection().get(20, TimeUnit.SECONDS);
        TreeView<NavigationNode> tree = dev.adfconsole.testing.FxWait.navigationTree(robot);
        var connection = waitFor(() -> tree.getRoot().getChildren().isEmpty() ? null : tree.getRoot().getChildren().get(0));
        robot.interact(() -> tree.getSelectionModel().select(connection));
        Button fleet = robot.lookup("#fleetButton").queryButton();
        robot.interact(fleet::fire);

        Stage window = waitFor(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s
                && s.getTitle() != null && s.getTitle().startsWith("Fleet · ")).map(w -> (Stage) w).findFirst().orElse(null));
        TableView<Entry> table = (TableView<Entry>) window.getScene().lookup("#table");
        // The sandbox connection's token is for the home tenant: the partner tenant's runtimes are not its to see.
        var fleetOfSandbox = app.sandbox().fleet();
        int runtimes = fleetOfSandbox.allFactories().stream()
                .filter(f -> fleetOfSandbox.tenantOf(f.subscriptionId).orElseThrow().equals(fleetOfSandbox.tenantId))
                .mapToInt(f -> f.runtimes.size()).sum();
        waitFor(() -> table.getItems().size() == runtimes && window.getScene().lookup("#cancelButton").isDisabled() ? true : null);
        assertThat(table.getColumns()).extracting(c -> c.getText()).containsExactly("Health", "Subscription", "Resource group",
                "Factory", "Runtime", "Type", "State", "Nodes online", "Peak CPU (1 h)", "Peak queue (1 h)", "Version status", "Support ends", "Version", "Credentials", "Auto-update",
                "Refreshed", "Error");
        assertThat(((javafx.scene.control.Label) window.getScene().lookup("#countsLabel")).getText())
                .matches("\\d+ down · \\d+ degraded · \\d+ unknown · \\d+ healthy · \\d+ stopped");
        // At the window's size every button shows whole and inside it, and the filter keeps room to type in.
        for (String id : new String[] {"#staleButton", "#exportButton", "#refreshButton", "#cancelButton", "#groupChoice", "#expiringCheck"}) {
            javafx.scene.control.Control control = (javafx.scene.control.Control) window.getScene().lookup(id);
            assertThat(control.getWidth()).as(id + " whole").isGreaterThanOrEqualTo(control.prefWidth(-1) - 0.5);
            assertThat(control.localToScene(control.getLayoutBounds()).getMaxX()).as(id + " inside the window")
                    .isLessThanOrEqualTo(window.getScene().getWidth());
        }
        assertThat(window.getScene().lookup("#filterField").getLayoutBounds().getWidth()).as("room to type a filter").isGreaterThanOrEqualTo(250);
        // The filter box says what it is for (its prompt shows: the window opens with the table focused).
        javafx.scene.control.TextField filter = (javafx.scene.control.TextField) window.getScene().lookup("#filterField");
        assertThat(filter.isFocused()).isFalse();
        assertThat(filter.lookupAll(".text").stream().filter(n -> n instanceof javafx.scene.text.Text t
                && t.getText().equals(filter.getPromptText()) && t.isVisible() && ((javafx.scene.paint.Color) t.getFill()).getOpacity() > 0))
                .as("the prompt is shown").hasSize(1);
        robot.interact(() -> filter.requestFocus());
        assertThat(filter.isFocused()).isTrue();
        assertThat(filter.lookupAll(".text").stream().filter(n -> n instanceof javafx.scene.text.Text t
                && t.getText().equals(filter.getPromptText()) && t.isVisible() && ((javafx.scene.paint.Color) t.getFill()).getOpacity() > 0))
                .as("and stays while the box is focused and empty").hasSize(1);
        // Subscriptions by name, where the tree knows them as such.
        var names = fleetOfSandbox.subscriptions().stream().map(s -> s.displayName()).toList();
                for (int i = 0; i < table.getItems().size(); i++) {
            assertThat((String) table.getColumns().get(1).getCellData(i)).isIn(names);
        }

        // The version radar: "Expires within 90 days" keeps the expired and expiring runtimes, each with its days.
        javafx.scene.control.CheckBox expiring = (javafx.scene.control.CheckBox) window.getScene().lookup("#expiringCheck");
        robot.clickOn(expiring);
        waitFor(() -> !table.getItems().isEmpty() && table.getItems().size() < runtimes ? true : null);
        assertThat(table.getItems()).allSatisfy(e -> assertThat(dev.adfconsole.service.inventory.VersionSupport
                .of(((Row) e).runtime(), java.time.Instant.now()).within(90)).isTrue());
        waitFor(() -> robot.lookup(".table-cell").queryAll().stream().anyMatch(c -> c instanceof javafx.scene.control.Labeled l
                && l.getText() != null && l.getText().startsWith("in 65 days (")) ? true : null);
        robot.clickOn(expiring);
        waitFor(() -> table.getItems().size() == runtimes ? true : null);

        ChoiceBox<FleetViewModel.GroupBy> group = (ChoiceBox<FleetViewModel.GroupBy>) window.getScene().lookup("#groupChoice");
        robot.interact(() -> group.setValue(FleetViewModel.GroupBy.FACTORY));
        assertThat(table.getItems().get(0)).isInstanceOf(FleetEntries.Group.class);
        assertThat(waitFor(() -> rowShowing(table, 0))).satisfies(row -> assertThat(row.getStyleClass()).contains("fleet-group"));

        Row runtime = (Row) table.getItems().get(1);
        TableRow<Entry> shown = waitFor(() -> rowShowing(table, 1));
        robot.interact(() -> shown.fireEvent(new MouseEvent(MouseEvent.MOUSE_CLICKED, 5, 5, 5, 5, MouseButton.PRIMARY, 2,
                false, false, false, false, true, false, false, true, false, false, null)));

        NavigationNode selected = waitFor(() -> tree.getSelectionModel().getSelectedItem() != null
                && tree.getSelectionModel().getSelectedItem().getValue().kind() == NavigationNode.Kind.RUNTIME
                ? tree.getSelectionModel().getSelectedItem().getValue() : null);
        assertThat(selected.labelProperty().get()).isEqualTo(runtime.runtime().integrationRuntimeName());
        assertThat(selected.parent().parent().labelProperty().get()).isEqualTo(runtime.runtime().factoryName());
        String name = waitFor(() -> robot.lookup("#nameLabel").tryQueryAs(javafx.scene.control.Label.class)
                .map(javafx.scene.control.Label::getText).filter(t -> !t.isEmpty()).orElse(null));
        assertThat(name).isEqualTo(runtime.runtime().integrationRuntimeName());
    }

    private static TableRow<Entry> rowShowing(TableView<Entry> table, int index) {
        return table.lookupAll(".table-row-cell").stream().map(n -> (TableRow<Entry>) n)
                .filter(r -> r.getIndex() == index && r.getItem() != null).findFirst().orElse(null);
    }
}
