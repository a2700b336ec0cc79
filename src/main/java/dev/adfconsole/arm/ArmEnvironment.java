package dev.adfconsole.arm;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An Azure cloud as the client needs it: where ARM answers, the scope its tokens are for, and the sign-in authority.
 * {@code http://} endpoints are allowed on purpose: the built-in sandbox and test peers listen on loopback.
 */
public record ArmEnvironment(String name, URI resourceManagerEndpoint, String armScope, URI authorityHost) {

    public static final ArmEnvironment AZURE_CLOUD = new ArmEnvironment("AzureCloud",
            URI.create("https://management.azure.com"), "https://management.azure.com/.default",
            URI.create("https://login.microsoftonline.com"));
    public static final ArmEnvironment AZURE_CHINA_CLOUD = new ArmEnvironment("AzureChinaCloud",
            URI.create("https://management.chinacloudapi.cn"), "https://management.chinacloudapi.cn/.default",
            URI.create("https://login.chinacloudapi.cn"));
    public static final ArmEnvironment AZURE_US_GOVERNMENT = new ArmEnvironment("AzureUSGovernment",
            URI.create("https://management.usgovcloudapi.net"), "https://management.usgovcloudapi.net/.default",
            URI.create("https://login.microsoftonline.us"));

    public static final List<ArmEnvironment> KNOWN = List.of(AZURE_CLOUD, AZURE_CHINA_CLOUD, AZURE_US_GOVERNMENT);

    public ArmEnvironment {
        String text = resourceManagerEndpoint.toString();
        // One form for every endpoint, so paths join without doubled or missing slashes.
        resourceManagerEndpoint = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    /** A cloud of one's own: an Azure Stack hub, a private endpoint, or the sandbox. */
    public static ArmEnvironment custom(String name, URI endpoint, String scope, URI authorityHost) {
        return new ArmEnvironment(name, endpoint, scope, authorityHost);
    }

    /** AzureCloud, AzureChinaCloud, AzureUSGovernment, compared case-insensitively as {@code az cloud} does. */
    public static Optional<ArmEnvironment> byName(String name) {
        return KNOWN.stream().filter(e -> e.name.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))).findFirst();
    }
}
