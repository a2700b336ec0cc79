package dev.adfconsole.sandbox.pipelines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.adfconsole.sandbox.http.SandboxResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/** One factory's pipelines and runs. Callers hold its lock. */
final class FactoryPipelines {

    final String factoryId;
    final Map<String, PipelineDef> pipelines = new LinkedHashMap<>();
    final Map<String, SandboxRun> runs = new LinkedHashMap<>();
    private final Clock clock;
    private final RunPlanner planner;
    private final Random random;

    FactoryPipelines(String factoryId, Clock clock, RunPlanner planner, long seed) {
        this.factoryId = factoryId;
        this.clock = clock;
        this.planner = planner;
        this.random = new Random(seed);
        PipelineCatalog.definitions(factoryId).forEach(json -> {
            PipelineDef def = new PipelineDef(json.get("name").asText(), json);
            pipelines.put(def.name.toLowerCase(Locale.ROOT), def);
        });
        history();
    }

    /** A week of runs: mostly Succeeded, some Failed (planted or by definition), one Cancelled. */
    private void history() {
        RunPlanner slow = new RunPlanner(Duration.ofMinutes(2), random.nextLong());
        Instant now = clock.instant();
        List<PipelineDef> defs = List.copyOf(pipelines.values());
        for (int i = 0; i < 14; i++) {
            PipelineDef def = defs.get(i % defs.size());
            Map<String, JsonNode> parameters = defaults(def);
            if (def.parameters.containsKey("runDate")) {
                parameters.put("runDate", com.fasterxml.jackson.databind.node.TextNode.valueOf(now.minus(Duration.ofDays(i / 2 + 1)).toString().substring(0, 10)));
            }
            if (def.name.equals("pl_ingest_sales_daily") && i % 5 == 3) {
                parameters.put(PipelineCatalog.FAIL_PARAMETER, com.fasterxml.jackson.databind.node.TextNode.valueOf("CopyOrders"));
            }
            if (def.name.equals("pl_reconcile_ledger") && i % 2 == 0) {
                parameters.put("tolerance", com.fasterxml.jackson.databind.node.DoubleNode.valueOf(0.5));
            }
            // Twelve hours apart, the newest about half a day old: the monitor's default "last 24 hours" is never empty.
            Instant start = now.minus(Duration.ofHours(7L * 24 - 4 - i * 12L + random.nextInt(3)));
            String id = UUID.randomUUID().toString();
            SandboxRun run = new SandboxRun(id, id, def.name, parameters, start,
                    slow.plan(def, parameters, start, null, Map.of()), i % 3 == 0 ? "Manual" : "DailyTrigger");
            if (i == 8) {
                run.cancelledAt = start.plus(Duration.ofMinutes(3));
            }
            runs.put(id, run);
        }
        IncidentHistory.plant(this, slow, now, random);
    }

    Optional<PipelineDef> pipeline(String name) {
        return Optional.ofNullable(pipelines.get(name.toLowerCase(Locale.ROOT)));
    }

    SandboxResponse put(String name, JsonNode body) {
        if (!body.path("properties").isObject()) {
            return SandboxResponse.error(400, "BadRequest", "The pipeline needs a properties object.", "pipeline");
        }
        ObjectNode resource = ((ObjectNode) body).deepCopy();
        resource.put("id", factoryId + "/pipelines/" + name).put("name", name)
                .put("type", "Microsoft.DataFactory/factories/pipelines").put("etag", UUID.randomUUID().toString());
        pipelines.put(name.toLowerCase(Locale.ROOT), new PipelineDef(name, resource));
        return SandboxResponse.json(200, resource.toString());
    }

    SandboxResponse delete(String name) {
        pipelines.remove(name.toLowerCase(Locale.ROOT));
        return SandboxResponse.empty(200);
    }

