package dev.adfconsole.ui.shell;

import dev.adfconsole.service.activity.ActivityEntry;
import dev.adfconsole.service.settings.Appearance;
import dev.adfconsole.ui.common.Themes;
import dev.adfconsole.ui.runmonitor.RunWindows;
import dev.adfconsole.ui.runtime.RuntimeDetailsViewModel;
import dev.adfconsole.ui.tree.NavigationNode;
import dev.adfconsole.ui.tree.NavigationTreeBinder;
import dev.adfconsole.ui.tree.NavigationTreeViewModel;
import dev.adfconsole.ui.tree.TreeScopes;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Binds the main window's controls to {@link MainViewModel} and forwards gestures; holds no state of its own. */
public final class MainWindowController {

    private final MainViewModel model;
    private final NavigationTreeViewModel tree;
    private final RuntimeDetailsViewModel runtime;
    private final Supplier<Parent> runtimePane;
    private final RunWindows runs;
    private final dev.adfconsole.ui.signin.AccountDialogs accounts;
    private final dev.adfconsole.ui.fleet.FleetWindow fleet;
    private final dev.adfconsole.ui.runs.RunsWindows scopeRuns;
    @FXML private Button runPipelineButton;
    @FXML private Button runMonitorButton;
    @FXML private Button fleetButton;
    @FXML private Button runsButton;
    @FXML private Button notificationsButton;
    private final dev.adfconsole.ui.watch.WatchView watch;
    @FXML private javafx.scene.control.MenuItem runPipelineItem;
    @FXML private javafx.scene.control.MenuItem runMonitorItem;
    @FXML private javafx.scene.control.MenuItem fleetItem;
    @FXML private javafx.scene.control.MenuItem refreshItem;
    private Parent loadedRuntimePane;
    /** The factory and subscription summary, made when first needed (not before the first frame). */
    private dev.adfconsole.ui.summary.ScopeSummaryViewModel summary;
    private Parent summaryPane;
    private double hiddenLogDivider;
    static final double EMPTY_LOG_HEIGHT = 130;

    @FXML private TreeView<NavigationNode> navigationTree;
    @FXML private VBox navigationPane;
    @FXML private javafx.scene.layout.Region navigationTreePlace;
    @FXML private javafx.scene.control.TextField treeFilterField;
    @FXML private StackPane detailArea;
    @FXML private Label detailPlaceholder;
    @FXML private Button refreshButton;

    @FXML private RadioMenuItem lightThemeItem;
    @FXML private RadioMenuItem darkThemeItem;
    @FXML private CheckMenuItem activityLogItem;
    @FXML private CheckMenuItem tokenFileItem;
    @FXML private ToggleButton darkThemeToggle;
    @FXML private ToggleButton activityLogToggle;
    @FXML private VBox topBar;
    @FXML private HBox noticeBar;
    @FXML private javafx.scene.control.ToolBar toolBar;
    @FXML private Button dismissNoticeButton;
    @FXML private Label noticeLabel;
    @FXML private SplitPane verticalSplit;
    @FXML private SplitPane mainSplit;
    @FXML private VBox activityLogPane;
    @FXML private Label activityPlaceholder;
    @FXML private Label statusLabel;
    @FXML private Label activityCountLabel;
    @FXML private Label refreshLabel;
    @FXML private javafx.scene.control.Menu autoRefreshMenu;

    public MainWindowController(MainViewModel model, NavigationTreeViewModel tree, RuntimeDetailsViewModel runtime,
                                Supplier<Parent> runtimePane,
                                RunWindows runs, dev.adfconsole.ui.signin.AccountDialogs accounts,
                                dev.adfconsole.ui.fleet.FleetWindow fleet, dev.adfconsole.ui.runs.RunsWindows scopeRuns,
                                dev.adfconsole.ui.watch.WatchView watch) {
        this.scopeRuns = scopeRuns;
        this.watch = watch;
        this.runs = runs;
        this.fleet = fleet;
        this.accounts = accounts;
        this.model = model;
        this.tree = tree;
        this.runtime = runtime;
        this.runtimePane = runtimePane;
    }

