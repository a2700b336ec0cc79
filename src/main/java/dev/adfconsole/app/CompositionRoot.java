package dev.adfconsole.app;

import dev.adfconsole.service.activity.ActivityLog;
import dev.adfconsole.service.activity.ActivityLogStore;
import dev.adfconsole.service.accounts.AccountService;
import dev.adfconsole.service.accounts.AuthorityHttpClient;
import dev.adfconsole.service.accounts.MsalSignIn;
import dev.adfconsole.service.accounts.TokenCacheStore;
import dev.adfconsole.service.settings.AppPaths;
import dev.adfconsole.service.settings.SettingsService;
import dev.adfconsole.service.settings.SettingsStore;
import dev.adfconsole.ui.common.FxmlLoaderFactory;
import dev.adfconsole.ui.common.UiExecutor;
import dev.adfconsole.ui.shell.AboutInfo;
import dev.adfconsole.ui.shell.MainViewModel;
import dev.adfconsole.ui.shell.MainWindowController;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adfconsole.arm.ArmClient;
import dev.adfconsole.arm.ArmClientOptions;
import dev.adfconsole.arm.ArmEnvironment;
import dev.adfconsole.arm.ArmLimitsMemory;
import dev.adfconsole.arm.StaticTokenProvider;
import dev.adfconsole.sandbox.SandboxOptions;
import dev.adfconsole.sandbox.SandboxServer;
import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.ui.common.DialogService;
import dev.adfconsole.ui.common.FxClipboard;
import dev.adfconsole.ui.common.FxUiTimer;
import dev.adfconsole.ui.common.FxmlFile;
import dev.adfconsole.ui.node.NodeDetailsController;
import dev.adfconsole.ui.runmonitor.RunWindows;
import dev.adfconsole.ui.runtime.RuntimeDetailsController;
import dev.adfconsole.ui.runtime.RuntimeDetailsViewModel;
import dev.adfconsole.ui.tree.NavigationTreeViewModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one place the object graph is built, by constructor. Nothing else creates services or view models, and
 * nothing reaches them through statics: what a part needs is handed to it here.
 */
public final class CompositionRoot implements AutoCloseable {

    private static final int ACTIVITY_LOG_CAPACITY = 5_000;
    /** The window's sandbox: the same seeded fleet on every start, so what a user sees is reproducible. */
    /** The window's sandbox: the default fleet, and a partner tenant the sandbox's user is a guest in. */
    static final SandboxOptions DEFAULT_SANDBOX = SandboxOptions.defaults().withSeed(42)
            .withFleet(dev.adfconsole.sandbox.fleet.FleetSpec.DEFAULT.withGuestTenant());

