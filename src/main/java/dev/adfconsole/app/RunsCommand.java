package dev.adfconsole.app;

import dev.adfconsole.app.runs.RunsOptions;
import dev.adfconsole.arm.ArmClient;
import dev.adfconsole.arm.ArmClientOptions;
import dev.adfconsole.arm.ArmEnvironment;
import dev.adfconsole.arm.ArmLimitsMemory;
import dev.adfconsole.arm.StaticTokenProvider;
import dev.adfconsole.model.ModelJson;
import dev.adfconsole.model.PipelineRunStatus;
import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.activity.ActivityLog;
import dev.adfconsole.service.inventory.InventorySweep;
import dev.adfconsole.service.runs.FactoryRun;
import dev.adfconsole.service.runs.RerunPlan;
import dev.adfconsole.service.runs.RerunPlanner;
import dev.adfconsole.service.runs.RunScope;
import dev.adfconsole.service.runs.ScopeFailure;
import dev.adfconsole.service.settings.AppPaths;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

/** {@code adf-console runs list|rerun-failed …}: the runs of every factory the token sees, and bulk recovery. */
final class RunsCommand implements CommandLine.SubCommand {

    private final Map<String, String> environment;
    private final Duration pollInterval;
    private final Clock clock;

    RunsCommand() {
        this(System.getenv(), Duration.ofSeconds(10), Clock.systemUTC());
    }

    /** @param pollInterval how often a pipeline at its concurrency limit is asked whether its runs have ended */
    RunsCommand(Map<String, String> environment, Duration pollInterval, Clock clock) {
        this.environment = environment;
        this.pollInterval = pollInterval;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "runs";
    }

    @Override
    public String summary() {
        return "list pipeline runs of every factory, or rerun the failed ones from failure";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        RunsOptions options;
        ArmEnvironment cloud;
        try {
            options = RunsOptions.parse(args);
            if (options.help()) {
                out.print(RunsOptions.USAGE);
                return 0;
            }
            cloud = options.endpoint() != null ? FixedEndpoint.environment("Custom", options.endpoint())
                    : ArmEnvironment.byName(options.cloud()).orElseThrow(() -> new IllegalArgumentException(
                            "--cloud must be AzureCloud, AzureChinaCloud or AzureUSGovernment, not '" + options.cloud() + "'"));
        } catch (IllegalArgumentException e) {
            err.println("adf-console runs: " + e.getMessage());
            return CommandLine.EXIT_USAGE;
        }
        Optional<String> token;
        try {
            token = FixedEndpoint.readToken(options.accessTokenFile(), environment);
        } catch (IOException e) {
            err.println("adf-console runs: cannot read the token file: " + e.getMessage());
            return 3;
        }
        if (token.isEmpty()) {
            err.println("adf-console runs: no access token: pass --access-token-file F or set " + FixedEndpoint.TOKEN_VARIABLE
                    + " (az account get-access-token --query accessToken -o tsv)");
            return 3;
        }
        try (ArmClient client = new ArmClient(ArmClientOptions.defaults(AppVersion.read())
                .withMaxRequestsPerHost(Math.max(16, options.concurrency())),
                new ArmLimitsMemory(AppPaths.forEnvironment(environment).armLimitsFile()))) {
            DataFactoryServices services = new DataFactoryServices(client.connect(cloud, new StaticTokenProvider(token.get())),
                    ModelJson.newMapper(), new ActivityLog(1), clock);
            RunScope scope = RunScope.subscriptions("command line", options.subscriptions()).withFactoryName(options.factory());
            RunsListing listing = RunsListing.query(services, scope, options, clock);
            if (options.action().equals("list")) {
                options.format().write(listing.rows(), new OutputStreamWriter(out, StandardCharsets.UTF_8));
                return reportFailures(listing.failures(), err);
            }
            List<FactoryRun> failed = listing.runs().stream()
                    .filter(run -> run.run().status().is(PipelineRunStatus.FAILED)).toList();
            RerunPlan plan = new RerunPlanner(services, options.concurrency()).plan(failed, listing.runs()).get();
            if (options.dryRun()) {
                out.print(plan.preview());
                return reportFailures(listing.failures(), err);
            }
            int refused = new RerunPrinter(out, err).send(services, plan, listing.runs(), options.concurrency(), pollInterval);
            return Math.max(reportFailures(listing.failures(), err), refused > 0 ? 1 : 0);
        } catch (ExecutionException e) {
            String message = oneLine(e.getCause());
            if (InventorySweep.isAuthenticationFailure(e.getCause())) {
                err.println("adf-console runs: authentication failed: " + message);
                return 3;
            }
            err.println("adf-console runs: " + message);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static int reportFailures(List<ScopeFailure> failures, PrintStream err) {
        if (failures.isEmpty()) {
            return 0;
        }
        err.println("adf-console runs: " + failures.size() + (failures.size() == 1 ? " factory or subscription" : " factories or subscriptions")
                + " could not be read:");
        failures.forEach(f -> err.println("  " + f.describe()));
        return 1;
    }

    private static String oneLine(Throwable failure) {
        String message = failure instanceof dev.adfconsole.arm.ArmException arm ? arm.userMessage() : String.valueOf(failure.getMessage());
        return message.replace('\n', ' ');
    }
}
