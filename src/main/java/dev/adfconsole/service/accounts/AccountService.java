package dev.adfconsole.service.accounts;

import com.microsoft.aad.msal4j.IAccount;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import dev.adfconsole.arm.ArmEnvironment;
import dev.adfconsole.arm.TokenProvider;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

/** Accounts across clouds: one {@link MsalSignIn} per cloud, made when first needed; MSAL types stay in here. */
public final class AccountService {

    /** A signed-in account: who, in which tenant and cloud, and the tokens its ARM calls use. */
    public record SignedIn(String username, String tenantId, ArmEnvironment environment, TokenProvider tokens,
                           IAccount account) {

        @Override
        public String toString() {
            return "SignedIn[" + username + " @ " + environment.name() + "]";
        }
    }

    /** What the device-code dialog shows. */
    public record DeviceCodePrompt(String userCode, String verificationUri, Duration expiresIn, String message) {
    }

    private final Function<ArmEnvironment, MsalSignIn> signIns;
    private final Map<String, MsalSignIn> byCloud = new ConcurrentHashMap<>();

    public AccountService(Function<ArmEnvironment, MsalSignIn> signIns) {
        this.signIns = signIns;
    }

    /**
     * {@code loginHint} (null for none) fills in the user name on the sign-in page, e.g. when signing in again;
     * {@code tenantId} (null for the cloud's usual authority) signs in at one tenant, e.g. a guest directory that
     * asks for MFA. The account is the same either way: MSAL keys it by its home tenant.
     */
    public CompletableFuture<SignedIn> signInWithBrowser(ArmEnvironment cloud, Consumer<URL> openBrowser, Duration timeout,
                                                        String loginHint, String tenantId) {
        MsalSignIn signIn = signIn(cloud);
        return signIn.signInInteractive(openBrowser, timeout, loginHint, tenantId).thenApply(result -> signedIn(signIn, result));
    }

    public CompletableFuture<SignedIn> signInWithDeviceCode(ArmEnvironment cloud, Consumer<DeviceCodePrompt> prompt, String tenantId) {
        MsalSignIn signIn = signIn(cloud);
        return signIn.signInWithDeviceCode(code -> prompt.accept(new DeviceCodePrompt(code.userCode(), code.verificationUri(),
                        Duration.ofSeconds(code.expiresIn()), code.message())), tenantId)
                .thenApply(result -> signedIn(signIn, result));
    }

    /** Tokens of {@code account} for another tenant it can reach (listed by {@code GET /tenants}). */
    public TokenProvider tokensFor(SignedIn account, String tenantId) {
        return signIn(account.environment()).tokens(account.account(), tenantId);
    }

    /** Removes the account from MSAL's cache: its tokens are gone, the next use needs a new sign-in. */
    public CompletableFuture<Void> signOut(SignedIn account) {
        return signIn(account.environment()).signOut(account.account());
    }

    private MsalSignIn signIn(ArmEnvironment cloud) {
        return byCloud.computeIfAbsent(cloud.name(), name -> signIns.apply(cloud));
    }

    private static SignedIn signedIn(MsalSignIn signIn, IAuthenticationResult result) {
        // homeAccountId is "<object id>.<home tenant id>".
        String home = result.account().homeAccountId();
        String tenant = home == null || !home.contains(".") ? null : home.substring(home.indexOf('.') + 1);
        return new SignedIn(result.account().username(), tenant, signIn.environment(), signIn.tokens(result.account()),
                result.account());
    }
}