    private final AppPaths paths;
    private final String version;
    private final SettingsService settings;
    private final ActivityLog activityLog = new ActivityLog(ACTIVITY_LOG_CAPACITY);
    private double watchCallsPerSecond = dev.adfconsole.service.watch.WatchPoller.CALLS_PER_SECOND;
    private Duration watchMinRound = dev.adfconsole.service.watch.WatchPoller.MIN_ROUND;
    /** The watch list's poller: one tick at a time, never more (see WatchPoller). */
    private final java.util.concurrent.ScheduledExecutorService watchScheduler =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "watch-poller");
                thread.setDaemon(true);
                return thread;
            });
    private final Clock clock;
    /** Made at the first connection (after the first frame): OkHttp and Kotlin's classes are not needed before it. */
    private ArmClient armClient;
    private final ActivityLogStore activityLogStore;
    private final AccountService accounts = new AccountService(this::signInFor);
    private TokenCacheStore.Opened tokenCache;
    private final java.util.List<java.util.Map.Entry<String, DataFactoryServices>> fixedEndpoints = new java.util.ArrayList<>();
    private final AtomicReference<SandboxServer> sandbox = new AtomicReference<>();
    private final SandboxOptions sandboxOptions;

    public CompositionRoot(AppPaths paths, String version, Clock clock) {
        this(paths, version, clock, DEFAULT_SANDBOX);
    }

    public CompositionRoot(AppPaths paths, String version, Clock clock, SandboxOptions sandboxOptions) {
        this.sandboxOptions = sandboxOptions;
        this.paths = paths;
        this.version = version;
        this.settings = new SettingsService(new SettingsStore(paths.settingsFile(), clock));
        this.clock = clock;
        this.activityLogStore = ActivityLogStore.open(paths.activityLogFile(), activityLog);
    }

    /**
     * The ARM client's own mapper, made with it at the first connection (Jackson's set-up for the models is not needed
     * before): the client reads answers and the services read list items with one mapper, whose readers are built once.
     */
    private ObjectMapper mapper() {
        return armClient().options().mapper();
    }

    private synchronized ArmClient armClient() {
        if (armClient == null) {
            armClient = new ArmClient(ArmClientOptions.defaults(version), new ArmLimitsMemory(paths.armLimitsFile()));
        }
        return armClient;
    }

    /** The tree, with the subscriptions the user hid kept in settings. */
    public NavigationTreeViewModel treeViewModel(UiExecutor ui) {
        NavigationTreeViewModel tree = new NavigationTreeViewModel(ui);
        tree.hiddenSubscriptions().addAll(settings.current().hiddenSubscriptions());
        tree.hiddenSubscriptions().addListener((javafx.collections.SetChangeListener<String>) change ->
                settings.update(s -> s.withHiddenSubscriptions(new java.util.TreeSet<>(tree.hiddenSubscriptions()))));
        return tree;
    }

    public RuntimeDetailsViewModel runtimeDetailsViewModel(UiExecutor ui, DialogService dialogs) {
        return new RuntimeDetailsViewModel(ui, dialogs, new FxUiTimer(), new FxClipboard());
    }

    /**
     * Public client id the sign-in uses: Azure CLI's, which every tenant already trusts for ARM; an organisation that
     * wants its own registers a public client app with the redirect http://localhost (see the README).
     */
    public static final String CLIENT_ID = "04b07795-8ddb-461a-bbee-02f9e1bf7b46";
    /** The name MSAL is given for the sandbox's authority (MSAL takes only https authorities). */
    static final java.net.URI SANDBOX_AUTHORITY = java.net.URI.create("https://login.sandbox.local");

    /** Accounts across clouds; for the sandbox, MSAL talks to the sandbox's own authority. */
    public AccountService accounts() {
        return accounts;
    }

    /** The clouds the sign-in dialog offers: Azure's three and, once it runs, the sandbox. */
    public java.util.List<ArmEnvironment> signInClouds() {
        java.util.List<ArmEnvironment> clouds = new java.util.ArrayList<>(ArmEnvironment.KNOWN);
        settings.current().customClouds().forEach(c -> clouds.add(ArmEnvironment.custom(c.name(),
                java.net.URI.create(c.resourceManagerEndpoint()), c.armScope(), java.net.URI.create(c.authorityHost()))));
        sandbox().ifPresent(server -> clouds.add(sandboxCloud(server)));
        return clouds;
    }

    /** The ARM services of a signed-in account, as a tree connection. */
    public DataFactoryServices connect(AccountService.SignedIn account) {
        return new DataFactoryServices(armClient().connect(account.environment(), account.tokens()), mapper(), activityLog, clock);
    }

    /** The same account's services in another tenant, with that tenant's tokens. */
    public DataFactoryServices connect(AccountService.SignedIn account, String tenantId) {
        return new DataFactoryServices(armClient().connect(account.environment(), accounts.tokensFor(account, tenantId)),
                mapper(), activityLog, clock);
    }

    private static ArmEnvironment sandboxCloud(SandboxServer server) {
        return ArmEnvironment.custom("Sandbox (local)", server.baseUri(), ArmEnvironment.AZURE_CLOUD.armScope(), SANDBOX_AUTHORITY);
    }

    private MsalSignIn signInFor(ArmEnvironment cloud) {
        SandboxServer server = sandbox.get();
        if (server != null && cloud.equals(sandboxCloud(server))) {
            // The sandbox's accounts are for trying the app: they live in memory and never mix with real ones.
            return new MsalSignIn(cloud, CLIENT_ID, SANDBOX_AUTHORITY + "/" + server.tenantId() + "/",
                    new AuthorityHttpClient(SANDBOX_AUTHORITY, server.baseUri()), null);
        }
        // "organizations": any work or school account; its home tenant is where the first token comes from.
        String clientId = settings.current().clientId() == null ? CLIENT_ID : settings.current().clientId();
        return new MsalSignIn(cloud, clientId, cloud.authorityHost() + "/organizations/", null, tokenCache().cache());
    }

    /** Opened at the first sign-in, never before the window is up: keyring, an allowed owner-only file, or memory. */
    public synchronized TokenCacheStore.Opened tokenCache() {
        if (tokenCache == null) {
            tokenCache = TokenCacheStore.open(paths.home().resolve("tokens"), settings.current().unprotectedTokenFile(),
                    System.getProperty("os.name", ""));
        }
        return tokenCache;
    }

    /** An endpoint given on the command line, shown as a connection beside the sandbox. */
    public void addFixedEndpoint(java.net.URI endpoint, String token) {
        ArmEnvironment environment = FixedEndpoint.environment("Endpoint " + endpoint.getHost(), endpoint);
        fixedEndpoints.add(java.util.Map.entry(environment.name(), new DataFactoryServices(
                armClient().connect(environment, new StaticTokenProvider(token)), mapper(), activityLog, clock)));
    }

    /** Connections from the command line (name → services), in the order given. */
    public java.util.List<java.util.Map.Entry<String, DataFactoryServices>> fixedEndpoints() {
        return java.util.List.copyOf(fixedEndpoints);
    }

    /** The built-in sandbox once started: tests script its faults, the bench sizes its fleet. */
    public java.util.Optional<SandboxServer> sandbox() {
        return java.util.Optional.ofNullable(sandbox.get());
    }

    public SettingsService settings() {
        return settings;
    }

    public ActivityLog activityLog() {
        return activityLog;
    }

    public MainViewModel mainViewModel(UiExecutor ui) {
        return new MainViewModel(settings, activityLog, ui,
                new AboutInfo(version, paths.settingsFile(), paths.logDirectory()));
    }

    /** The run dialogs and monitors, owned by the main window. */
    public RunWindows runWindows(UiExecutor ui, Supplier<javafx.stage.Window> mainWindow, DialogService dialogs) {
        return new RunWindows(ui, mainWindow, dialogs, clock);
    }

    /**
     * The watch list and its poller (one for the app, on a daemon thread of its own; stopped by {@link #close}).
     * Events reach the view model, which hands them to the UI thread.
     */
    public dev.adfconsole.ui.watch.WatchViewModel watchViewModel(UiExecutor ui) {
        dev.adfconsole.ui.watch.WatchViewModel[] model = new dev.adfconsole.ui.watch.WatchViewModel[1];
        var poller = new dev.adfconsole.service.watch.WatchPoller(watchScheduler, clock, event -> model[0].raise(event),
                watchCallsPerSecond, watchMinRound);
        model[0] = new dev.adfconsole.ui.watch.WatchViewModel(ui, settings, poller);
        return model[0];
    }

    /** Another pace for the watch list's polling (UI tests, which cannot wait a 30-second round). */
    public void setWatchPace(double callsPerSecond, Duration minRound) {
        this.watchCallsPerSecond = callsPerSecond;
        this.watchMinRound = minRound;
    }

    /** The FXML loader for views whose controllers take these view models. */
    public FxmlLoaderFactory fxmlLoaders(MainViewModel main, NavigationTreeViewModel tree, RuntimeDetailsViewModel runtime,
                                         RunWindows runs, dev.adfconsole.ui.signin.AccountDialogs accountDialogs,
                                         dev.adfconsole.ui.watch.WatchView watch) {
        FxmlLoaderFactory[] loaders = new FxmlLoaderFactory[1];
        Map<Class<?>, Supplier<?>> controllers = Map.of(
                MainWindowController.class, () -> new MainWindowController(main, tree, runtime,
                        () -> loaders[0].load(FxmlFile.RUNTIME_DETAILS, RuntimeDetailsController.class).root(),
                        runs, accountDialogs, new dev.adfconsole.ui.fleet.FleetWindow(clock,
                                new dev.adfconsole.service.inventory.FleetCache(paths.fleetCacheDirectory())),
                        new dev.adfconsole.ui.runs.RunsWindows(new dev.adfconsole.ui.common.FxUiExecutor(), clock), watch),
                RuntimeDetailsController.class, () -> new RuntimeDetailsController(runtime),
                NodeDetailsController.class, () -> new NodeDetailsController(runtime.nodeDetails(), clock));
        loaders[0] = new FxmlLoaderFactory(controllers);
        return loaders[0];
    }

    /**
     * Starts the built-in sandbox on a free loopback port and connects to it with a token it issued. Runs on a
     * background thread: the window is up before the sandbox is.
     */
    public CompletableFuture<DataFactoryServices> startSandbox() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                SandboxServer server = SandboxServer.start(sandboxOptions);
                sandbox.set(server);
                ArmEnvironment environment = ArmEnvironment.custom("Sandbox", server.baseUri(),
                        "https://management.azure.com/.default", server.baseUri());
                return new DataFactoryServices(armClient().connect(environment,
                        new StaticTokenProvider(server.issueToken(Duration.ofDays(7)))), mapper(), activityLog, clock);
            } catch (IOException e) {
                throw new UncheckedIOException("The sandbox could not start: " + e.getMessage(), e);
            }
        });
    }

    /** Stops the sandbox and the HTTP client, and waits for pending settings writes; called once the window is gone. */
    @Override
    public void close() {
        SandboxServer server = sandbox.getAndSet(null);
        if (server != null) {
            server.close();
        }
        watchScheduler.shutdownNow();
        ArmClient client;
        synchronized (this) {
            client = armClient;
        }
        if (client != null) {
            client.close();
        }
        activityLogStore.close();
        settings.close();
    }
}
