package dev.adfconsole.ui.signin;

import dev.adfconsole.arm.ArmEnvironment;
import dev.adfconsole.service.accounts.AccountService;
import dev.adfconsole.service.accounts.AccountService.SignedIn;
import dev.adfconsole.ui.common.UiExecutor;
import dev.adfconsole.ui.common.UiTimer;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The sign-in dialog: a cloud, then the system browser (the default) or a device code (on request, and at once when
 * no browser can be opened here). Cancel ends the wait; a signed-in account is handed to {@code onSignedIn}.
 */
public final class SignInViewModel {

    /** How the browser is reached; the app's is {@code SystemBrowser}, tests drive the page themselves. */
    public interface Browser {
        Optional<String> whyNot();

        void open(URL url);
    }

    static final Duration BROWSER_WAIT = Duration.ofMinutes(3);

    private final UiExecutor ui;
    private final UiTimer timer;
    private final AccountService accounts;
    private final Browser browser;
    private final Consumer<SignedIn> onSignedIn;
    private final ObservableList<ArmEnvironment> clouds = FXCollections.observableArrayList();
    private final ObjectProperty<ArmEnvironment> cloud = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty(
            "Sign in with the browser, or use a device code to sign in on another device (a phone, another computer).");
    private final StringProperty userCode = new SimpleStringProperty();
    private final StringProperty verificationUri = new SimpleStringProperty();
    private final IntegerProperty secondsLeft = new SimpleIntegerProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<SignedIn> signedIn = new SimpleObjectProperty<>();
    private CompletableFuture<SignedIn> pending;
    private Runnable stopCountdown = () -> { };
    private String loginHint;
    private String tenant;

    public SignInViewModel(UiExecutor ui, UiTimer timer, AccountService accounts, Browser browser, List<ArmEnvironment> clouds,
                           Consumer<SignedIn> onSignedIn) {
        this.ui = ui;
        this.timer = timer;
        this.accounts = accounts;
        this.browser = browser;
        this.onSignedIn = onSignedIn;
        this.clouds.setAll(clouds);
        cloud.set(clouds.get(0));
    }

    /**
     * Signing in again as {@code username}, whose sign-in lapsed: its cloud is chosen, the browser's sign-in page
     * gets the name filled in, and the dialog says why it is asked.
     */
    public void signInAgainAs(ArmEnvironment account, String username, String reason) {
        signInAgainAs(account, username, reason, null);
    }

    /** As above, at one tenant's authority ({@code tenantId}): a guest directory that asks for its own sign-in. */
    public void signInAgainAs(ArmEnvironment account, String username, String reason, String tenantId) {
        clouds.stream().filter(c -> c.name().equals(account.name())).findFirst().ifPresent(cloud::set);
        loginHint = username;
        tenant = tenantId;
        status.set(reason + " Sign in again as " + username + "; the tree picks up where it stopped.");
    }

    /** A one-time note shown before signing in (e.g. where tokens will be kept). */
    public void showNotice(String notice) {
        if (notice != null && !notice.isBlank() && !busy.get()) {
            status.set(status.get() + "\n" + notice);
        }
    }

    /** Sign in in the browser; where none can open, says why and starts a device code instead. */
    public void signInWithBrowser() {
        Optional<String> why = browser.whyNot();
        if (why.isPresent()) {
            deviceCode(why.get() + " ");
            return;
        }
        start("Complete the sign-in in your browser…", accounts.signInWithBrowser(cloud.get(), browser::open, BROWSER_WAIT, loginHint, tenant));
    }

    public void signInWithDeviceCode() {
        deviceCode("");
    }

    private void deviceCode(String reason) {
        start(reason, reason + "Asking for a code…", accounts.signInWithDeviceCode(cloud.get(), prompt -> ui.execute(() -> {
            userCode.set(prompt.userCode());
            verificationUri.set(prompt.verificationUri());
            status.set(reason + "Open " + prompt.verificationUri() + " on any device and enter the code.");
            countdown((int) prompt.expiresIn().toSeconds());
        }), tenant));
    }

    /** MSAL's failures in the user's words: the host that could not be reached, or what the authority said. */
    static String describe(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof java.util.concurrent.CompletionException || cause instanceof java.util.concurrent.ExecutionException
                || cause.getClass().getName().equals("com.microsoft.aad.msal4j.MsalClientException") && cause.getCause() != null)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof java.net.UnknownHostException) {
            return "cannot reach " + cause.getMessage() + " (no network, or a proxy or firewall in the way).";
        }
        if (cause instanceof java.net.ConnectException || cause instanceof java.net.http.HttpConnectTimeoutException) {
            return "cannot connect to the sign-in service (" + cause.getMessage() + ").";
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.endsWith(".") ? message : message + ".";
    }

    private void start(String waiting, CompletableFuture<SignedIn> call) {
        start("", waiting, call);
    }

    private void start(String reason, String waiting, CompletableFuture<SignedIn> call) {
        cancel();
        busy.set(true);
        status.set(waiting);
        pending = call;
        call.whenComplete((account, failure) -> ui.execute(() -> {
            if (pending != call) {
                return;
            }
            finish();
            if (failure == null) {
                status.set("Signed in as " + account.username() + ".");
                signedIn.set(account);
                onSignedIn.accept(account);
            } else if (!(failure instanceof CancellationException)) {
                status.set(reason + "Sign-in failed: " + describe(failure) + " Try again, or use a device code.");
            }
        }));
    }

    /** Ends the wait; a late answer from MSAL is ignored. */
    public void cancel() {
        if (pending != null && !pending.isDone()) {
            pending.cancel(true);
            status.set("Sign-in cancelled.");
        }
        pending = null;
        finish();
    }

    private void finish() {
        busy.set(false);
        stopCountdown.run();
        userCode.set(null);
        verificationUri.set(null);
        secondsLeft.set(0);
    }

    private void countdown(int seconds) {
        secondsLeft.set(seconds);
        if (seconds > 0) {
            stopCountdown = timer.after(Duration.ofSeconds(1), () -> {
                if (busy.get()) {
                    countdown(secondsLeft.get() - 1);
                }
            });
        }
    }

    public ObservableList<ArmEnvironment> clouds() { return clouds; }
    public ObjectProperty<ArmEnvironment> cloudProperty() { return cloud; }
    public StringProperty statusProperty() { return status; }
    public StringProperty userCodeProperty() { return userCode; }
    public StringProperty verificationUriProperty() { return verificationUri; }
    public IntegerProperty secondsLeftProperty() { return secondsLeft; }
    public BooleanProperty busyProperty() { return busy; }
    public ObjectProperty<SignedIn> signedInProperty() { return signedIn; }
}
