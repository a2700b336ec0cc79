package dev.adfconsole.ui.signin;

import static dev.adfconsole.testing.SandboxFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.arm.ArmEnvironment;
import dev.adfconsole.sandbox.SandboxOptions;
import dev.adfconsole.service.accounts.AccountService;
import dev.adfconsole.service.accounts.AccountService.SignedIn;
import dev.adfconsole.service.accounts.AuthorityHttpClient;
import dev.adfconsole.service.accounts.MsalSignIn;
import dev.adfconsole.testing.ManualTimer;
import dev.adfconsole.testing.SandboxBrowser;
import dev.adfconsole.testing.SandboxFixture;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sign-in dialog's view model, through real MSAL4J, against the sandbox's authority. */
class SignInViewModelTest {

    private static final URI PUBLIC_AUTHORITY = URI.create("https://login.sandbox.local");

    private SandboxFixture fx;
    private AuthorityHttpClient http;
    private ArmEnvironment cloud;
    private AccountService accounts;
    private final List<SignedIn> signedIn = new CopyOnWriteArrayList<>();
    private final ManualTimer timer = new ManualTimer();
    private final ExecutorService uiThread = Executors.newSingleThreadExecutor();

    @BeforeEach
    void start() throws Exception {
        fx = SandboxFixture.start(SandboxOptions.defaults());
        http = new AuthorityHttpClient(PUBLIC_AUTHORITY, fx.sandbox.baseUri());
        cloud = ArmEnvironment.custom("Sandbox", fx.sandbox.baseUri(), "https://management.azure.com/.default", PUBLIC_AUTHORITY);
        accounts = new AccountService(env -> new MsalSignIn(env, "04b07795-8ddb-461a-bbee-02f9e1bf7b46",
                PUBLIC_AUTHORITY + "/" + fx.sandbox.tenantId() + "/", http, null));
    }

    @AfterEach
    void stop() {
        uiThread.shutdownNow();
        fx.close();
    }

    private SignInViewModel model(Optional<String> noBrowser, java.util.function.Consumer<URL> page) {
        return new SignInViewModel(uiThread::execute, timer, accounts, new SignInViewModel.Browser() {
            @Override
            public Optional<String> whyNot() {
                return noBrowser;
            }

            @Override
            public void open(URL url) {
                page.accept(url);
            }
        }, List.of(cloud), signedIn::add);
    }

    @Test
    void theBrowserSignInHandsOverAnAccountWhoseTokensTheSandboxAccepts() throws Exception {
        SignInViewModel model = model(Optional.empty(), new SandboxBrowser(http)::open);

        model.signInWithBrowser();
        await(() -> !signedIn.isEmpty());

        assertThat(signedIn.get(0).username()).isEqualTo("operator@contoso-sandbox.onmicrosoft.com");
        assertThat(signedIn.get(0).tenantId()).isEqualTo(fx.sandbox.tenantId());
        assertThat(signedIn.get(0).tokens().getToken(cloud.armScope()).token()).isNotBlank();
        await(() -> model.statusProperty().get().equals("Signed in as operator@contoso-sandbox.onmicrosoft.com."));
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void withoutABrowserTheDeviceCodeStartsAtOnceSaysWhyAndCountsDown() throws Exception {
        SignInViewModel model = model(Optional.of("The app runs as root, and browsers refuse to start for root."),
                url -> { throw new AssertionError("no browser may be opened"); });

        model.signInWithBrowser();
        await(() -> model.userCodeProperty().get() != null);
        assertThat(model.statusProperty().get()).startsWith("The app runs as root").contains("/devicelogin");
        int left = model.secondsLeftProperty().get();
        assertThat(left).isEqualTo(900);
        timer.advance(Duration.ofSeconds(1));
        await(() -> model.secondsLeftProperty().get() == left - 1);

        fx.sandbox.authority().approveDeviceCode(model.userCodeProperty().get());
        await(() -> !signedIn.isEmpty());
        assertThat(model.userCodeProperty().get()).as("the code is gone once used").isNull();
    }

    @Test
    void anUnreachableAuthoritySaysSoInWords() {
        assertThat(SignInViewModel.describe(new java.util.concurrent.CompletionException(
                new java.net.UnknownHostException("login.microsoftonline.com"))))
                .isEqualTo("cannot reach login.microsoftonline.com (no network, or a proxy or firewall in the way).");
    }

    @Test
    void cancelEndsTheWaitAndALateAnswerSignsNobodyIn() throws Exception {
        SignInViewModel model = model(Optional.empty(), url -> { });
        model.signInWithDeviceCode();
        await(() -> model.userCodeProperty().get() != null);
        String code = model.userCodeProperty().get();

        uiThread.submit(model::cancel).get();
        assertThat(model.statusProperty().get()).isEqualTo("Sign-in cancelled.");
        assertThat(model.busyProperty().get()).isFalse();
        fx.sandbox.authority().approveDeviceCode(code);
        Thread.sleep(1500);
        assertThat(signedIn).isEmpty();
    }
}
