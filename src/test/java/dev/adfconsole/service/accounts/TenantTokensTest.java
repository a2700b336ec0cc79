package dev.adfconsole.service.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adfconsole.arm.ArmClient;
import dev.adfconsole.arm.ArmClientOptions;
import dev.adfconsole.arm.ArmEnvironment;
import dev.adfconsole.arm.ArmException;
import dev.adfconsole.model.ModelJson;
import dev.adfconsole.model.Subscription;
import dev.adfconsole.model.TenantIdDescription;
import dev.adfconsole.sandbox.SandboxOptions;
import dev.adfconsole.sandbox.SandboxServer;
import dev.adfconsole.sandbox.fleet.FleetSpec;
import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.FactoryRef;
import dev.adfconsole.service.activity.ActivityLog;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An account that is a guest in a partner tenant: {@code GET /tenants} lists both, each tenant's subscriptions are
 * reached with a token for that tenant (MSAL's refresh token asked at the tenant's authority), and ARM refuses a
 * home-tenant token for the partner's subscription.
 */
class TenantTokensTest {

    private static final URI PUBLIC_AUTHORITY = URI.create("https://login.sandbox.local");

    private SandboxServer sandbox;
    private ArmClient client;
    private MsalSignIn signIn;
    private ArmEnvironment environment;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.defaults().withFleet(FleetSpec.DEFAULT.withGuestTenant()));
        client = new ArmClient(ArmClientOptions.defaults("test"));
        environment = ArmEnvironment.custom("Sandbox", sandbox.baseUri(), "https://management.azure.com/.default", PUBLIC_AUTHORITY);
        signIn = new MsalSignIn(environment, "04b07795-8ddb-461a-bbee-02f9e1bf7b46",
                PUBLIC_AUTHORITY + "/" + sandbox.tenantId() + "/", new AuthorityHttpClient(PUBLIC_AUTHORITY, sandbox.baseUri()), null);
    }

    @AfterEach
    void stop() {
        client.close();
        sandbox.close();
    }

    private DataFactoryServices services(dev.adfconsole.arm.TokenProvider tokens) {
        return new DataFactoryServices(client.connect(environment, tokens), ModelJson.newMapper(), new ActivityLog(10), Clock.systemUTC());
    }

    @Test
    void eachTenantsSubscriptionsAreReachedWithThatTenantsToken() throws Exception {
        var result = signIn.signInWithDeviceCode(code -> sandbox.authority().approveDeviceCode(code.userCode())).get(40, TimeUnit.SECONDS);
        DataFactoryServices home = services(signIn.tokens(result.account()));

        List<TenantIdDescription> tenants = home.subscriptions().tenants().get(10, TimeUnit.SECONDS);
        assertThat(tenants).extracting(TenantIdDescription::displayName).containsExactly("Contoso Sandbox", "Fabrikam Partner");
        String partner = tenants.get(1).tenantId();
        List<Subscription> homeSubscriptions = home.subscriptions().subscriptions().get(10, TimeUnit.SECONDS);
        assertThat(homeSubscriptions).extracting(Subscription::tenantId).containsOnly(sandbox.tenantId());

        DataFactoryServices guest = services(signIn.tokens(result.account(), partner));
        List<Subscription> partnerSubscriptions = guest.subscriptions().subscriptions().get(10, TimeUnit.SECONDS);
        assertThat(partnerSubscriptions).singleElement().satisfies(s -> {
            assertThat(s.displayName()).isEqualTo("Fabrikam Shared Analytics");
            assertThat(s.tenantId()).isEqualTo(partner);
        });
        String subscriptionId = partnerSubscriptions.get(0).subscriptionId();
        var factories = guest.factories().listBySubscription(subscriptionId, page -> { }).get(10, TimeUnit.SECONDS);
        assertThat(factories).extracting(f -> f.name()).containsExactly("adf-fabrikam-shared-01");
        FactoryRef factory = new FactoryRef(subscriptionId, factories.get(0).resourceGroupName(), "adf-fabrikam-shared-01");
        assertThat(guest.runtimes().list(factory, page -> { }).get(10, TimeUnit.SECONDS)).hasSize(2);

        // The home tenant's token is refused for the partner's subscription, as ARM does, naming the tenant to ask.
        assertThatThrownBy(() -> home.factories().listBySubscription(subscriptionId, page -> { }).get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(ArmException.class)
                .satisfies(e -> {
                    ArmException arm = (ArmException) e.getCause();
                    assertThat(arm.code()).isEqualTo("InvalidAuthenticationTokenTenant");
                    assertThat(arm.azureMessage()).contains("https://login.windows.net/" + partner);
                });
    }

    @Test
    void aTenantTheUserIsNotInGivesNoToken() throws Exception {
        var result = signIn.signInWithDeviceCode(code -> sandbox.authority().approveDeviceCode(code.userCode())).get(40, TimeUnit.SECONDS);
        var stranger = signIn.tokens(result.account(), "72f988bf-86f1-41af-91ab-2d7cd011db47");

        assertThatThrownBy(() -> stranger.getToken("https://management.azure.com/.default"))
                .isInstanceOf(ArmException.class).hasMessageContaining("AADSTS90002");
    }
}
