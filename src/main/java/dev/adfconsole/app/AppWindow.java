package dev.adfconsole.app;

import dev.adfconsole.service.Failures;
import dev.adfconsole.service.accounts.SystemBrowser;
import dev.adfconsole.ui.common.FxDialogService;
import dev.adfconsole.ui.common.FxUiTimer;
import dev.adfconsole.ui.signin.AccountDialogs;
import dev.adfconsole.ui.signin.CloudsViewModel;
import dev.adfconsole.ui.signin.SignInDialog;
import dev.adfconsole.ui.signin.SignInViewModel;
import dev.adfconsole.ui.common.FxUiExecutor;
import dev.adfconsole.ui.common.UiExecutor;
import dev.adfconsole.ui.runtime.RuntimeDetailsViewModel;
import dev.adfconsole.ui.shell.MainViewModel;
import dev.adfconsole.ui.shell.MainWindow;
import dev.adfconsole.ui.tree.NavigationNode;
import dev.adfconsole.ui.tree.NavigationTreeViewModel;
import java.util.concurrent.CompletableFuture;
import javafx.stage.Stage;

/**
 * The main window wired to the composition root's services: shown first, then the sandbox starts in the
 * background and appears in the tree as "Sandbox (local)", expanded.
 */
public final class AppWindow {

    public static final String SANDBOX_CONNECTION = "Sandbox (local)";

    private final MainViewModel main;
    private final NavigationTreeViewModel tree;
    private final CompletableFuture<NavigationNode> sandboxConnection;

    private AppWindow(MainViewModel main, NavigationTreeViewModel tree, CompletableFuture<NavigationNode> sandboxConnection) {
        this.main = main;
        this.tree = tree;
        this.sandboxConnection = sandboxConnection;
    }

    /** Must run on the JavaFX thread. */
    public static AppWindow open(CompositionRoot root, Stage stage) {
        return prepare(root).show(stage);
    }

    /**
     * Everything of the main window but showing it: {@link #models} then {@link Models#load}. May run on any thread
     * once the toolkit is up; {@link Prepared#show} then binds and shows it on the JavaFX thread.
     */
    public static Prepared prepare(CompositionRoot root) {
        return models(root).load();
    }

    /**
     * The main window's view models and the services behind its dialogs: nothing of JavaFX's scene graph, so the
     * launcher makes them while the toolkit is still starting (a core is idle then: the toolkit's start is mostly
     * one thread's native set-up).
     */
    public static Models models(CompositionRoot root) {
        // The window's stage, once shown: dialogs and side windows ask for their owner only when they open.
        java.util.concurrent.atomic.AtomicReference<Stage> shown = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.function.Supplier<Stage> stage = shown::get;
        UiExecutor ui = new FxUiExecutor();
        MainViewModel main = root.mainViewModel(ui);
        NavigationTreeViewModel tree = root.treeViewModel(ui);
        FxDialogService dialogs = new FxDialogService(stage::get);
        RuntimeDetailsViewModel runtime = root.runtimeDetailsViewModel(ui, dialogs);
        SystemBrowser system = SystemBrowser.forThisMachine();
        SignInViewModel.Browser browser = new SignInViewModel.Browser() {
            @Override
            public java.util.Optional<String> whyNot() {
                return system.whyNot();
            }

            @Override
            public void open(java.net.URL url) {
                system.open(url);
            }
        };
        // Signed-in accounts by their connection's label, for "Sign in again…".
        java.util.Map<String, dev.adfconsole.service.accounts.AccountService.SignedIn> signedIn = new java.util.HashMap<>();
        class Accounts implements AccountDialogs {
            @Override
            public void signIn(javafx.stage.Window owner) {
                open(owner, null);
            }

            void signInAgain(javafx.stage.Window owner, NavigationTreeViewModel.SignInRequest request) {
                open(owner, request);
            }

            /** {@code again}: the connection (and tenant) whose sign-in lapsed (null for a new sign-in). */
            private void open(javafx.stage.Window owner, NavigationTreeViewModel.SignInRequest again) {
                SignInViewModel model = new SignInViewModel(ui, new FxUiTimer(), root.accounts(), browser, root.signInClouds(),
                        account -> {
                            String name = account.username() + " · " + account.environment().name();
                            // The same account again: no second connection; what failed under it loads again.
                            var existing = tree.roots().stream().filter(n -> n.labelProperty().get().equalsIgnoreCase(name)).findFirst();
                            if (existing.isPresent()) {
                                tree.retryFailed(existing.get());
                                return;
                            }
                            var home = root.connect(account);
                            // One set of services per tenant the account reaches, made when that tenant is first listed;
                            // the home tenant's are the connection's own.
                            java.util.Map<String, dev.adfconsole.service.DataFactoryServices> tenants = new java.util.concurrent.ConcurrentHashMap<>();
                            if (account.tenantId() != null) {
                                tenants.put(account.tenantId().toLowerCase(java.util.Locale.ROOT), home);
                            }
                            NavigationNode node = tree.addConnection(new NavigationTreeViewModel.Connection(name, home, () -> {
                                signedIn.remove(name);
                                return root.accounts().signOut(account);
                            }, tenant -> tenants.computeIfAbsent(tenant.toLowerCase(java.util.Locale.ROOT), t -> root.connect(account, t))));
                            signedIn.put(name, account);
                            tree.open(node, 2);
                        });
                if (again != null) {
                    var account = signedIn.get(again.connection().labelProperty().get());
                    if (account != null) {
                        model.signInAgainAs(account.environment(), account.username(), again.tenantId() == null
                                ? "The sign-in of " + account.username() + " has lapsed."
                                : again.tenantName() + " asks " + account.username() + " to sign in there.", again.tenantId());
                    }
                }
                root.tokenCache().notice().ifPresent(model::showNotice);
                SignInDialog.open(owner, model, browser);
            }

            @Override
            public void clouds(javafx.stage.Window owner) {
                SignInDialog.openClouds(owner, new CloudsViewModel(root.settings(), CompositionRoot.CLIENT_ID));
            }
        }
        Accounts accountDialogs = new Accounts();
        tree.setSignInAgain(request -> accountDialogs.signInAgain(stage.get(), request));
        var runs = root.runWindows(ui, stage::get, dialogs);
        var watch = new dev.adfconsole.ui.watch.WatchView(WatchWiring.connect(root.watchViewModel(ui), tree, runs, stage, main),
                stage::get);
        // While the toolkit starts (a core is idle then), the theme's stylesheet reader and CSS parser.
        dev.adfconsole.ui.common.Themes.warmUp();
        return () -> new Prepared(root, ui, main, tree, watch,
                MainWindow.load(root.fxmlLoaders(main, tree, runtime, runs, accountDialogs, watch), main), shown);
    }

