package dev.adfconsole.app.runs;

import dev.adfconsole.service.runs.RunsFormat;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The options of {@code adf-console runs list|rerun-failed}, in the style of {@code inventory}, checked before any
 * request so a typo costs nothing.
 *
 * @param action "list" or "rerun-failed"
 */
public record RunsOptions(String action, String cloud, URI endpoint, List<String> subscriptions, String factory,
                          String pipeline, Duration since, String status, RunsFormat format, boolean dryRun,
                          int concurrency, Path accessTokenFile, boolean help) {

    public static final int DEFAULT_CONCURRENCY = 16;
    private static final Pattern GUID = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
    private static final Pattern SINCE = Pattern.compile("^(\\d{1,4})([mhd])$");
    private static final List<String> STATUSES = List.of("Queued", "InProgress", "Succeeded", "Failed", "Canceling", "Cancelled");

    public static final String USAGE = """
            Usage: adf-console runs list [--since 24h] [--status S] [--pipeline NAME] [--format table|json|csv]
                   adf-console runs rerun-failed [--since 24h] [--pipeline NAME] [--dry-run]
              with [--cloud NAME | --endpoint URL] [--subscription ID]... [--factory NAME]
                   [--concurrency N] [--access-token-file F]

            list           the pipeline runs of every factory the token can see, newest first
            rerun-failed   reruns each failed run that no later run of its group recovers, from its failed
                           activities in recovery mode (createRun with referencePipelineRunId, isRecovery=true,
                           startFromFailure=true); runs already recovered are skipped and say so
              --since AGE             runs updated in the last AGE: 90m, 24h (default), 7d
              --status S              only runs with this status (list): Queued, InProgress, Succeeded, Failed,
                                      Canceling, Cancelled
              --pipeline NAME         only runs of this pipeline
              --format FORMAT         table (default), json or csv (list)
              --dry-run               print every createRun request rerun-failed would send, send nothing
              --cloud NAME            AzureCloud (default), AzureChinaCloud or AzureUSGovernment
              --endpoint URL          any ARM-compatible base URL instead of a cloud (http:// for loopback)
              --subscription ID       only this subscription (repeatable)
              --factory NAME          only factories with this name
              --concurrency N         factories queried (and reruns sent) at once, 1..64 (default 16)
              --access-token-file F   read the bearer token from F; otherwise ADF_CONSOLE_ACCESS_TOKEN

            Exit codes: 0 all calls succeeded, 1 some call failed (see the error column, or the REFUSED lines),
                        2 bad arguments, 3 authentication failed.
            """;

    /** Parses the arguments after {@code runs}; throws IllegalArgumentException with a one-line reason. */
    public static RunsOptions parse(List<String> args) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h")) {
            return new RunsOptions(null, null, null, List.of(), null, null, null, null, RunsFormat.TABLE, false,
                    DEFAULT_CONCURRENCY, null, true);
        }
        String action = args.get(0);
        if (!action.equals("list") && !action.equals("rerun-failed")) {
            throw new IllegalArgumentException("the first word must be list or rerun-failed, not '" + action + "'");
        }
        String cloud = null;
        URI endpoint = null;
        List<String> subscriptions = new ArrayList<>();
        String factory = null;
        String pipeline = null;
        Duration since = Duration.ofHours(24);
        String status = null;
        RunsFormat format = RunsFormat.TABLE;
        boolean dryRun = false;
        int concurrency = DEFAULT_CONCURRENCY;
        Path tokenFile = null;
        for (int i = 1; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--help", "-h" -> {
                    return parse(List.of("--help"));
                }
                case "--cloud" -> cloud = value(args, ++i, arg);
                case "--endpoint" -> endpoint = dev.adfconsole.app.FixedEndpoint.parseEndpoint(value(args, ++i, arg));
                case "--subscription" -> subscriptions.add(subscription(value(args, ++i, arg)));
                case "--factory" -> factory = value(args, ++i, arg);
                case "--pipeline" -> pipeline = value(args, ++i, arg);
                case "--since" -> since = since(value(args, ++i, arg));
                case "--status" -> status = only(action, "list", arg, status(value(args, ++i, arg)));
                case "--format" -> format = only(action, "list", arg, RunsFormat.parse(value(args, ++i, arg)));
                case "--dry-run" -> dryRun = only(action, "rerun-failed", arg, true);
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
        return new RunsOptions(action, cloud, endpoint, List.copyOf(subscriptions), factory, pipeline, since, status,
                format, dryRun, concurrency, tokenFile, false);
    }

    private static <T> T only(String action, String allowed, String option, T value) {
        if (!action.equals(allowed)) {
            throw new IllegalArgumentException(option + " is an option of runs " + allowed + ", not of runs " + action);
        }
        return value;
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size() || args.get(index).startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(index);
    }

    private static String subscription(String text) {
        if (!GUID.matcher(text).matches()) {
            throw new IllegalArgumentException("--subscription must be a subscription id (a GUID), not '" + text + "'");
        }
        return text;
    }

    static Duration since(String text) {
        Matcher m = SINCE.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            Duration value = switch (m.group(2)) {
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
            // Data Factory keeps run history for 45 days.
            if (!value.isZero() && value.compareTo(Duration.ofDays(45)) <= 0) {
                return value;
            }
        }
        throw new IllegalArgumentException("--since must be a number with m, h or d, from 1m to 45d (e.g. 24h), not '" + text + "'");
    }

    private static String status(String text) {
        return STATUSES.stream().filter(s -> s.equalsIgnoreCase(text)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("--status must be one of " + String.join(", ", STATUSES) + ", not '" + text + "'"));
    }

    private static int concurrency(String text) {
        try {
            int value = Integer.parseInt(text);
            if (value >= 1 && value <= 64) {
                return value;
            }
        } catch (NumberFormatException e) {
            // the message below says what is allowed
        }
        throw new IllegalArgumentException("--concurrency must be a whole number from 1 to 64, not '" + text + "'");
    }
}
