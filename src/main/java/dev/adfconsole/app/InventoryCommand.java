package dev.adfconsole.app;

import dev.adfconsole.app.inventory.InventoryOptions;
import dev.adfconsole.arm.ArmClient;
import dev.adfconsole.arm.ArmClientOptions;
import dev.adfconsole.arm.ArmEnvironment;
import dev.adfconsole.arm.ArmLimitsMemory;
import dev.adfconsole.arm.StaticTokenProvider;
import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.activity.ActivityLog;
import dev.adfconsole.service.inventory.InventoryRow;
import dev.adfconsole.service.inventory.InventorySweep;
import dev.adfconsole.service.settings.AppPaths;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

/** {@code adf-console inventory …}: every integration runtime the token can see, as a table, JSON or CSV. */
final class InventoryCommand implements CommandLine.SubCommand {

    static final String TOKEN_VARIABLE = FixedEndpoint.TOKEN_VARIABLE;
    private final Map<String, String> environment;

    InventoryCommand() {
        this(System.getenv());
    }

    InventoryCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public String name() {
        return "inventory";
    }

    @Override
    public String summary() {
        return "list every integration runtime with its status (table, json or csv)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        InventoryOptions options;
        ArmEnvironment cloud;
        try {
            options = InventoryOptions.parse(args);
            if (options.help()) {
                out.print(InventoryOptions.USAGE);
                return 0;
            }
            cloud = options.endpoint() != null
                    ? FixedEndpoint.environment("Custom", options.endpoint())
                    : ArmEnvironment.byName(options.cloud()).orElseThrow(() -> new IllegalArgumentException(
                            "--cloud must be AzureCloud, AzureChinaCloud or AzureUSGovernment, not '" + options.cloud() + "'"));
        } catch (IllegalArgumentException e) {
            err.println("adf-console inventory: " + e.getMessage());
            return CommandLine.EXIT_USAGE;
        }
        Optional<String> token;
        try {
            token = token(options);
        } catch (IOException e) {
            err.println("adf-console inventory: cannot read the token file: " + e.getMessage());
            return 3;
        }
        if (token.isEmpty()) {
            err.println("adf-console inventory: no access token: pass --access-token-file F or set " + TOKEN_VARIABLE
                    + " (az account get-access-token --query accessToken -o tsv)");
            return 3;
        }
        // --concurrency counts status calls; the sweep's listing calls go beside them, so the HTTP client takes that
        // many more at once rather than queueing status calls behind 100 runtime lists.
        ArmClientOptions clientOptions = ArmClientOptions.defaults(AppVersion.read())
                .withMaxRequestsPerHost(Math.max(16, options.concurrency()) + InventorySweep.LISTING_CALLS);
        try (ArmClient client = new ArmClient(clientOptions,
                new ArmLimitsMemory(AppPaths.forEnvironment(environment).armLimitsFile()))) {
            // One mapper for the client's answers and the services' list items: their readers are built once.
            DataFactoryServices services = new DataFactoryServices(client.connect(cloud, new StaticTokenProvider(token.get())),
                    clientOptions.mapper(), new ActivityLog(1), Clock.systemUTC());
            List<InventoryRow> rows = new InventorySweep(services, options.concurrency())
                    .run(options.subscriptions(), options.withStatus(), row -> { }).get();
            options.format().write(rows, new OutputStreamWriter(out, StandardCharsets.UTF_8));
            long failed = rows.stream().filter(InventoryRow::failed).count();
            if (failed > 0) {
                err.println("adf-console inventory: " + failed + " of " + rows.size() + " rows have errors (see the error column)");
                return 1;
            }
            return 0;
        } catch (ExecutionException e) {
            if (InventorySweep.isAuthenticationFailure(e.getCause())) {
                err.println("adf-console inventory: authentication failed: " + oneLine(e.getCause()));
                return 3;
            }
            err.println("adf-console inventory: " + oneLine(e.getCause()));
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private Optional<String> token(InventoryOptions options) throws IOException {
        return FixedEndpoint.readToken(options.accessTokenFile(), environment);
    }

    private static String oneLine(Throwable failure) {
        String message = failure instanceof dev.adfconsole.arm.ArmException arm ? arm.userMessage() : String.valueOf(failure.getMessage());
        return message.replace('\n', ' ');
    }
}
