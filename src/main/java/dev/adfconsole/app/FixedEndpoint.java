package dev.adfconsole.app;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * An ARM-compatible endpoint reached with a token from outside (automation, private endpoints): {@code --endpoint URL}
 * with {@code --access-token-file F} or {@code ADF_CONSOLE_ACCESS_TOKEN}, for the window as for {@code inventory}.
 */
public record FixedEndpoint(URI endpoint, Path tokenFile) {

    public static final String TOKEN_VARIABLE = "ADF_CONSOLE_ACCESS_TOKEN";

    /**
     * The cloud such an endpoint stands for: ARM there, tokens for Azure Resource Manager's scope, no sign-in of its
     * own (the token comes from outside).
     */
    public static dev.adfconsole.arm.ArmEnvironment environment(String name, URI endpoint) {
        return dev.adfconsole.arm.ArmEnvironment.custom(name, endpoint,
                dev.adfconsole.arm.ArmEnvironment.AZURE_CLOUD.armScope(), endpoint);
    }

    /** An http(s) URL with a host ({@code http://} is for loopback endpoints such as a sandbox). */
    public static URI parseEndpoint(String text) {
        try {
            URI uri = URI.create(text);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // Reported below, naming the option.
        }
        throw new IllegalArgumentException("--endpoint must be an http(s) URL, not '" + text + "'");
    }

    /** The token: the file's content when given, otherwise the environment variable; empty when neither has one. */
    public static Optional<String> readToken(Path tokenFile, Map<String, String> environment) throws IOException {
        if (tokenFile != null) {
            String text = Files.readString(tokenFile).strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }
        String variable = environment.get(TOKEN_VARIABLE);
        return variable == null || variable.isBlank() ? Optional.empty() : Optional.of(variable.strip());
    }
}
