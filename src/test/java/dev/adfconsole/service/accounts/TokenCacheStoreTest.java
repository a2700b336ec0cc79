package dev.adfconsole.service.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.aad.msal4j.IAuthenticationResult;
import dev.adfconsole.arm.ArmEnvironment;
import dev.adfconsole.sandbox.SandboxOptions;
import dev.adfconsole.testing.SandboxFixture;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where tokens are kept on a Linux machine without a keyring (this one, and CI): in memory unless the user allows an
 * owner-only file; and no token lands anywhere else in the app's folder.
 */
class TokenCacheStoreTest {

    private static final URI PUBLIC_AUTHORITY = URI.create("https://login.sandbox.local");

    @TempDir
    Path root;
    private Path home;

    private SandboxFixture fx;

    @BeforeEach
    void start() throws Exception {
        home = root.resolve("tokens");
        fx = SandboxFixture.start(SandboxOptions.defaults());
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private IAuthenticationResult signIn(TokenCacheStore.Opened cache) throws Exception {
        ArmEnvironment cloud = ArmEnvironment.custom("Sandbox", fx.sandbox.baseUri(), "https://management.azure.com/.default",
                PUBLIC_AUTHORITY);
        MsalSignIn signIn = new MsalSignIn(cloud, "04b07795-8ddb-461a-bbee-02f9e1bf7b46",
                PUBLIC_AUTHORITY + "/" + fx.sandbox.tenantId() + "/", new AuthorityHttpClient(PUBLIC_AUTHORITY, fx.sandbox.baseUri()),
                cache.cache());
        return signIn.signInWithDeviceCode(code -> fx.sandbox.authority().approveDeviceCode(code.userCode()))
                .get(30, TimeUnit.SECONDS);
    }

    private List<Path> filesHolding(String secret, Path except) throws Exception {
        try (Stream<Path> files = Files.walk(home)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.equals(except)).filter(f -> {
                try {
                    return new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1).contains(secret);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    @Test
    void withoutAKeyringTokensStayInMemoryAndTheUserIsTold() throws Exception {
        TokenCacheStore.Opened opened = TokenCacheStore.open(home, false, "Linux");
        assumeTrue(opened.kind() != TokenCacheStore.Kind.KEYRING, "this machine has a working keyring");

        assertThat(opened.kind()).isEqualTo(TokenCacheStore.Kind.MEMORY);
        assertThat(opened.notice()).get().asString().contains("No keyring").contains("until the app closes");
        IAuthenticationResult result = signIn(opened);
        assertThat(Files.exists(home.resolve(TokenCacheStore.FILE_NAME))).isFalse();
        assertThat(filesHolding(result.accessToken(), null)).isEmpty();
    }

    @Test
    void anAllowedUnprotectedFileIsReadableByItsOwnerOnlyAndNoTokenLandsElsewhere() throws Exception {
        TokenCacheStore.Opened opened = TokenCacheStore.open(home, true, "Linux");
        assumeTrue(opened.kind() != TokenCacheStore.Kind.KEYRING, "this machine has a working keyring");

        assertThat(opened.kind()).isEqualTo(TokenCacheStore.Kind.UNPROTECTED_FILE);
        IAuthenticationResult result = signIn(opened);

        Path file = home.resolve(TokenCacheStore.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home))).isEqualTo("rwx------");
        assertThat(Files.readString(file)).as("MSAL keeps the account there").contains(result.accessToken());
        assertThat(filesHolding(result.accessToken(), file)).as("and nowhere else").isEmpty();
        assertThat(opened.notice()).get().asString().contains("readable only by you");
    }
}
