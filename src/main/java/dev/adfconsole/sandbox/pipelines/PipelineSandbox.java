package dev.adfconsole.sandbox.pipelines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.adfconsole.sandbox.Json;
import dev.adfconsole.sandbox.Paging;
import dev.adfconsole.sandbox.http.FactoryListener;
import dev.adfconsole.sandbox.http.SandboxRequest;
import dev.adfconsole.sandbox.http.SandboxResponse;
import dev.adfconsole.sandbox.http.SandboxRoutes;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pipelines and their runs: list, get, create, delete, createRun with Data Factory's recovery options, run get,
 * query, cancel and activity runs. Each factory is seeded with pipelines and a week of run history.
 */
public final class PipelineSandbox implements SandboxRoutes, FactoryListener {

    private static final Pattern PATH = Pattern.compile("^(/subscriptions/[^/]+/resourceGroups/[^/]+/providers/"
            + "Microsoft\\.DataFactory/factories/[^/]+)(/pipelines(?:/([^/]+)(/createRun)?)?|/queryPipelineRuns"
            + "|/pipelineruns/([^/]+)(/cancel|/queryActivityruns)?)$", Pattern.CASE_INSENSITIVE);

    private final Clock clock;
    private final Duration activityDuration;
    private final int pageSize;
    private final Map<String, FactoryPipelines> factories = new ConcurrentHashMap<>();

    public PipelineSandbox(Clock clock, Duration activityDuration, int pageSize) {
        this.clock = clock;
        this.activityDuration = activityDuration;
        this.pageSize = pageSize;
    }

    @Override
    public void factoryAdded(String subscriptionId, String resourceGroupName, String factoryName, long seed) {
        String id = "/subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroupName
                + "/providers/Microsoft.DataFactory/factories/" + factoryName;
        factories.put(id.toLowerCase(Locale.ROOT), new FactoryPipelines(id, clock, new RunPlanner(activityDuration, seed), seed));
    }

    @Override
    public void factoryRemoved(String subscriptionId, String resourceGroupName, String factoryName) {
        factories.remove(("/subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroupName
                + "/providers/Microsoft.DataFactory/factories/" + factoryName).toLowerCase(Locale.ROOT));
    }

    @Override
    public Optional<SandboxResponse> handle(SandboxRequest request) {
        Matcher m = PATH.matcher(request.path());
        if (!m.matches()) {
            return Optional.empty();
        }
        FactoryPipelines factory = factories.get(m.group(1).toLowerCase(Locale.ROOT));
        if (factory == null) {
            return Optional.empty();
        }
        synchronized (factory) {
            return Optional.of(route(request, m, factory));
        }
    }

    private SandboxResponse route(SandboxRequest request, Matcher m, FactoryPipelines factory) {
        String method = request.method();
        String rest = m.group(2).toLowerCase(Locale.ROOT);
        JsonNode body = Json.parse(request.body()).orElse(Json.object());
        if (rest.equals("/pipelines") && method.equals("GET")) {
            return Paging.page(request, factory.pipelines.values().stream().map(p -> p.resource).toList(), pageSize);
        }
        if (rest.equals("/querypipelineruns") && method.equals("POST")) {
            return RunQuery.answer(body, factory.runJson(), RunFields::pipelineRun, pageSize);
        }
        if (m.group(3) != null) {
            String name = m.group(3);
            if (!name.matches("^[A-Za-z0-9_][^<>*#.%&:\\\\+?/]*$") || name.length() > 260) {
                return SandboxResponse.error(400, "InvalidResourceName", "The pipeline name '" + name
                        + "' is invalid: it must match ^[A-Za-z0-9_][^<>*#.%&:\\\\+?/]*$.", "pipelineName");
            }
            if (m.group(4) != null && method.equals("POST")) {
                return factory.createRun(name, body, request.query());
            }
            return switch (method) {
                case "GET" -> factory.pipeline(name).map(p -> SandboxResponse.json(200, p.resource.toString()))
                        .orElse(factory.notFound("pipelines", name));
                case "PUT" -> factory.put(name, body);
                case "DELETE" -> factory.delete(name);
                default -> SandboxResponse.error(405, "MethodNotAllowed", "Method " + method + " is not allowed here.");
            };
        }
        String runId = m.group(5);
        SandboxRun run = factory.runs.get(runId.toLowerCase(Locale.ROOT));
        if (run == null) {
            return factory.notFound("pipelineruns", runId);
        }
        String action = m.group(6) == null ? "" : m.group(6).toLowerCase(Locale.ROOT);
        return switch (method + " " + action) {
            case "GET " -> SandboxResponse.json(200, factory.json(run).toString());
            case "POST /cancel" -> factory.cancel(run, Boolean.parseBoolean(request.query().getOrDefault("isRecursive", "false")));
            case "POST /queryactivityruns" -> RunQuery.answer(body, factory.activityJson(run), RunFields::activityRun, pageSize);
            default -> SandboxResponse.error(405, "MethodNotAllowed", "Method " + method + " is not allowed here.");
        };
    }

    /** For tests and the app: the factory's runs, newest first. */
    public List<ObjectNode> runs(String factoryId) {
        FactoryPipelines factory = factories.get(factoryId.toLowerCase(Locale.ROOT));
        if (factory == null) {
            return List.of();
        }
        synchronized (factory) {
            return factory.runJson();
        }
    }
}
