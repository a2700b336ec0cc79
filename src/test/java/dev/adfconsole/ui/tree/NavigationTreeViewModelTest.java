package dev.adfconsole.ui.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.arm.ArmClient;
import dev.adfconsole.arm.ArmClientOptions;
import dev.adfconsole.arm.ArmEnvironment;
import dev.adfconsole.arm.StaticTokenProvider;
import dev.adfconsole.model.ModelJson;
import dev.adfconsole.sandbox.SandboxOptions;
import dev.adfconsole.sandbox.SandboxServer;
import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.activity.ActivityLog;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The tree's levels load lazily from a real sandbox; failures show the reason with a Retry. No window. */
class NavigationTreeViewModelTest {

    private SandboxServer sandbox;
    private ArmClient client;
    private DataFactoryServices services;
    private final ConcurrentLinkedQueue<Runnable> uiQueue = new ConcurrentLinkedQueue<>();
    private NavigationTreeViewModel tree;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.defaults());
        client = new ArmClient(ArmClientOptions.defaults("test"));
        services = new DataFactoryServices(client.connect(ArmEnvironment.custom("Sandbox", sandbox.baseUri(),
                "https://management.azure.com/.default", sandbox.baseUri()), new StaticTokenProvider(sandbox.issueToken(Duration.ofHours(1)))),
                ModelJson.newMapper(), new ActivityLog(10), Clock.systemUTC());
        tree = new NavigationTreeViewModel(uiQueue::add);
    }

    @AfterEach
    void stop() {
        client.close();
        sandbox.close();
    }

    /** Runs what reached the "UI thread" until the node has loaded. */
    private void expandAndWait(NavigationNode node) throws InterruptedException {
        tree.expand(node);
        for (int i = 0; i < 200 && node.loadStateProperty().get() == NavigationNode.LoadState.LOADING; i++) {
            drain();
            Thread.sleep(10);
        }
        drain();
    }

    private void drain() {
        Runnable task;
        while ((task = uiQueue.poll()) != null) {
            task.run();
        }
    }

    @Test
    void connectionSubscriptionFactoryRuntimesAndNodesLoadLevelByLevel() throws Exception {
        NavigationNode connection = tree.addConnection("Sandbox (local)", services);
        assertThat(connection.children()).as("nothing loads before expanding").isEmpty();

        expandAndWait(connection);
        NavigationNode subscription = connection.children().get(0);
        assertThat(subscription.kind()).isEqualTo(NavigationNode.Kind.SUBSCRIPTION);
        assertThat(subscription.labelProperty().get()).isEqualTo("Data Platform Prod");

        expandAndWait(subscription);
        NavigationNode factory = subscription.children().get(0);
        assertThat(factory.labelProperty().get()).isEqualTo(sandbox.fleet().allFactories().get(0).name);
        assertThat(factory.detailProperty().get()).contains(sandbox.fleet().allFactories().get(0).resourceGroup);

        expandAndWait(factory);
        assertThat(factory.children()).extracting(n -> n.labelProperty().get()).containsExactly("Integration runtimes", "Pipelines");
        NavigationNode runtimes = factory.children().get(0);
        expandAndWait(runtimes);
        assertThat(runtimes.children()).hasSize(4);
        NavigationNode selfHosted = runtimes.children().get(0);
        for (int i = 0; i < 100 && selfHosted.stateProperty().get() == null; i++) {
            Thread.sleep(10);
            drain();
        }
        assertThat(selfHosted.stateProperty().get()).as("state badge from the status call").isNotBlank();

        expandAndWait(selfHosted);
        assertThat(selfHosted.children()).allSatisfy(n -> assertThat(n.kind()).isIn(NavigationNode.Kind.NODE, NavigationNode.Kind.EMPTY));

        expandAndWait(factory.children().get(1));
        assertThat(factory.children().get(1).children()).extracting(n -> n.labelProperty().get()).contains("pl_ingest_sales_daily");
    }

    @Test
    void autoRefreshAsksAgainOnlyForRuntimesInOpenFoldersAndShowsTheNewState() throws Exception {
        NavigationNode node = tree.addConnection("Sandbox (local)", services);
        for (int level = 0; level < 4; level++) {
            node.expandedProperty().set(true);
            expandAndWait(node);
            node = node.children().get(0);
        }
        NavigationNode runtimes = node.parent();
        NavigationNode ssis = runtimes.children().stream().filter(n -> n.labelProperty().get().startsWith("ssis-")).findFirst().orElseThrow();
        for (int i = 0; i < 200 && runtimes.children().stream().anyMatch(r -> r.stateProperty().get() == null); i++) {
            Thread.sleep(10);
            drain();
        }
        assertThat(ssis.stateProperty().get()).isEqualTo("Started");
        var emulated = sandbox.fleet().allFactories().get(0).runtimes.values().stream()
                .filter(r -> r.name.equals(ssis.labelProperty().get())).findFirst().orElseThrow();
        emulated.managedState = "Stopped";
        int calls = sandbox.requestLog().calls("IntegrationRuntimes_GetStatus").size();

        assertThat(tree.refreshVisibleStates()).isEqualTo(runtimes.children().size());
        for (int i = 0; i < 200 && !"Stopped".equals(ssis.stateProperty().get()); i++) {
            Thread.sleep(10);
            drain();
        }
        assertThat(ssis.stateProperty().get()).isEqualTo("Stopped");
        int expected = calls + runtimes.children().size();
        for (int i = 0; i < 200 && sandbox.requestLog().calls("IntegrationRuntimes_GetStatus").size() < expected; i++) {
            Thread.sleep(10);
        }
        assertThat(sandbox.requestLog().calls("IntegrationRuntimes_GetStatus")).hasSize(expected);

        runtimes.expandedProperty().set(false);
        assertThat(tree.refreshVisibleStates()).as("a collapsed folder costs no call").isZero();
    }

    @Test
    void aHiddenSubscriptionStaysHiddenOnReloadUntilShownAgain() throws Exception {
        NavigationNode connection = tree.addConnection("Sandbox (local)", services);
        expandAndWait(connection);
        NavigationNode subscription = connection.children().get(0);
        String id = subscription.value(dev.adfconsole.model.Subscription.class).subscriptionId();

        tree.hideSubscription(subscription);
        assertThat(connection.children()).doesNotContain(subscription);
        assertThat(tree.hiddenSubscriptions()).containsExactly(id);

        connection.reload(uiQueue::add, Throwable::getMessage);
        for (int i = 0; i < 200 && connection.loadStateProperty().get() != NavigationNode.LoadState.LOADED; i++) {
            Thread.sleep(10);
            drain();
        }
        assertThat(connection.children()).noneMatch(n -> n.kind() == NavigationNode.Kind.SUBSCRIPTION);

        tree.showHiddenSubscriptions(connection);
        for (int i = 0; i < 200 && connection.children().stream().noneMatch(n -> n.kind() == NavigationNode.Kind.SUBSCRIPTION); i++) {
            Thread.sleep(10);
            drain();
        }
        assertThat(connection.children()).extracting(n -> n.labelProperty().get()).contains("Data Platform Prod");
        assertThat(tree.hiddenSubscriptions()).isEmpty();
    }

    @Test
    void aFailedLoadShowsTheReasonAndRetryLoadsAgain() throws Exception {
        NavigationNode connection = tree.addConnection("Sandbox (local)", services);
        sandbox.faults().next("Subscriptions_List", 1).answer(403);

        expandAndWait(connection);

        NavigationNode error = connection.children().get(0);
        assertThat(error.kind()).isEqualTo(NavigationNode.Kind.ERROR);
        assertThat(error.labelProperty().get()).startsWith("You are not allowed to Microsoft.Resources/subscriptions/read on /subscriptions.");
        assertThat(connection.loadStateProperty().get()).isEqualTo(NavigationNode.LoadState.FAILED);

        tree.retry(error);
        for (int i = 0; i < 200 && connection.loadStateProperty().get() != NavigationNode.LoadState.LOADED; i++) {
            Thread.sleep(10);
            drain();
        }
        assertThat(connection.children().get(0).kind()).isEqualTo(NavigationNode.Kind.SUBSCRIPTION);
    }

    @Test
    void anAccountsSubscriptionsSpanItsTenantsAndOneFailingTenantNeverHidesTheOthers() throws Exception {
        try (SandboxServer guest = SandboxServer.start(SandboxOptions.defaults()
                .withFleet(dev.adfconsole.sandbox.fleet.FleetSpec.DEFAULT.withGuestTenant()))) {
            var environment = ArmEnvironment.custom("Sandbox", guest.baseUri(), "https://management.azure.com/.default", guest.baseUri());
            String partner = guest.fleet().tenants().get(1).tenantId();
            DataFactoryServices home = new DataFactoryServices(client.connect(environment,
                    new StaticTokenProvider(guest.issueToken(Duration.ofHours(1)))), ModelJson.newMapper(), new ActivityLog(10), Clock.systemUTC());
            DataFactoryServices partnerServices = new DataFactoryServices(client.connect(environment, new StaticTokenProvider(
                    guest.tokens().issueAccessToken("operator", partner, "https://management.azure.com/.default", Duration.ofHours(1)))),
                    ModelJson.newMapper(), new ActivityLog(10), Clock.systemUTC());
            boolean[] partnerNeedsSignIn = {false};
            DataFactoryServices lapsed = new DataFactoryServices(client.connect(environment, scope -> {
                throw dev.adfconsole.arm.ArmException.signInRequired("Sign in again: MFA is required by Fabrikam Partner.", null);
            }), ModelJson.newMapper(), new ActivityLog(10), Clock.systemUTC());
            NavigationNode account = tree.addConnection(new NavigationTreeViewModel.Connection("operator · Sandbox", home, null,
                    tenant -> tenant.equals(partner) ? (partnerNeedsSignIn[0] ? lapsed : partnerServices) : home));
            java.util.List<NavigationTreeViewModel.SignInRequest> asked = new java.util.ArrayList<>();
            tree.setSignInAgain(asked::add);

            expandAndWait(account);
            assertThat(account.children()).extracting(n -> n.labelProperty().get())
                    .containsExactlyInAnyOrder("Data Platform Prod", "Fabrikam Shared Analytics");
            NavigationNode shared = account.children().stream()
                    .filter(n -> n.labelProperty().get().equals("Fabrikam Shared Analytics")).findFirst().orElseThrow();
            assertThat(shared.detailProperty().get()).endsWith(" · Fabrikam Partner");
            expandAndWait(shared);
            assertThat(shared.children()).extracting(n -> n.labelProperty().get()).containsExactly("adf-fabrikam-shared-01");

            partnerNeedsSignIn[0] = true;
            account.reload(uiQueue::add, Throwable::getMessage);
            expandAndWait(account);

            assertThat(account.children()).extracting(n -> n.labelProperty().get()).contains("Data Platform Prod");
            NavigationNode error = account.children().stream().filter(n -> n.kind() == NavigationNode.Kind.ERROR).findFirst().orElseThrow();
            assertThat(error.labelProperty().get()).isEqualTo("Fabrikam Partner: Sign in again: MFA is required by Fabrikam Partner.");
            assertThat(tree.needsSignIn(error)).isTrue();
            tree.signInAgain(error);
            assertThat(asked).as("signed in again at the partner's authority")
                    .containsExactly(new NavigationTreeViewModel.SignInRequest(account, partner, "Fabrikam Partner"));

            partnerNeedsSignIn[0] = false;
            assertThat(tree.retryFailed(account)).isEqualTo(1);
            expandAndWait(account);
            assertThat(account.children()).noneMatch(n -> n.kind() == NavigationNode.Kind.ERROR)
                    .extracting(n -> n.labelProperty().get()).contains("Fabrikam Shared Analytics");
        }
    }
}
