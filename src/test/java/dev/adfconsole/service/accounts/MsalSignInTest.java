package dev.adfconsole.service.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.aad.msal4j.IAuthenticationResult;
import dev.adfconsole.arm.AccessToken;
import dev.adfconsole.arm.ArmEnvironment;
import dev.adfconsole.arm.TokenProvider;
import dev.adfconsole.sandbox.SandboxOptions;
import dev.adfconsole.sandbox.SandboxServer;
import dev.adfconsole.testing.SandboxFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sign-in through the real MSAL4J against the sandbox's authority. MSAL only accepts https authorities, so it is
 * told {@code https://login.sandbox.local/<tenant>} and its documented HTTP seam carries the calls to the sandbox.
 */
class MsalSignInTest {

    private static final URI PUBLIC_AUTHORITY = URI.create("https://login.sandbox.local");

    private SandboxFixture fx;
    private SandboxServer sandbox;
    private AuthorityHttpClient http;
    private MsalSignIn signIn;

    @BeforeEach
    void start() throws Exception {
        // Tokens of two minutes: inside MSAL's five-minute margin, so every silent call has to refresh.
        fx = SandboxFixture.start(SandboxOptions.defaults().withAccessTokenLifetime(Duration.ofMinutes(2)));
        sandbox = fx.sandbox;
        http = new AuthorityHttpClient(PUBLIC_AUTHORITY, sandbox.baseUri());
        ArmEnvironment environment = ArmEnvironment.custom("Sandbox", sandbox.baseUri(), "https://management.azure.com/.default",
                PUBLIC_AUTHORITY);
        signIn = new MsalSignIn(environment, "04b07795-8ddb-461a-bbee-02f9e1bf7b46",
                PUBLIC_AUTHORITY + "/" + sandbox.tenantId() + "/", http, null);
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    @Test
    void interactiveSignInThroughTheLoopbackRedirectGivesTokensTheArmCallsAccept() throws Exception {
        java.util.List<java.net.URL> opened = new java.util.ArrayList<>();
        var browser = new dev.adfconsole.testing.SandboxBrowser(http);
        IAuthenticationResult result = signIn.signInInteractive(url -> {
            opened.add(url);
            browser.open(url);
        }, Duration.ofSeconds(30), "operator@contoso-sandbox.onmicrosoft.com").get(40, TimeUnit.SECONDS);

        // Signing in again fills in the name on the sign-in page.
        assertThat(opened).singleElement().satisfies(url -> assertThat(url.getQuery())
                .contains("login_hint=operator%40contoso-sandbox.onmicrosoft.com"));
        assertThat(result.account().username()).isNotBlank();
        assertThat(signIn.accounts().get()).hasSize(1);
        TokenProvider tokens = signIn.tokens(result.account());
        AccessToken token = tokens.getToken("https://management.azure.com/.default");
        assertThat(token.token()).isNotBlank();
        HttpResponse<String> subscriptions = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(sandbox.baseUri() + "/subscriptions?api-version=2022-12-01"))
                .header("Authorization", "Bearer " + token.token()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(subscriptions.statusCode()).as("the sandbox's ARM accepts the token MSAL got").isEqualTo(200);
    }

    @Test
    void deviceCodeSignInCompletesOnceTheCodeIsApprovedAndSignOutForgetsTheAccount() throws Exception {
        var result = signIn.signInWithDeviceCode(code -> {
            assertThat(code.verificationUri()).contains("/devicelogin");
            sandbox.authority().approveDeviceCode(code.userCode());
        }).get(40, TimeUnit.SECONDS);

        assertThat(result.accessToken()).isNotBlank();
        assertThat(signIn.accounts().get()).hasSize(1);
        signIn.signOut(result.account()).get();
        assertThat(signIn.accounts().get()).isEmpty();
    }

    @Test
    void aTokenNearItsEndIsRefreshedSilentlyAndTheNewOneWorks() throws Exception {
        var result = signIn.signInWithDeviceCode(code -> sandbox.authority().approveDeviceCode(code.userCode()))
                .get(40, TimeUnit.SECONDS);
        TokenProvider tokens = signIn.tokens(result.account());

        AccessToken refreshed = tokens.getToken("https://management.azure.com/.default");

        assertThat(refreshed.token()).as("MSAL used its refresh token").isNotEqualTo(result.accessToken());
        HttpResponse<String> subscriptions = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(sandbox.baseUri() + "/subscriptions?api-version=2022-12-01"))
                .header("Authorization", "Bearer " + refreshed.token()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(subscriptions.statusCode()).isEqualTo(200);
    }

    @Test
    void afterSignOutTheConnectionAsksToSignInAgainInsteadOfFailingObscurely() throws Exception {
        var result = signIn.signInWithDeviceCode(code -> sandbox.authority().approveDeviceCode(code.userCode()))
                .get(40, TimeUnit.SECONDS);
        TokenProvider tokens = signIn.tokens(result.account());
        signIn.signOut(result.account()).get();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens.getToken("https://management.azure.com/.default"))
                .isInstanceOfSatisfying(dev.adfconsole.arm.ArmException.class, e -> {
                    assertThat(e.kind()).isEqualTo(dev.adfconsole.arm.ArmException.Kind.SIGN_IN_REQUIRED);
                    assertThat(e.userMessage()).startsWith("Sign in again: operator@contoso-sandbox.onmicrosoft.com");
                });
    }

    @Test
    void twoAccountsAreSignedInAtOnceAndSigningOneOutLeavesTheOtherWorking() throws Exception {
        var operator = signIn.signInWithDeviceCode(code -> sandbox.authority().approveDeviceCode(code.userCode()))
                .get(40, TimeUnit.SECONDS);
        var auditor = signIn.signInWithDeviceCode(code -> sandbox.authority().approveDeviceCode(code.userCode(),
                dev.adfconsole.sandbox.auth.OAuthAuthority.SECOND_USER)).get(40, TimeUnit.SECONDS);

        assertThat(signIn.accounts().get()).extracting(a -> a.username())
                .containsExactlyInAnyOrder("operator@contoso-sandbox.onmicrosoft.com", "auditor@contoso-sandbox.onmicrosoft.com");
        TokenProvider operatorTokens = signIn.tokens(operator.account());
        TokenProvider auditorTokens = signIn.tokens(auditor.account());
        assertThat(operatorTokens.getToken("https://management.azure.com/.default").token())
                .isNotEqualTo(auditorTokens.getToken("https://management.azure.com/.default").token());

        signIn.signOut(operator.account()).get();

        assertThat(signIn.accounts().get()).extracting(a -> a.username()).containsExactly("auditor@contoso-sandbox.onmicrosoft.com");
        HttpResponse<String> subscriptions = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(sandbox.baseUri() + "/subscriptions?api-version=2022-12-01"))
                .header("Authorization", "Bearer " + auditorTokens.getToken("https://management.azure.com/.default").token())
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(subscriptions.statusCode()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> operatorTokens.getToken("https://management.azure.com/.default"))
                .isInstanceOf(dev.adfconsole.arm.ArmException.class);
    }
}