    SandboxResponse createRun(String name, JsonNode body, Map<String, String> query) {
        Optional<PipelineDef> found = pipeline(name);
        if (found.isEmpty()) {
            return notFound("pipelines", name);
        }
        PipelineDef def = found.get();
        RunOptions options = RunOptions.read(query);
        if (options.error() != null) {
            return SandboxResponse.error(400, "BadRequest", options.error());
        }
        SandboxRun reference = null;
        if (options.referenceRunId() != null) {
            reference = runs.get(options.referenceRunId().toLowerCase(Locale.ROOT));
            if (reference == null) {
                return notFound("pipelineruns", options.referenceRunId());
            }
            if (!reference.pipelineName.equalsIgnoreCase(def.name)) {
                return SandboxResponse.error(400, "BadRequest", "The reference run " + reference.runId + " is a run of pipeline '"
                        + reference.pipelineName + "', not of '" + def.name + "'.", "referencePipelineRunId");
            }
        }
        Map<String, JsonNode> parameters = new LinkedHashMap<>(reference != null ? reference.parameters : defaults(def));
        String invalid = ParameterCheck.apply(def, body, parameters);
        if (invalid != null) {
            return SandboxResponse.error(400, "BadRequest", invalid, "parameters");
        }
        Set<String> rerun = null;
        Map<String, String> inherited = Map.of();
        if (options.startActivityName() != null) {
            if (def.activity(options.startActivityName()) == null) {
                return SandboxResponse.error(400, "BadRequest", "Activity '" + options.startActivityName()
                        + "' is not in pipeline '" + def.name + "'.", "startActivityName");
            }
            rerun = RunPlanner.downstream(def, Set.of(def.activity(options.startActivityName()).name()));
            inherited = outcomes(reference);
        } else if (options.startFromFailure()) {
            if (!reference.status(clock.instant()).equals("Failed") && !reference.status(clock.instant()).equals("Cancelled")) {
                return SandboxResponse.error(400, "BadRequest", "Run " + reference.runId + " did not fail; there is nothing"
                        + " to rerun from failure.", "startFromFailure");
            }
            rerun = RunPlanner.fromFailure(def, reference);
            inherited = outcomes(reference);
        }
        Instant start = clock.instant();
        String runId = UUID.randomUUID().toString();
        String group = runId;
        if (options.isRecovery()) {
            String referenceGroup = reference.runGroupId;
            group = referenceGroup;
            runs.values().stream().filter(r -> r.runGroupId.equals(referenceGroup)).forEach(r -> r.isLatest = false);
        }
        Instant slot = slotFrom(def, start);
        SandboxRun run = new SandboxRun(runId, group, def.name, parameters, start,
                planner.plan(def, parameters, slot, rerun, inherited), "Manual");
        run.slotFrom = slot;
        runs.put(runId, run);
        return SandboxResponse.json(200, "{\"runId\":\"" + runId + "\"}");
    }

    /**
     * When a new run of {@code def} may start: now, or, while the pipeline's concurrency is used up, when enough of
     * the runs ahead of it have ended. Data Factory queues such runs rather than refusing them.
     */
    private Instant slotFrom(PipelineDef def, Instant now) {
        if (def.concurrency <= 0) {
            return now;
        }
        List<Instant> ends = runs.values().stream()
                .filter(r -> r.pipelineName.equalsIgnoreCase(def.name) && r.cancelledAt == null && !r.finished(now))
                .map(SandboxRun::plannedEnd).sorted().toList();
        return ends.size() < def.concurrency ? now : ends.get(ends.size() - def.concurrency);
    }

    SandboxResponse cancel(SandboxRun run, boolean recursive) {
        Instant now = clock.instant();
        if (run.finished(now) || run.cancelledAt != null) {
            return SandboxResponse.error(400, "BadRequest", "Run " + run.runId + " is already " + run.status(now)
                    + " and cannot be cancelled.");
        }
        run.cancelledAt = now;
        return SandboxResponse.empty(200);
    }

    List<ObjectNode> runJson() {
        return runs.values().stream().sorted(Comparator.comparing((SandboxRun r) -> r.start).reversed())
                .map(this::json).toList();
    }

    ObjectNode json(SandboxRun run) {
        Map<String, PipelineDef.Parameter> types = pipeline(run.pipelineName).map(p -> p.parameters).orElse(Map.of());
        return RunJson.run(run, clock.instant(), types);
    }

    List<ObjectNode> activityJson(SandboxRun run) {
        Instant now = clock.instant();
        List<ObjectNode> rows = new ArrayList<>();
        for (SandboxRun.ActivityPlan plan : run.activities) {
            String status = run.activityStatus(plan, now);
            if (status != null) {
                rows.add(RunJson.activity(run, plan, status, now));
            }
        }
        return rows;
    }

    SandboxResponse notFound(String type, String name) {
        String factoryName = factoryId.substring(factoryId.lastIndexOf('/') + 1);
        String group = factoryId.split("/")[4];
        return SandboxResponse.error(404, "ResourceNotFound", "The Resource 'Microsoft.DataFactory/factories/" + factoryName
                + "/" + type + "/" + name + "' under resource group '" + group + "' was not found.");
    }

    static Map<String, String> outcomes(SandboxRun reference) {
        Map<String, String> outcome = new LinkedHashMap<>();
        reference.activities.forEach(a -> outcome.put(a.name(), a.outcome()));
        return outcome;
    }

    static Map<String, JsonNode> defaults(PipelineDef def) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        def.parameters.forEach((name, p) -> {
            if (p.defaultValue() != null) {
                values.put(name, p.defaultValue());
            }
        });
        return values;
    }
}