    /** The view models of {@link #models}, ready for their view. */
    @FunctionalInterface
    public interface Models {
        /**
         * Sets the theme and loads the main view from its FXML. Needs the toolkit up; may run on any thread (nothing
         * made here shows yet: the launcher runs it on its main thread while the JavaFX thread loads the theme).
         */
        Prepared load();
    }

    /** The main window ready to be shown: see {@link #prepare}. */
    public static final class Prepared {
        private final CompositionRoot root;
        private final UiExecutor ui;
        private final MainViewModel main;
        private final NavigationTreeViewModel tree;
        private final dev.adfconsole.ui.watch.WatchView watch;
        private final dev.adfconsole.ui.common.FxmlLoaderFactory.Loaded<dev.adfconsole.ui.shell.MainWindowController> view;
        private final java.util.concurrent.atomic.AtomicReference<Stage> stage;

        private Prepared(CompositionRoot root, UiExecutor ui, MainViewModel main, NavigationTreeViewModel tree,
                         dev.adfconsole.ui.watch.WatchView watch,
                         dev.adfconsole.ui.common.FxmlLoaderFactory.Loaded<dev.adfconsole.ui.shell.MainWindowController> view,
                         java.util.concurrent.atomic.AtomicReference<Stage> stage) {
            this.root = root;
            this.ui = ui;
            this.main = main;
            this.tree = tree;
            this.watch = watch;
            this.view = view;
            this.stage = stage;
        }

        /** Must run on the JavaFX thread; once. */
        public AppWindow show(Stage stage) {
            this.stage.set(stage);
            return AppWindow.show(root, ui, main, tree, watch, view, stage);
        }
    }

    private static AppWindow show(CompositionRoot root, UiExecutor ui, MainViewModel main, NavigationTreeViewModel tree,
                                  dev.adfconsole.ui.watch.WatchView watch,
                                  dev.adfconsole.ui.common.FxmlLoaderFactory.Loaded<dev.adfconsole.ui.shell.MainWindowController> view,
                                  Stage stage) {
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> watch.close());
        MainWindow window = MainWindow.show(stage, view, main);
        main.statusProperty().set("Starting the sandbox…");
        CompletableFuture<NavigationNode> connection = new CompletableFuture<>();
        // Nothing but the window competes for the CPU until its first frame is drawn.
        CompletableFuture<Void> firstFrame = window.firstFrame();
        // Endpoints from the command line need no sandbox: they are in the tree from the first frame on.
        root.fixedEndpoints().forEach(endpoint -> tree.addConnection(endpoint.getKey(), endpoint.getValue()));
        firstFrame.thenRun(watch::detectDesktop);
        firstFrame.thenCompose(shown -> root.startSandbox()).whenComplete((services, failure) -> ui.execute(() -> {
            if (failure != null) {
                main.statusProperty().set("The sandbox did not start: " + Failures.describe(failure));
                connection.completeExceptionally(failure);
                return;
            }
            NavigationNode node = tree.addConnection(SANDBOX_CONNECTION, services);
            tree.open(node, 4);
            main.statusProperty().set("Ready · sandbox at " + services.connection().environment().resourceManagerEndpoint());
            connection.complete(node);
        }));
        return new AppWindow(main, tree, connection);
    }

    public MainViewModel main() {
        return main;
    }

    public NavigationTreeViewModel tree() {
        return tree;
    }

    /** Completes when the sandbox is in the tree. */
    public CompletableFuture<NavigationNode> sandboxConnection() {
        return sandboxConnection;
    }
}