    /**
     * Binds the controls to the view models. Called by {@link MainWindow#show} on the JavaFX thread, not by the
     * FXML loader: the view may be loaded on another thread, and listeners, timers and bindings belong to this one.
     */
    void bind() {
        bindAppearance();
        bindActivityLog();
        AutoRefresh.bind(model, autoRefreshMenu, refreshLabel, this::refreshVisible);
        tokenFileItem.selectedProperty().bindBidirectional(model.unprotectedTokenFileProperty());
        noticeLabel.textProperty().bind(model.noticeProperty());
        showNoticeBar(model.noticeProperty().get());
        model.noticeProperty().addListener((obs, old, notice) -> showNoticeBar(notice));
        statusLabel.textProperty().bind(model.statusProperty());
        activityCountLabel.textProperty().bind(Bindings.createStringBinding(() -> ActivityLogFormat.count(model.activity().size()),
                model.activity()));
        NavigationTreeBinder.bind(navigationTree, tree, new TreeActions(tree, runtime, this::runPipeline, this::runMonitor,
                this::openRuns,
                node -> dev.adfconsole.ui.tree.SubscriptionChoiceWindow.open(mainSplit.getScene().getWindow(),
                        new dev.adfconsole.ui.tree.SubscriptionChoiceViewModel(new dev.adfconsole.ui.common.FxUiExecutor(), tree, node)),
                watch.model())::itemsFor);
        notificationsButton.textProperty().bind(Bindings.when(watch.model().unreadProperty().isEqualTo(0))
                .then("Notifications").otherwise(watch.model().unreadProperty().asString("Notifications (%d)")));
        notificationsButton.setOnAction(e -> watch.openArea());
        treeFilterField.textProperty().bindBidirectional(tree.filter().textProperty());
        treeFilterField.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                treeFilterField.clear();
            } else if (e.getCode() == javafx.scene.input.KeyCode.DOWN) {
                navigationTree.requestFocus();
            }
        });
        navigationTree.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.F,
                        javafx.scene.input.KeyCombination.SHORTCUT_DOWN), treeFilterField::requestFocus);
            }
        });
        tree.selectedProperty().addListener((obs, old, node) -> showDetails(node));
        refreshButton.disableProperty().bind(tree.selectedProperty().isNull());
        refreshButton.setOnAction(e -> tree.refreshSelected());
        var factory = Bindings.createObjectBinding(() -> tree.selectedProperty().get() == null ? null
                : TreeScopes.factoryOf(tree.selectedProperty().get()).orElse(null), tree.selectedProperty());
        runPipelineButton.disableProperty().bind(factory.isNull());
        runPipelineButton.setOnAction(e -> runPipeline());
        runMonitorButton.disableProperty().bind(factory.isNull());
        runMonitorButton.setOnAction(e -> runMonitor());
        fleetButton.disableProperty().bind(Bindings.createBooleanBinding(() -> tree.selectedProperty().get() == null
                || TreeScopes.fleetScope(tree.selectedProperty().get()).isEmpty(), tree.selectedProperty()));
        fleetButton.setOnAction(e -> openFleet(tree.selectedProperty().get()));
        runsButton.disableProperty().bind(Bindings.createBooleanBinding(() -> tree.selectedProperty().get() == null
                || RunsScopes.of(tree.selectedProperty().get()).isEmpty(), tree.selectedProperty()));
        runsButton.setOnAction(e -> openRuns(tree.selectedProperty().get()));
        // The Actions menu does what the toolbar does, when the toolbar would.
        for (var pair : java.util.List.of(java.util.Map.entry(runPipelineItem, runPipelineButton), java.util.Map.entry(runMonitorItem, runMonitorButton),
                java.util.Map.entry(fleetItem, fleetButton), java.util.Map.entry(refreshItem, refreshButton))) {
            pair.getKey().disableProperty().bind(pair.getValue().disableProperty());
            pair.getKey().setOnAction(e -> pair.getValue().fire());
        }
    }

    /** The runs of every factory of a connection, subscription or factory (a connection's subscriptions load first). */
    private void openRuns(NavigationNode node) {
        if (node.kind() == NavigationNode.Kind.CONNECTION) {
            tree.expand(node);
        }
        node.whenLoaded(state -> RunsScopes.of(node).ifPresent(scope -> scopeRuns.open(mainSplit.getScene().getWindow(),
                scope.key(), scope.title(), scope.targets())));
    }

    /**
     * The fleet of a connection or subscription. A connection's subscriptions are loaded first (as if opened), so
     * the fleet covers what the tree shows and no hidden subscription.
     */
    private void openFleet(NavigationNode node) {
        if (node.kind() == NavigationNode.Kind.CONNECTION) {
            tree.expand(node);
        }
        node.whenLoaded(state -> TreeScopes.fleetScope(node).ifPresent(this::openFleet));
    }

    /** Double-click on a runtime in the fleet brings it up here, in the tree. */
    private void openFleet(TreeScopes.FleetScope scope) {
        var window = mainSplit.getScene().getWindow();
        fleet.open(window, "Fleet · " + scope.title(), new dev.adfconsole.ui.fleet.FleetViewModel.Scope(scope.key(),
                scope.parts().stream().map(p -> new dev.adfconsole.ui.fleet.FleetViewModel.Target(p.services(), p.subscriptions())).toList()),
                runtime -> {
            if (window instanceof javafx.stage.Stage stage) {
                stage.toFront();
            }
            tree.reveal(scope.connection(), runtime).whenComplete((node, failure) -> {
                if (failure != null) {
                    javafx.application.Platform.runLater(() -> model.statusProperty().set("Cannot open " + runtime.name()
                            + " in the tree: " + (failure.getCause() != null ? failure.getCause() : failure).getMessage()));
                }
            });
        });
    }

    /** Auto-refresh: the states in open runtime folders and the runtime pane, unless the window is minimised. */
    private boolean refreshVisible() {
        var window = mainSplit.getScene() == null ? null : mainSplit.getScene().getWindow();
        if (window instanceof javafx.stage.Stage stage && stage.isIconified()) {
            return false;
        }
        tree.refreshVisibleStates();
        if (loadedRuntimePane != null && detailArea.getChildren().contains(loadedRuntimePane)) {
            runtime.refresh();
        }
        return true;
    }


    private void runMonitor() {
        TreeScopes.factoryOf(tree.selectedProperty().get())
                .ifPresent(f -> runs.monitor(f.connection().services(), f.factory(), null));
    }

    /** A selected pipeline opens its dialog; anywhere else in a factory, a pipeline is picked first. */
    private void runPipeline() {
        NavigationNode node = tree.selectedProperty().get();
        if (node.kind() == NavigationNode.Kind.PIPELINE) {
            var item = node.value(NavigationTreeViewModel.PipelineItem.class);
            runs.runDialog(mainSplit.getScene().getWindow(), item.connection().services(), item.factory(), item.pipeline(), null, false);
        } else {
            TreeScopes.factoryOf(node).ifPresent(f -> runs.pickAndRun(f.connection().services(), f.factory()));
        }
    }

    /** The detail area follows the selection: a runtime's pane, or a line saying what to select. */
    private void showDetails(NavigationNode node) {
        if (node != null && node.kind() == NavigationNode.Kind.RUNTIME) {
            NavigationTreeViewModel.RuntimeItem item = node.value(NavigationTreeViewModel.RuntimeItem.class);
            runtime.show(new RuntimeDetailsViewModel.Target(item.connection().services(), item.ref(), item.resource().properties()));
            if (loadedRuntimePane == null) {
                loadedRuntimePane = runtimePane.get();
            }
            detailArea.getChildren().setAll(loadedRuntimePane);
            showSummary(null);
        } else if (node != null && (node.kind() == NavigationNode.Kind.FACTORY || node.kind() == NavigationNode.Kind.SUBSCRIPTION)) {
            showSummary(node);
        } else {
            detailArea.getChildren().setAll(detailPlaceholder);
            showSummary(null);
        }
    }

    /** A factory's or subscription's summary in the detail area; null stops the one shown from loading further. */
    private void showSummary(NavigationNode node) {
        if (node == null) {
            if (summary != null) {
                summary.show(null);
            }
            return;
        }
        if (summary == null) {
            summary = new dev.adfconsole.ui.summary.ScopeSummaryViewModel(new dev.adfconsole.ui.common.FxUiExecutor(),
                    java.time.Clock.systemDefaultZone());
            var model = summary;
            var actions = new dev.adfconsole.ui.summary.ScopeSummaryController.Actions() {
                @Override
                public void runPipeline() {
                    MainWindowController.this.runPipeline();
                }

                @Override
                public void runMonitor(dev.adfconsole.service.FactoryRef factory, String runId) {
                    runs.monitor(model.scopeProperty().get().services(), factory, runId);
                }

                @Override
                public void fleet() {
                    openFleet(tree.selectedProperty().get());
                }
            };
            summaryPane = dev.adfconsole.ui.common.FxmlLoaderFactory.loadWith(dev.adfconsole.ui.common.FxmlFile.SCOPE_SUMMARY,
                    dev.adfconsole.ui.summary.ScopeSummaryController.class,
                    () -> new dev.adfconsole.ui.summary.ScopeSummaryController(model, actions)).root();
        }
        if (node.kind() == NavigationNode.Kind.FACTORY) {
            TreeScopes.factoryOf(node).ifPresent(f -> summary.show(
                    dev.adfconsole.ui.summary.ScopeSummaryViewModel.Scope.factory(f.connection().services(), f.factory())));
        } else {
            var subscription = node.value(dev.adfconsole.model.Subscription.class);
            TreeScopes.fleetScope(node).ifPresent(scope -> summary.show(dev.adfconsole.ui.summary.ScopeSummaryViewModel.Scope
                    .subscription(scope.parts().get(0).services(), subscription.subscriptionId(), subscription.displayName())));
        }
        detailArea.getChildren().setAll(summaryPane);
    }

    private void bindAppearance() {
        // The theme in use when the window opened is applied by MainWindow, before any control existed.
        showAppearance(model.appearanceProperty().get());
        model.appearanceProperty().addListener((obs, old, value) -> {
            Themes.apply(value);
            showAppearance(value);
        });
        lightThemeItem.setOnAction(e -> model.appearanceProperty().set(Appearance.LIGHT));
        darkThemeItem.setOnAction(e -> model.appearanceProperty().set(Appearance.DARK));
        darkThemeToggle.setOnAction(e -> model.toggleAppearance());
    }

    private void showAppearance(Appearance value) {
        lightThemeItem.setSelected(value == Appearance.LIGHT);
        darkThemeItem.setSelected(value == Appearance.DARK);
        darkThemeToggle.setSelected(value == Appearance.DARK);
    }

    private void bindActivityLog() {
        activityLogItem.selectedProperty().bindBidirectional(model.activityLogVisibleProperty());
        activityLogToggle.selectedProperty().bindBidirectional(model.activityLogVisibleProperty());
        hiddenLogDivider = model.savedActivityLogDivider();
        // Empty, the log needs its title, its header and the line saying what will appear there, not a share of the
        // window: at the minimum window size its share was nearly half of it.
        activityLogPane.maxHeightProperty().bind(Bindings.when(Bindings.isEmpty(model.activity()))
                .then(EMPTY_LOG_HEIGHT).otherwise(Double.MAX_VALUE));
        showActivityLog(model.activityLogVisibleProperty().get());
        model.activityLogVisibleProperty().addListener((obs, old, visible) -> showActivityLog(visible));
        if (model.activity().isEmpty()) {
            model.activity().addListener(new javafx.collections.ListChangeListener<ActivityEntry>() {
                @Override
                public void onChanged(Change<? extends ActivityEntry> change) {
                    if (!change.getList().isEmpty()) {
                        model.activity().removeListener(this);
                        showActivityTable();
                    }
                }
            });
        } else {
            showActivityTable();
        }
    }

    private void showActivityTable() {
        activityLogPane.getChildren().set(activityLogPane.getChildren().indexOf(activityPlaceholder),
                ActivityLogTable.create(model.activity()));
    }

    /** A hidden SplitPane item would still show its divider, so the log pane is taken out of the split instead. */
    private void showActivityLog(boolean visible) {
        if (visible && !verticalSplit.getItems().contains(activityLogPane)) {
            verticalSplit.getItems().add(activityLogPane);
            verticalSplit.setDividerPositions(hiddenLogDivider);
        } else if (!visible && verticalSplit.getItems().contains(activityLogPane)) {
            hiddenLogDivider = verticalSplit.getDividerPositions()[0];
            verticalSplit.getItems().remove(activityLogPane);
        }
    }


    void restoreDividers(double navigation, double activityLog) {
        mainSplit.setDividerPositions(navigation);
        hiddenLogDivider = activityLog;
        if (verticalSplit.getItems().contains(activityLogPane)) {
            verticalSplit.setDividerPositions(activityLog);
        }
    }

    double navigationDivider() {
        return mainSplit.getDividerPositions()[0];
    }

    double activityLogDivider() {
        return verticalSplit.getItems().contains(activityLogPane) ? verticalSplit.getDividerPositions()[0] : hiddenLogDivider;
    }

    /**
     * What the first frame does without: the tree (a region styled as it held its place; on most starts the tree is
     * empty then, the sandbox starts after this frame) and the toolbar's tooltips (their words are the controls'
     * accessible help).
     */
    void afterFirstFrame() {
        navigationPane.getChildren().set(navigationPane.getChildren().indexOf(navigationTreePlace), navigationTree);
        dev.adfconsole.ui.common.HelpTooltips.install(toolBar.getItems());
        dev.adfconsole.ui.common.HelpTooltips.install(java.util.List.of(dismissNoticeButton));
    }

    /** Under the toolbar while there is a notice; out of the scene otherwise. */
    private void showNoticeBar(String notice) {
        boolean show = notice != null && !notice.isEmpty();
        if (show && !topBar.getChildren().contains(noticeBar)) {
            topBar.getChildren().add(noticeBar);
        } else if (!show) {
            topBar.getChildren().remove(noticeBar);
        }
    }

    @FXML
    private void dismissNotice() {
        model.dismissNotice();
    }

    @FXML
    private void signIn() {
        accounts.signIn(mainSplit.getScene().getWindow());
    }

    @FXML
    private void clouds() {
        accounts.clouds(mainSplit.getScene().getWindow());
    }

    @FXML
    private void showAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION, model.about().text());
        about.setTitle("About ADF Console");
        about.setHeaderText("ADF Console");
        about.initOwner(mainSplit.getScene().getWindow());
        about.show();
    }

    @FXML
    private void exit() {
        // Hiding (not Platform.exit) so the window's hiding handler remembers the layout on every way out.
        mainSplit.getScene().getWindow().hide();
    }
}
