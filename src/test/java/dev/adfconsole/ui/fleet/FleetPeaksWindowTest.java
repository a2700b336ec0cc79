package dev.adfconsole.ui.fleet;

import static dev.adfconsole.testing.FxWait.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.app.TestApp;
import dev.adfconsole.sandbox.fleet.SandboxRuntime;
import dev.adfconsole.ui.fleet.FleetEntries.Entry;
import dev.adfconsole.ui.fleet.FleetEntries.Row;
import dev.adfconsole.ui.tree.NavigationNode;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
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

/** The fleet window's last-hour peak columns, from the sandbox's Azure Monitor series, sorted as numbers. */
@ExtendWith(ApplicationExtension.class)
class FleetPeaksWindowTest {

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
    @SuppressWarnings("unchecked")
    void sortingByPeakCpuPutsTheBusyRuntimeFirstAndByQueueTheGrowingOne(FxRobot robot) throws Exception {
        app.window().sandboxConnection().get(20, TimeUnit.SECONDS);
        TreeView<NavigationNode> tree = dev.adfconsole.testing.FxWait.navigationTree(robot);
        var connection = waitFor(() -> tree.getRoot().getChildren().isEmpty() ? null : tree.getRoot().getChildren().get(0));
        robot.interact(() -> tree.getSelectionModel().select(connection));
        Button fleet = robot.lookup("#fleetButton").queryButton();
        robot.interact(fleet::fire);
        Stage window = waitFor(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s
                && s.getTitle() != null && s.getTitle().startsWith("Fleet · ")).map(w -> (Stage) w).findFirst().orElse(null));
        TableView<Entry> table = (TableView<Entry>) window.getScene().lookup("#table");
        waitFor(() -> !table.getItems().isEmpty() && window.getScene().lookup("#cancelButton").isDisabled() ? true : null);
        TableColumn<Entry, Double> cpu = (TableColumn<Entry, Double>) table.getColumns().stream()
                .filter(c -> c.getText().equals("Peak CPU (1 h)")).findFirst().orElseThrow();
        TableColumn<Entry, Double> queue = (TableColumn<Entry, Double>) table.getColumns().stream()
                .filter(c -> c.getText().equals("Peak queue (1 h)")).findFirst().orElseThrow();
        // The sandbox's stories: the fleet's first self-hosted runtime with an online node is busy, the next one's queue grows.
        var selfHosted = app.sandbox().fleet().allFactories().stream().flatMap(f -> f.runtimes.values().stream())
                .filter(r -> r.kind == SandboxRuntime.Kind.SELF_HOSTED && !r.nodes.isEmpty()).toList();
        SandboxRuntime busy = selfHosted.stream().filter(r -> r.nodes.stream().anyMatch(n -> n.status.equals("Online"))).findFirst().orElseThrow();
        SandboxRuntime growing = selfHosted.stream().filter(r -> r != busy).findFirst().orElseThrow();

        robot.interact(() -> {
            cpu.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(cpu);
        });
        // The busy runtime leads, tied with any runtime linked to it (a linked runtime runs on the shared runtime's nodes).
        waitFor(() -> table.getItems().get(0) instanceof Row row && cpu.getCellData(row) != null && cpu.getCellData(row) > 85 ? true : null);
        Row top = (Row) table.getItems().get(0);
        var topRuntime = app.sandbox().fleet().factory(top.runtime().subscriptionId(), top.runtime().resourceGroupName(),
                top.runtime().factoryName()).orElseThrow().runtime(top.runtime().integrationRuntimeName());
        assertThat(topRuntime.nodes).containsAnyElementsOf(busy.nodes.stream().filter(n -> n.status.equals("Online")).toList());
        assertThat(table.getItems()).as("managed runtimes have no such metrics and go last").last()
                .satisfies(e -> assertThat(cpu.getCellData(e)).isNull());

        robot.interact(() -> {
            queue.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(queue);
        });
        waitFor(() -> table.getItems().get(0) instanceof Row row && row.runtime().integrationRuntimeName().equals(growing.name) ? true : null);
        assertThat(queue.getCellData(table.getItems().get(0))).isGreaterThan(40);
    }
}
