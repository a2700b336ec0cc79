package dev.adfconsole.app.inventory;

import dev.adfconsole.service.inventory.InventoryFormat;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The options of {@code adf-console inventory}, checked before any request so a typo costs nothing.
 *
 * @param cloud a cloud name (AzureCloud, AzureChinaCloud, AzureUSGovernment) or null when {@code endpoint} is set
 * @param endpoint any ARM-compatible base URL ({@code http://} allowed for loopback), or null
 * @param subscriptions narrows the sweep; empty means every subscription the token can list
 */
public record InventoryOptions(String cloud, URI endpoint, List<String> subscriptions, InventoryFormat format,
                               boolean withStatus, int concurrency, Path accessTokenFile, boolean help) {

    public static final int DEFAULT_CONCURRENCY = 16;
    private static final int MAX_CONCURRENCY = 64;
    private static final Pattern GUID = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    public static final String USAGE = """
            Usage: adf-console inventory [--cloud NAME | --endpoint URL] [--subscription ID]...
                                         [--format table|json|csv] [--no-status] [--concurrency N]
                                         [--access-token-file F]

            Lists every integration runtime of every data factory the token can see.
              --cloud NAME            AzureCloud (default), AzureChinaCloud or AzureUSGovernment
              --endpoint URL          any ARM-compatible base URL instead of a cloud (http:// for loopback)
              --subscription ID       only this subscription (repeatable)
              --format FORMAT         table (default), json or csv
              --no-status             skip the status call per runtime (faster; state and nodes stay empty)
              --concurrency N         status calls in flight at once, 1..64 (default 16)
              --access-token-file F   read the bearer token from F; otherwise ADF_CONSOLE_ACCESS_TOKEN
                                      (what `az account get-access-token --query accessToken -o tsv` prints)

            Exit codes: 0 all calls succeeded, 1 some call failed (see the error column),
                        2 bad arguments, 3 authentication failed.
            """;

    /** Parses the arguments after {@code inventory}; throws IllegalArgumentException with a one-line reason. */
    public static InventoryOptions parse(List<String> args) {
        String cloud = null;
        URI endpoint = null;
        List<String> subscriptions = new ArrayList<>();
        InventoryFormat format = InventoryFormat.TABLE;
        boolean withStatus = true;
        int concurrency = DEFAULT_CONCURRENCY;
        Path tokenFile = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--help", "-h" -> {
                    return new InventoryOptions(null, null, List.of(), format, true, concurrency, null, true);
                }
                case "--cloud" -> cloud = value(args, ++i, arg);
                case "--endpoint" -> endpoint = endpoint(value(args, ++i, arg));
                case "--subscription" -> subscriptions.add(subscription(value(args, ++i, arg)));
                case "--format" -> format = InventoryFormat.parse(value(args, ++i, arg));
                case "--no-status" -> withStatus = false;
                case "--concurrency" -> concurrency = concurrency(value(args, ++i, arg));
                case "--access-token-file" -> tokenFile = Path.of(value(args, ++i, arg));
                default -> throw new IllegalArgumentException(arg.startsWith("-")
                        ? "unknown option '" + arg + "'" : "unexpected argument '" + arg + "'");
            }
        }
        if (cloud != null && endpoint != null) {
            throw new IllegalArgumentException("--cloud and --endpoint cannot be used together");
        }
        if (cloud == null && endpoint == null) {
            cloud = "AzureCloud";
        }
        return new InventoryOptions(cloud, endpoint, List.copyOf(subscriptions), format, withStatus, concurrency,
                tokenFile, false);
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(index);
    }

    private static URI endpoint(String text) {
        return dev.adfconsole.app.FixedEndpoint.parseEndpoint(text);
    }

    private static String subscription(String text) {
        if (!GUID.matcher(text).matches()) {
            throw new IllegalArgumentException("--subscription must be a subscription id (a GUID), not '" + text + "'");
        }
        return text;
    }

    private static int concurrency(String text) {
        try {
            int value = Integer.parseInt(text);
            if (value >= 1 && value <= MAX_CONCURRENCY) {
                return value;
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("--concurrency must be a whole number from 1 to " + MAX_CONCURRENCY + ", not '" + text + "'");
    }
}
