package dev.adfconsole.sandbox.pipelines;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Plans a run the way Data Factory executes one: activities start when their dependencies end with a matching
 * condition, are skipped otherwise; a planted failure fails its activity. For recovery runs only the activities
 * to rerun are planned; the others count as they ended in the reference run.
 */
final class RunPlanner {

    private final Duration activityDuration;
    private final Random random;

    RunPlanner(Duration activityDuration, long seed) {
        this.activityDuration = activityDuration;
        this.random = new Random(seed);
    }

    /**
     * @param rerun the activities to run, or null for all
     * @param inherited outcomes of activities not rerun (from the reference run)
     */
    List<SandboxRun.ActivityPlan> plan(PipelineDef pipeline, Map<String, JsonNode> parameters, Instant start,
                                       Set<String> rerun, Map<String, String> inherited) {
        return plan(pipeline, parameters, start, rerun, inherited, null, null);
    }

    /**
     * As above, with a failure that is not in the parameters ({@code failAt}, e.g. an outage of the network the
     * activity needed): a rerun plans without it, so it succeeds where the cause has gone.
     */
    List<SandboxRun.ActivityPlan> plan(PipelineDef pipeline, Map<String, JsonNode> parameters, Instant start,
                                       Set<String> rerun, Map<String, String> inherited, String failAt, String failError) {
        Map<String, String> outcome = new HashMap<>(inherited);
        Map<String, Instant> ends = new HashMap<>();
        List<SandboxRun.ActivityPlan> plans = new ArrayList<>();
        String planted = failAt != null ? failAt : plantedFailure(pipeline, parameters);
        for (PipelineDef.Activity activity : pipeline.inDependencyOrder()) {
            if (rerun != null && !rerun.contains(activity.name())) {
                continue;
            }
            Instant begin = start.plus(SandboxRun.QUEUED);
            boolean run = true;
            for (Map.Entry<String, List<String>> dep : activity.dependsOn().entrySet()) {
                String ended = outcome.getOrDefault(dep.getKey(), "Skipped");
                if (!dep.getValue().contains(ended) && !(dep.getValue().contains("Completed")
                        && (ended.equals("Succeeded") || ended.equals("Failed")))) {
                    run = false;
                }
                Instant depEnd = ends.get(dep.getKey());
                if (depEnd != null && depEnd.isAfter(begin)) {
                    begin = depEnd;
                }
            }
            if (!run) {
                outcome.put(activity.name(), "Skipped");
                continue;
            }
            long millis = activityDuration.toMillis() + random.nextInt((int) Math.max(1, activityDuration.toMillis() / 2));
            Instant end = begin.plusMillis(millis);
            boolean fails = activity.name().equalsIgnoreCase(planted);
            String error = fails ? (failAt != null && failError != null ? failError : errorFor(activity)) : null;
            plans.add(new SandboxRun.ActivityPlan(UUID.randomUUID().toString(), activity.name(), activity.type(), begin, end,
                    fails ? "Failed" : "Succeeded", error));
            outcome.put(activity.name(), fails ? "Failed" : "Succeeded");
            ends.put(activity.name(), end);
        }
        return plans;
    }

    /** The activity a run fails at: named by the failActivity parameter, or by the reconcile pipeline's own rule. */
    static String plantedFailure(PipelineDef pipeline, Map<String, JsonNode> parameters) {
        JsonNode named = parameters.get(PipelineCatalog.FAIL_PARAMETER);
        if (named != null && !named.asText("").isBlank()) {
            return named.asText();
        }
        JsonNode tolerance = parameters.get("tolerance");
        if (pipeline.name.equals("pl_reconcile_ledger") && tolerance != null && tolerance.asDouble() < 0.5) {
            return "CheckBalances";
        }
        return null;
    }

    /** The activities to rerun from a failed run: the failed ones and everything downstream of them. */
    static Set<String> fromFailure(PipelineDef pipeline, SandboxRun reference) {
        Set<String> failed = new HashSet<>();
        reference.activities.stream().filter(a -> a.outcome().equals("Failed")).forEach(a -> failed.add(a.name()));
        return downstream(pipeline, failed);
    }

    /** An activity and everything that depends on it, directly or not. */
    static Set<String> downstream(PipelineDef pipeline, Set<String> roots) {
        Set<String> result = new HashSet<>(roots);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (PipelineDef.Activity activity : pipeline.activities) {
                if (!result.contains(activity.name()) && activity.dependsOn().keySet().stream().anyMatch(result::contains)) {
                    result.add(activity.name());
                    grew = true;
                }
            }
        }
        return result;
    }

    private static String errorFor(PipelineDef.Activity activity) {
        return switch (activity.type()) {
            case "Copy" -> "ErrorCode=SqlOperationFailed,'A database operation failed. Login timeout expired.'";
            case "IfCondition" -> "Balances differ by more than the tolerance: 0.37 EUR on account 4711.";
            case "SqlServerStoredProcedure" -> "Execution fail against sql server. Sql error number: 2627. Violation of PRIMARY KEY constraint.";
            default -> "The activity failed in the sandbox because it was asked to (failActivity).";
        };
    }
}
