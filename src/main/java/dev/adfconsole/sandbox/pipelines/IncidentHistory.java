package dev.adfconsole.sandbox.pipelines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The outage every sandbox factory went through about six hours ago, so there is something to recover: the
 * self-hosted runtime lost its network and one run of each pipeline failed at the activity that needed it. One of
 * them was already rerun from failure (it shares the failed run's group and succeeded); the others wait for an
 * operator. The cause is gone, so a rerun from failure of these succeeds.
 */
final class IncidentHistory {

    static final String OUTAGE_ERROR = "ErrorCode=UserErrorFailedToConnectToSqlServer,'Cannot connect to SQL Server:"
            + " the self-hosted integration runtime lost its network connection (sandbox outage).'";

    private IncidentHistory() {
    }

    static void plant(FactoryPipelines factory, RunPlanner planner, Instant now, Random random) {
        Instant outage = now.minus(Duration.ofHours(6)).plus(Duration.ofMinutes(random.nextInt(20)));
        failed(factory, planner, "pl_ingest_sales_daily", "CopyOrders", outage, Map.of("runDate", day(now, 1)));
        failed(factory, planner, "pl_refresh_dim_tables", "ForEachTable", outage.plus(Duration.ofMinutes(4)), Map.of());
        failed(factory, planner, "pl_reconcile_ledger", "ExtractLedger", outage.plus(Duration.ofMinutes(9)),
                Map.of("tolerance", DoubleNode.valueOf(0.5)));
        SandboxRun recovered = failed(factory, planner, "pl_ingest_sales_daily", "CopyCustomers",
                outage.plus(Duration.ofMinutes(13)), Map.of("runDate", day(now, 2)));
        if (recovered != null) {
            rerunFromFailure(factory, planner, recovered, outage.plus(Duration.ofMinutes(70)));
        }
    }

    private static SandboxRun failed(FactoryPipelines factory, RunPlanner planner, String pipeline, String activity,
                                     Instant start, Map<String, JsonNode> overrides) {
        PipelineDef def = factory.pipeline(pipeline).orElse(null);
        if (def == null) {
            return null;
        }
        Map<String, JsonNode> parameters = FactoryPipelines.defaults(def);
        parameters.putAll(overrides);
        String id = UUID.randomUUID().toString();
        SandboxRun run = new SandboxRun(id, id, def.name, parameters, start,
                planner.plan(def, parameters, start, null, Map.of(), activity, OUTAGE_ERROR), "DailyTrigger");
        factory.runs.put(id, run);
        return run;
    }

    private static void rerunFromFailure(FactoryPipelines factory, RunPlanner planner, SandboxRun original, Instant start) {
        PipelineDef def = factory.pipeline(original.pipelineName).orElseThrow();
        String id = UUID.randomUUID().toString();
        SandboxRun rerun = new SandboxRun(id, original.runGroupId, def.name, original.parameters, start,
                planner.plan(def, original.parameters, start, RunPlanner.fromFailure(def, original),
                        FactoryPipelines.outcomes(original)), "Manual");
        original.isLatest = false;
        factory.runs.put(id, rerun);
    }

    private static JsonNode day(Instant now, int daysAgo) {
        return TextNode.valueOf(now.minus(Duration.ofDays(daysAgo)).toString().substring(0, 10));
    }
}
