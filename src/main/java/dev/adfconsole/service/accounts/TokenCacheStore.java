package dev.adfconsole.service.accounts;

import com.microsoft.aad.msal4j.ITokenCacheAccessAspect;
import com.microsoft.aad.msal4jextensions.PersistenceSettings;
import com.microsoft.aad.msal4jextensions.PersistenceTokenCacheAccessAspect;
import com.microsoft.aad.msal4jextensions.persistence.linux.KeyRingAccessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Optional;

/**
 * Where MSAL's token cache lives between sessions: the OS keyring through msal4j-persistence-extension (libsecret on
 * Linux, DPAPI on Windows, Keychain on macOS). The extension has no fallback of its own, so where the keyring is
 * missing the tokens stay in memory and the user is told once; an unprotected file is used only when the user allowed
 * it, created readable by its owner only (0600).
 */
public final class TokenCacheStore {

    /** Where the tokens are kept. */
    public enum Kind { KEYRING, UNPROTECTED_FILE, MEMORY }

    /** The cache MSAL should use (null: MSAL's in-memory one), how it is kept and what to tell the user. */
    public record Opened(Kind kind, ITokenCacheAccessAspect cache, Path file, Optional<String> notice) {
    }

    public static final String FILE_NAME = "msal-token-cache.bin";
    private static final String SCHEMA = "dev.adfconsole.tokencache";
    private static final String LABEL = "ADF Console token cache";

    private TokenCacheStore() {
    }

    public static Opened open(Path folder, boolean unprotectedFileAllowed, String osName) {
        Path file = folder.resolve(FILE_NAME);
        String os = osName.toLowerCase(Locale.ROOT);
        try {
            Files.createDirectories(folder);
            if (!os.startsWith("linux")) {
                PersistenceSettings settings = PersistenceSettings.builder(FILE_NAME, folder)
                        .setMacKeychain("adf-console", "MSALCache").build();
                return new Opened(Kind.KEYRING, new PersistenceTokenCacheAccessAspect(settings), file, Optional.empty());
            }
            try {
                new KeyRingAccessor(file.toString(), "default", SCHEMA, LABEL, "Product", "adf-console", "Version", "1").verify();
                PersistenceSettings settings = PersistenceSettings.builder(FILE_NAME, folder)
                        .setLinuxKeyring("default", SCHEMA, LABEL, "Product", "adf-console", "Version", "1").build();
                return new Opened(Kind.KEYRING, new PersistenceTokenCacheAccessAspect(settings), file, Optional.empty());
            } catch (RuntimeException | Error keyringMissing) {
                // Not only a missing libsecret (LinkageError): with libsecret installed but no keyring session, the
                // extension 1.3.0 fails inside JNA with a plain java.lang.Error (it cannot read its own GError).
                if (keyringMissing instanceof VirtualMachineError fatal) {
                    throw fatal;
                }
                if (!unprotectedFileAllowed) {
                    return memory("No keyring (libsecret with a D-Bus session) is available, so sign-ins last until the app"
                            + " closes. To keep them, allow an unprotected token file readable only by you.");
                }
                // The folder is owner-only too: the extension rewrites the file with the umask's 0644 before it is
                // put back to 0600, and nobody else may read it in between.
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
                ownerOnly(file);
                PersistenceSettings settings = PersistenceSettings.builder(FILE_NAME, folder)
                        .setLinuxUseUnprotectedFileAsCacheStorage(true).build();
                return new Opened(Kind.UNPROTECTED_FILE, new OwnerOnly(new PersistenceTokenCacheAccessAspect(settings), file), file,
                        Optional.of("No keyring is available: tokens are kept in " + file + ", readable only by you."));
            }
        } catch (IOException | RuntimeException e) {
            return memory("The token cache cannot be kept (" + e.getMessage() + "): sign-ins last until the app closes.");
        }
    }

    /** After every write of the cache, the file is made owner-only again. */
    private record OwnerOnly(ITokenCacheAccessAspect delegate, Path file) implements ITokenCacheAccessAspect {
        @Override
        public void beforeCacheAccess(com.microsoft.aad.msal4j.ITokenCacheAccessContext context) {
            delegate.beforeCacheAccess(context);
        }

        @Override
        public void afterCacheAccess(com.microsoft.aad.msal4j.ITokenCacheAccessContext context) {
            delegate.afterCacheAccess(context);
            try {
                ownerOnly(file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("Cannot make the token cache owner-only: " + e.getMessage(), e);
            }
        }
    }

    private static Opened memory(String notice) {
        return new Opened(Kind.MEMORY, null, null, Optional.of(notice));
    }

    /** Created with rw------- before MSAL writes to it: the extension would leave the umask's 0644. */
    private static void ownerOnly(Path file) throws IOException {
        var permissions = PosixFilePermissions.fromString("rw-------");
        if (Files.notExists(file)) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(permissions));
        }
        Files.setPosixFilePermissions(file, permissions);
    }
}
