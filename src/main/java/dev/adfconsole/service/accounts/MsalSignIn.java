package dev.adfconsole.service.accounts;

import com.microsoft.aad.msal4j.DeviceCode;
import com.microsoft.aad.msal4j.DeviceCodeFlowParameters;
import com.microsoft.aad.msal4j.IAccount;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.IHttpClient;
import com.microsoft.aad.msal4j.ITokenCacheAccessAspect;
import com.microsoft.aad.msal4j.InteractiveRequestParameters;
import com.microsoft.aad.msal4j.MsalInteractionRequiredException;
import com.microsoft.aad.msal4j.PublicClientApplication;
import com.microsoft.aad.msal4j.SilentParameters;
import com.microsoft.aad.msal4j.SystemBrowserOptions;
import dev.adfconsole.arm.AccessToken;
import dev.adfconsole.arm.ArmEnvironment;
import dev.adfconsole.arm.ArmException;
import dev.adfconsole.arm.TokenProvider;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * Sign-in to one cloud with MSAL4J's {@code PublicClientApplication}: interactive through the system browser with a
 * {@code http://localhost} redirect, or device code; then silent acquisition (MSAL refreshes with its cached refresh
 * token) behind the {@link TokenProvider} the ARM client calls for every request.
 */
public final class MsalSignIn {

    private final ArmEnvironment environment;
    private final PublicClientApplication app;
    private final URI authority;

    /**
     * @param authority {@code https://<authority host>/<tenant or "organizations">}
     * @param http null for MSAL's own HTTP; an {@link AuthorityHttpClient} for an authority such as the sandbox
     * @param cache null to keep tokens in memory only
     */
    public MsalSignIn(ArmEnvironment environment, String clientId, String authority, IHttpClient http,
                      ITokenCacheAccessAspect cache) {
        this.environment = environment;
        this.authority = URI.create(authority);
        try {
            PublicClientApplication.Builder builder = PublicClientApplication.builder(clientId).authority(authority)
                    .applicationName("adf-console");
            if (http != null) {
                // Instance discovery asks login.microsoftonline.com about the host; a private authority is not listed.
                builder.httpClient(http).instanceDiscovery(false).validateAuthority(false);
            }
            if (cache != null) {
                builder.setTokenCacheAccessAspect(cache);
            }
            this.app = builder.build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("Authority: '" + authority + "' is not a URL (" + e.getMessage() + ").", e);
        }
    }

    /** Opens the browser through {@code openBrowser} and waits at most {@code timeout} for the redirect to come back. */
    public CompletableFuture<IAuthenticationResult> signInInteractive(Consumer<URL> openBrowser, Duration timeout, String loginHint) {
        return signInInteractive(openBrowser, timeout, loginHint, null);
    }

    /** {@code tenantId}: sign in at that tenant's authority (a guest directory asking for MFA); null for the usual one. */
    public CompletableFuture<IAuthenticationResult> signInInteractive(Consumer<URL> openBrowser, Duration timeout, String loginHint,
                                                                     String tenantId) {
        InteractiveRequestParameters.InteractiveRequestParametersBuilder parameters = InteractiveRequestParameters
                .builder(URI.create("http://localhost"))
                .scopes(Set.of(environment.armScope()))
                .loginHint(loginHint)
                .systemBrowserOptions(SystemBrowserOptions.builder().openBrowserAction(openBrowser::accept).build())
                .httpPollingTimeoutInSeconds((int) timeout.toSeconds());
        if (tenantId != null) {
            parameters.tenant(tenantId);
        }
        return app.acquireToken(parameters.build());
    }

    /** Device code: {@code prompt} receives the code and the verification URL to show; completes once approved. */
    public CompletableFuture<IAuthenticationResult> signInWithDeviceCode(Consumer<DeviceCode> prompt) {
        return signInWithDeviceCode(prompt, null);
    }

    public CompletableFuture<IAuthenticationResult> signInWithDeviceCode(Consumer<DeviceCode> prompt, String tenantId) {
        DeviceCodeFlowParameters.DeviceCodeFlowParametersBuilder parameters = DeviceCodeFlowParameters
                .builder(Set.of(environment.armScope()), prompt);
        if (tenantId != null) {
            parameters.tenant(tenantId);
        }
        return app.acquireToken(parameters.build());
    }

    public CompletableFuture<Set<IAccount>> accounts() {
        return app.getAccounts();
    }

    public CompletableFuture<Void> signOut(IAccount account) {
        return app.removeAccount(account);
    }

    /** Tokens for {@code account}, silently: from MSAL's cache while valid, refreshed by MSAL when not. */
    public TokenProvider tokens(IAccount account) {
        return tokens(account, null);
    }

    /**
     * Tokens for {@code account} in another tenant it can reach (a guest directory): the same refresh token, asked at
     * that tenant's authority, since ARM takes a token only for its subscription's tenant. Null: the sign-in's own.
     */
    public TokenProvider tokens(IAccount account, String tenantId) {
        String tenantAuthority = tenantId == null ? null
                : authority.getScheme() + "://" + authority.getRawAuthority() + "/" + tenantId + "/";
        // Set when ARM refused a token MSAL still thought valid (revoked, clock skew): the next one is fetched anew.
        java.util.concurrent.atomic.AtomicBoolean forceRefresh = new java.util.concurrent.atomic.AtomicBoolean();
        return new TokenProvider() {
            @Override
            public AccessToken getToken(String scope) {
                try {
                    SilentParameters.SilentParametersBuilder parameters = SilentParameters.builder(Set.of(scope), account);
                    if (tenantAuthority != null) {
                        parameters.authorityUrl(tenantAuthority);
                    }
                    if (forceRefresh.getAndSet(false)) {
                        parameters.forceRefresh(true);
                    }
                    IAuthenticationResult result = app.acquireTokenSilently(parameters.build()).get();
                    return new AccessToken(result.accessToken(), result.expiresOnDate().toInstant());
                } catch (MalformedURLException e) {
                    throw ArmException.unauthorized("The sign-in authority is not a URL: " + e.getMessage(), e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw ArmException.unauthorized("Signing in was interrupted.", e);
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof MsalInteractionRequiredException required) {
                        throw ArmException.signInRequired("Sign in again: " + account.username() + " needs to sign in interactively ("
                                + required.reason() + ").", e.getCause());
                    }
                    // Signed out, or the cache was cleared: nothing to refresh with.
                    if (e.getCause() instanceof com.microsoft.aad.msal4j.MsalClientException client
                            && "cache_miss".equals(client.errorCode())) {
                        throw ArmException.signInRequired("Sign in again: " + account.username() + " has no tokens here any more"
                                + " (signed out, or the token cache was cleared).", e.getCause());
                    }
                    throw ArmException.unauthorized("Cannot get a token for " + account.username() + ": " + e.getCause().getMessage(), e.getCause());
                }
            }

            @Override
            public boolean rejected(String scope) {
                forceRefresh.set(true);
                return true;
            }
        };
    }

    public ArmEnvironment environment() {
        return environment;
    }
}
