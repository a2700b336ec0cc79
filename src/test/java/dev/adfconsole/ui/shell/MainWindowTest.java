package dev.adfconsole.ui.shell;

import static dev.adfconsole.testing.FxWait.expandAndTakeFirst;
import static dev.adfconsole.testing.FxWait.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.adfconsole.app.TestApp;
import dev.adfconsole.service.settings.Appearance;
import dev.adfconsole.service.settings.Settings;
import dev.adfconsole.service.settings.SettingsStore;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import dev.adfconsole.ui.tree.NavigationNode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window, started headless through Monocle: its regions, the theme switch and remembered layout. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

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
    void closeApp() {
        app.close();
    }

    @Test
    void showsTitleToolbarTreeDetailAreaStatusBarAndActivityLog(FxRobot robot) throws Exception {
        assertThat(stage.getTitle()).isEqualTo("ADF Console");
        dev.adfconsole.testing.FxWait.navigationTree(robot); // in the window once its first frame is drawn
        for (String id : new String[] {"#menuBar", "#toolBar", "#navigationTree", "#detailArea", "#statusBar", "#activityLogPane"}) {
            Node node = robot.lookup(id).query();
            assertThat(node.isVisible()).as(id + " visible").isTrue();
            assertThat(node.getLayoutBounds().getWidth()).as(id + " has width").isPositive();
        }
        assertThat(dev.adfconsole.testing.FxWait.navigationTree(robot).getScene()).isSameAs(stage.getScene());
        app.window().sandboxConnection().join();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#statusLabel").queryLabeled().getText()).startsWith("Ready · sandbox at http://127.0.0.1:");
        assertThat(robot.lookup("#noticeBar").tryQuery()).as("no notice on a clean start").isEmpty();
        // Empty, the log says what will appear in it; its table comes with the first entry.
        assertThat(robot.lookup("#activityPlaceholder").queryLabeled().getText()).startsWith("No actions yet.");
        assertThat(robot.lookup("#activityTable").tryQuery()).isEmpty();
    }

    @Test
    void aNoticeShowsUnderTheToolbarUntilDismissed(FxRobot robot) throws Exception {
        robot.interact(() -> app.window().main().noticeProperty().set("Sign-ins are kept in a file readable only by you."));
        Node bar = robot.lookup("#noticeBar").query();
        assertThat(bar.getParent().getChildrenUnmodifiable()).as("menu bar, toolbar, then the notice")
                .containsExactly(robot.lookup("#menuBar").query(), robot.lookup("#toolBar").query(), bar);
        assertThat(robot.lookup("#noticeLabel").queryLabeled().getText()).isEqualTo("Sign-ins are kept in a file readable only by you.");
        robot.clickOn("#dismissNoticeButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(() -> robot.lookup("#noticeBar").tryQuery()).get()).as("dismissed").isEmpty();
        assertThat(app.window().main().noticeProperty().get()).isNullOrEmpty();
    }

    @Test
    void toolbarButtonsSayWhatTheyDoToScreenReadersAndOnHover(FxRobot robot) throws Exception {
        var refresh = robot.lookup("#refreshButton").queryButton();
        assertThat(refresh.getAccessibleHelp()).isEqualTo("Reload the selected part of the tree (F5)");
        // The tooltips are made once the first frame is drawn, from the same words.
        var tip = dev.adfconsole.testing.FxWait.waitFor(refresh::getTooltip);
        assertThat(tip.getText()).isEqualTo(refresh.getAccessibleHelp());
        var toggle = robot.lookup("#activityLogToggle").queryAs(javafx.scene.control.ToggleButton.class);
        assertThat(dev.adfconsole.testing.FxWait.waitFor(toggle::getTooltip).getText()).contains("Ctrl+L");
    }

    @Test
    void viewMenuSwitchesToDarkThemeAndTheChoiceIsSaved(FxRobot robot) {
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheet());

        robot.clickOn("View").clickOn("Dark theme");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());
        assertThat(robot.lookup("#darkThemeToggle").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        app.flushSettings();
        assertThat(savedSettings().appearance()).isEqualTo(Appearance.DARK);

        robot.clickOn("#darkThemeToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheet());
    }

    @Test
    void autoRefreshIsChosenInTheViewMenuShownInTheStatusBarAndRemembered(FxRobot robot) {
        assertThat(robot.lookup("#refreshLabel").queryLabeled().getText()).startsWith("Auto-refresh every 30 s");

        robot.clickOn("View").clickOn("Auto-refresh").clickOn("Off");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#refreshLabel").queryLabeled().getText()).isEqualTo("Auto-refresh off");
        app.flushSettings();
        assertThat(savedSettings().autoRefreshSeconds()).isZero();
    }

    @Test
    void keepingSignInsInAFileIsAnOptInThatIsRemembered(FxRobot robot) {
        app.flushSettings();
        assertThat(savedSettings().unprotectedTokenFile()).as("off unless chosen").isFalse();

        robot.clickOn("File").clickOn("Keep sign-ins in a file when no keyring exists");
        WaitForAsyncUtils.waitForFxEvents();

        app.flushSettings();
        assertThat(savedSettings().unprotectedTokenFile()).isTrue();
    }

    @Test
    void aHiddenSubscriptionIsRemembered(FxRobot robot) throws Exception {
        app.window().sandboxConnection().get(20, java.util.concurrent.TimeUnit.SECONDS);
        NavigationNode connection = app.window().tree().roots().get(0);
        NavigationNode subscription = waitFor(() -> connection.children().stream()
                .filter(n -> n.kind() == NavigationNode.Kind.SUBSCRIPTION).findFirst().orElse(null));
        robot.interact(() -> app.window().tree().hideSubscription(subscription));
        app.flushSettings();
        assertThat(savedSettings().hiddenSubscriptions())
                .containsExactly(subscription.value(dev.adfconsole.model.Subscription.class).subscriptionId());
    }

    @Test
    void chooseSubscriptionsListsEveryOneAndAnUncheckedOneLeavesTheTreeAndTheFleet(FxRobot robot) throws Exception {
        app.window().sandboxConnection().get(20, java.util.concurrent.TimeUnit.SECONDS);
        NavigationNode connection = app.window().tree().roots().get(0);
        waitFor(() -> connection.children().stream().anyMatch(n -> n.kind() == NavigationNode.Kind.SUBSCRIPTION) ? true : null);
        TreeView<NavigationNode> tree = dev.adfconsole.testing.FxWait.navigationTree(robot);
        robot.interact(() -> tree.scrollTo(0));
        javafx.scene.control.TreeCell<?> cell = robot.lookup(".tree-cell").<javafx.scene.control.TreeCell<?>>match(c ->
                c.getItem() == connection && c.getContextMenu() != null).query();
        var menu = cell.getContextMenu();
        robot.interact(() -> menu.show(cell, javafx.geometry.Side.BOTTOM, 0, 0));
        var choose = menu.getItems().stream().filter(i -> "Choose subscriptions…".equals(i.getText())).findFirst().orElseThrow();
        robot.interact(() -> {
            choose.fire();
            menu.hide();
        });

        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<dev.adfconsole.ui.tree.SubscriptionChoiceViewModel.Choice> list = waitFor(() ->
                robot.lookup("#choiceList").tryQueryAs(javafx.scene.control.ListView.class)
                        .filter(l -> !l.getItems().isEmpty()).orElse(null));
        assertThat(list.getItems()).singleElement().satisfies(c -> assertThat(c.label()).startsWith("Data Platform Prod"));
        robot.interact(() -> {
            list.getItems().get(0).shownProperty().set(false);
            robot.lookup("#applyButton").queryButton().fire();
        });

        waitFor(() -> connection.loadStateProperty().get() == NavigationNode.LoadState.LOADED
                && connection.children().stream().noneMatch(n -> n.kind() == NavigationNode.Kind.SUBSCRIPTION) ? true : null);
        assertThat(dev.adfconsole.ui.tree.TreeScopes.fleetScope(connection).orElseThrow().parts())
                .as("the fleet of the connection sweeps no hidden subscription").isEmpty();
        app.flushSettings();
        assertThat(savedSettings().hiddenSubscriptions()).hasSize(1);
        org.testfx.api.FxToolkit.cleanupStages();
    }

    @Test
    void activityLogCollapsesAndComesBack(FxRobot robot) {
        SplitPane split = robot.lookup("#verticalSplit").queryAs(SplitPane.class);

        robot.clickOn("#activityLogToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(split.getItems()).hasSize(1);
        assertThat(robot.lookup("#activityLogPane").tryQuery()).isEmpty();

        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.L)
                .release(javafx.scene.input.KeyCode.L, javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(split.getItems()).hasSize(2);
        assertThat(robot.lookup("#activityLogPane").query().isVisible()).isTrue();
    }

    @Test
    void sizePositionAndSplitsAreRestoredAtNextStart(FxRobot robot) {
        robot.interact(() -> {
            stage.setX(30);
            stage.setY(40);
            stage.setWidth(1000);
            stage.setHeight(650);
            robot.lookup("#mainSplit").queryAs(SplitPane.class).setDividerPositions(0.4);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(stage::hide);
        app.flushSettings();
        Path settingsHome = app.home();

        robot.interact(() -> app = TestApp.open(settingsHome, stage));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.getWidth()).isEqualTo(1000);
        assertThat(stage.getHeight()).isEqualTo(650);
        assertThat(stage.getX()).isEqualTo(30);
        assertThat(robot.lookup("#mainSplit").queryAs(SplitPane.class).getDividerPositions()[0]).isCloseTo(0.4,
                org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void opensOnTheSandboxAndARuntimeShowsItsStatusAndNodes(FxRobot robot) throws Exception {
        app.window().sandboxConnection().get(20, java.util.concurrent.TimeUnit.SECONDS);
        TreeView<NavigationNode> tree = dev.adfconsole.testing.FxWait.navigationTree(robot);
        TreeItem<NavigationNode> connection = waitFor(() -> tree.getRoot().getChildren().stream()
                .filter(i -> i.getValue().labelProperty().get().equals("Sandbox (local)")).findFirst().orElse(null));
        TreeItem<NavigationNode> subscription = expandAndTakeFirst(robot, connection);
        TreeItem<NavigationNode> factory = expandAndTakeFirst(robot, subscription);
        TreeItem<NavigationNode> runtimes = expandAndTakeFirst(robot, factory);
        TreeItem<NavigationNode> runtime = expandAndTakeFirst(robot, runtimes);
        assertThat(runtime.getValue().kind()).isEqualTo(NavigationNode.Kind.RUNTIME);

        robot.interact(() -> tree.getSelectionModel().select(runtime));
        waitFor(() -> robot.lookup("#stateBadge").tryQueryAs(javafx.scene.control.Label.class)
                .filter(l -> !l.getText().isEmpty()).orElse(null));

        assertThat(robot.lookup("#nameLabel").queryLabeled().getText()).isEqualTo(runtime.getValue().labelProperty().get());
        assertThat(robot.lookup("#stateBadge").queryLabeled().getText()).isIn("Online", "Limited", "Offline", "NeedRegistration");
        assertThat(robot.lookup("#typeLabel").queryLabeled().getText()).isEqualTo("SelfHosted");
        assertThat(robot.lookup("#startButton").query().isDisabled()).as("self-hosted runtimes are not started").isTrue();
    }

    @Test
    void theActivityLogOfEarlierSessionsIsShownAndCopiedWithItsRequestId(FxRobot robot) throws Exception {
        app.close();
        Path restarted = home.resolve("restart-" + System.nanoTime());
        java.nio.file.Files.createDirectories(restarted);
        java.nio.file.Files.writeString(restarted.resolve("activity-log.jsonl"), "{\"time\":\"2026-11-20T09:15:00Z\","
                + "\"action\":\"Regenerate authKey1\",\"target\":\"adf-sales-weu-01/shir-sap-gateway\",\"outcome\":\"SUCCEEDED\","
                + "\"duration\":\"PT0.8S\",\"requestId\":\"5f1c0a2e-77aa-4d0c-9d9e-0b3c2b1f9e11\"}\n");
        robot.interact(() -> app = TestApp.open(restarted, stage));
        // Looked up on the JavaFX thread: the sandbox fills the tree meanwhile, and a look-up from this thread can
        // meet a children list in the middle of a change (it failed once so, under load).
        TableView<?> log = WaitForAsyncUtils.asyncFx(() -> robot.lookup("#activityTable").queryTableView()).get();
        assertThat(log.getItems()).hasSize(1);
        assertThat(log.getColumns()).extracting(c -> c.getText())
                .containsExactly("Time", "Action", "Target", "Result", "Duration", "Request id");
        assertThat(WaitForAsyncUtils.asyncFx(() -> robot.lookup("#activityPlaceholder").tryQuery()).get())
                .as("the table replaces the empty log's sentence").isEmpty();
        assertThat(WaitForAsyncUtils.asyncFx(() -> robot.lookup("#activityCountLabel").queryLabeled().getText()).get())
                .isEqualTo("· 1 action in the log");
        assertThat(WaitForAsyncUtils.asyncFx(() -> robot.lookup("#activityLogPane").query().maxHeight(-1)).get())
                .as("with actions in it the log can be made as tall as wanted").isGreaterThan(10_000);

        robot.interact(() -> log.getSelectionModel().select(0));
        robot.clickOn(log).press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.C)
                .release(javafx.scene.input.KeyCode.C, javafx.scene.input.KeyCode.CONTROL);
        String copied = WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).contains("Regenerate authKey1\tadf-sales-weu-01/shir-sap-gateway\tSucceeded\t")
                .endsWith("5f1c0a2e-77aa-4d0c-9d9e-0b3c2b1f9e11").startsWith("2026-11-20T");
    }

    @Test
    void theFilterNarrowsTheLoadedTreeToMatchesByNameOrState(FxRobot robot) throws Exception {
        app.window().sandboxConnection().get(20, java.util.concurrent.TimeUnit.SECONDS);
        TreeView<NavigationNode> tree = dev.adfconsole.testing.FxWait.navigationTree(robot);
        waitFor(() -> shownLabels(tree).stream().anyMatch(l -> l.startsWith("shir-")) ? true : null);
        int before = waitFor(() -> shownLabels(tree)).size();

        robot.clickOn("#treeFilterField").write("limited");
        WaitForAsyncUtils.waitForFxEvents();
        java.util.List<String> shown = waitFor(() -> shownLabels(tree));
        assertThat(shown).contains("Sandbox (local)", "Integration runtimes").hasSizeLessThan(before);
        assertThat(waitFor(() -> stateOfRuntimesShown(tree))).isNotEmpty().containsOnly("Limited");

        robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(waitFor(() -> shownLabels(tree))).hasSize(before);
    }

    /** The labels of the rows the tree shows now; to be read on the FX thread. */
    private static java.util.List<String> shownLabels(TreeView<NavigationNode> tree) {
        return java.util.stream.IntStream.range(0, tree.getExpandedItemCount())
                .mapToObj(tree::getTreeItem).map(i -> i.getValue().labelProperty().get()).toList();
    }

    private static java.util.List<String> stateOfRuntimesShown(TreeView<NavigationNode> tree) {
        return java.util.stream.IntStream.range(0, tree.getExpandedItemCount())
                .mapToObj(tree::getTreeItem).map(TreeItem::getValue).filter(n -> n.kind() == NavigationNode.Kind.RUNTIME)
                .map(n -> n.stateProperty().get()).toList();
    }

    private Settings savedSettings() {
        return new SettingsStore(app.home().resolve("settings.json"), Clock.systemUTC()).load().settings();
    }

    @Test
    void aFirstStartIsCentredAtTheDefaultSizeOrWhatFitsTheScreen() {
        // The window manager's side of it (the size survives mapping) is .ci/test-first-window.sh, on Xvfb with openbox.
        assertThat(MainWindow.centred(new javafx.geometry.Rectangle2D(0, 0, 1400, 900)))
                .isEqualTo(new dev.adfconsole.service.settings.WindowGeometry(60, 50, 1280, 800, false));
        assertThat(MainWindow.centred(new javafx.geometry.Rectangle2D(0, 30, 1024, 610)))
                .isEqualTo(new dev.adfconsole.service.settings.WindowGeometry(0, 30, 1024, 610, false));
    }

    @Test
    void anEmptyActivityLogTakesOnlyWhatItsPlaceholderNeeds(FxRobot robot) throws Exception {
        Node log = robot.lookup("#activityLogPane").query();
        robot.interact(() -> {
            stage.setWidth(dev.adfconsole.service.settings.WindowGeometry.MIN_WIDTH);
            stage.setHeight(dev.adfconsole.service.settings.WindowGeometry.MIN_HEIGHT);
            // Even when asked for half (a divider from a window laid out small, or dragged there).
            robot.lookup("#verticalSplit").queryAs(SplitPane.class).setDividerPositions(0.5);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window().main().activity()).isEmpty();
        assertThat(log.getLayoutBounds().getHeight()).as("the empty log at the smallest window")
                .isLessThanOrEqualTo(MainWindowController.EMPTY_LOG_HEIGHT).isLessThan(stage.getHeight() / 3);
        assertThat(robot.lookup("#activityCountLabel").queryLabeled().getText()).isEqualTo("· 0 actions in the log");
    }

    @Test
    void aFactoryAndASubscriptionShowTheirSummaryWithTheirActions(FxRobot robot) throws Exception {
        app.window().sandboxConnection().get(20, java.util.concurrent.TimeUnit.SECONDS);
        TreeView<NavigationNode> tree = dev.adfconsole.testing.FxWait.navigationTree(robot);
        TreeItem<NavigationNode> factory = waitFor(() -> java.util.stream.IntStream.range(0, tree.getExpandedItemCount())
                .mapToObj(tree::getTreeItem).filter(i -> i.getValue().kind() == NavigationNode.Kind.FACTORY).findFirst().orElse(null));
        robot.interact(() -> tree.getSelectionModel().select(factory));

        String runtimes = waitFor(() -> robot.lookup("#runtimesLabel").tryQueryAs(javafx.scene.control.Label.class)
                .map(javafx.scene.control.Label::getText).filter(t -> t.matches("\\d+ integration runtimes?")).orElse(null));
        int count = Integer.parseInt(runtimes.split(" ")[0]);
        assertThat(robot.lookup("#titleLabel").queryLabeled().getText()).isEqualTo(factory.getValue().labelProperty().get());
        assertThat(robot.lookup("#detailPlaceholder").tryQuery()).as("no 'Select a data factory…' for a factory").isEmpty();
        java.util.List<javafx.scene.control.Label> badges = waitFor(() -> {
            var shown = robot.lookup(".scope-summary .state-badge").queryAllAs(javafx.scene.control.Label.class).stream().toList();
            return shown.stream().mapToInt(b -> Integer.parseInt(b.getText().split(" ")[0])).sum() == count ? shown : null;
        });
        assertThat(badges).allSatisfy(b -> assertThat(b.getAccessibleText()).matches("\\d+ runtimes? \\w+"));
        assertThat(robot.lookup("#pipelinesLabel").queryLabeled().getText()).matches("\\d+ pipelines?");
        assertThat(robot.lookup("#failedRunsLabel").queryLabeled().getText()).contains("in the last 24 hours");
        assertThat(robot.lookup("#summaryRunPipelineButton").queryButton().isVisible()).isTrue();
        assertThat(robot.lookup("#summaryRunMonitorButton").queryButton().isVisible()).isTrue();
        assertThat(robot.lookup("#summaryFleetButton").queryButton().isVisible()).isFalse();

        TreeItem<NavigationNode> subscription = factory.getParent();
        robot.interact(() -> tree.getSelectionModel().select(subscription));
        waitFor(() -> robot.lookup("#factoriesLabel").tryQueryAs(javafx.scene.control.Label.class)
                .map(javafx.scene.control.Label::getText).filter(t -> t.matches("\\d+ factor(y|ies)")).orElse(null));
        assertThat(robot.lookup("#titleLabel").queryLabeled().getText()).isEqualTo(subscription.getValue().labelProperty().get());
        assertThat(robot.lookup("#summaryRunPipelineButton").queryButton().isVisible()).isFalse();
        javafx.scene.control.Button fleet = robot.lookup("#summaryFleetButton").queryButton();
        assertThat(fleet.isVisible()).isTrue();
        robot.interact(fleet::fire);
        waitFor(() -> javafx.stage.Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null
                && s.getTitle().equals("Fleet · " + subscription.getValue().labelProperty().get())).findFirst().orElse(null));
        org.testfx.api.FxToolkit.cleanupStages();
    }
}
