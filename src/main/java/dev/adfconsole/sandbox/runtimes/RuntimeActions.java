package dev.adfconsole.sandbox.runtimes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.adfconsole.sandbox.Json;
import dev.adfconsole.sandbox.Paging;
import dev.adfconsole.sandbox.fleet.Fleet;
import dev.adfconsole.sandbox.fleet.SandboxFactory;
import dev.adfconsole.sandbox.fleet.SandboxNode;
import dev.adfconsole.sandbox.fleet.SandboxRuntime;
import dev.adfconsole.sandbox.http.SandboxRequest;
import dev.adfconsole.sandbox.http.SandboxResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

/** One runtime's operations, with the state changes Data Factory makes. Called under the fleet's lock. */
final class RuntimeActions {

    private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$");

    private final Fleet fleet;
    private final Clock clock;
    private final Duration operationDuration;
    private final Operations operations;
    private final NodeActions nodes;
    private final SecureRandom random = new SecureRandom();

    RuntimeActions(Fleet fleet, Clock clock, Duration operationDuration, Operations operations) {
        this.fleet = fleet;
        this.clock = clock;
        this.operationDuration = operationDuration;
        this.operations = operations;
        this.nodes = new NodeActions(clock);
    }

    SandboxResponse handle(SandboxRequest request, SandboxFactory factory, String name, String action) {
        if (name.length() < 3 || name.length() > 63 || !NAME.matcher(name).matches()) {
            return SandboxResponse.error(400, "InvalidResourceName", "The integration runtime name '" + name
                    + "' is invalid: it must be 3 to 63 characters and match ^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$.", "integrationRuntimeName");
        }
        SandboxRuntime runtime = factory.runtime(name);
        if (action == null && request.method().equals("PUT")) {
            return createOrUpdate(request, factory, name, runtime);
        }
        if (runtime == null) {
            return notFound(factory, name);
        }
        String verb = action == null ? request.method() : request.method() + " " + action.toLowerCase(Locale.ROOT);
        return switch (verb) {
            case "GET" -> json(200, RuntimeJson.resource(factory, runtime));
            case "PATCH" -> update(request, factory, runtime);
            case "DELETE" -> delete(factory, runtime);
            case "POST getstatus" -> json(200, RuntimeJson.status(factory, runtime, clock.instant()));
            case "POST listauthkeys" -> keys(runtime);
            case "POST regenerateauthkey" -> regenerate(request, runtime);
            case "POST start" -> start(request, factory, runtime);
            case "POST stop" -> stop(request, factory, runtime);
            case "POST upgrade" -> upgrade(runtime);
            case "POST synccredentials" -> syncCredentials(runtime);
            case "POST removelinks" -> removeLinks(request, runtime);
            case "POST monitoringdata" -> json(200, RuntimeJson.monitoring(runtime, clock.instant(),
                    dev.adfconsole.sandbox.metrics.SeededSeries.of(fleet, clock.instant())));
            case "POST getconnectioninfo" -> connectionInfo(runtime);
            case "POST linkedintegrationruntime" -> createLinked(request, factory, runtime);
            case "GET outboundnetworkdependenciesendpoints" -> json(200, OutboundEndpoints.of(runtime));
            case "POST refreshobjectmetadata" -> refreshMetadata(request, factory, runtime);
            case "POST getobjectmetadata" -> json(200, SsisMetadata.of(runtime));
            default -> SandboxResponse.error(404, "NotFound", "No operation '" + action + "' on integration runtimes.");
        };
    }

    SandboxResponse node(SandboxRequest request, SandboxFactory factory, String runtimeName, String nodeName, String action) {
        SandboxRuntime runtime = factory.runtime(runtimeName);
        if (runtime == null) {
            return notFound(factory, runtimeName);
        }
        return nodes.handle(request, factory, runtime, nodeName, action);
    }

    private SandboxResponse createOrUpdate(SandboxRequest request, SandboxFactory factory, String name, SandboxRuntime existing) {
        JsonNode properties = RuntimeRoutes.body(request).path("properties");
        String type = properties.path("type").asText("");
        if (!type.equals("SelfHosted") && !type.equals("Managed")) {
            return SandboxResponse.error(400, "BadRequest", "properties.type must be Managed or SelfHosted.", "properties.type");
        }
        SandboxRuntime runtime = existing != null ? existing : new SandboxRuntime();
        runtime.name = existing != null ? existing.name : name;
        runtime.description = properties.path("description").asText(null);
        runtime.etag = java.util.UUID.randomUUID().toString();
        if (existing == null) {
            runtime.createTime = clock.instant();
            runtime.latestVersion = "5.46.9012.1";
            runtime.kind = type.equals("Managed") ? SandboxRuntime.Kind.MANAGED_SSIS : SandboxRuntime.Kind.SELF_HOSTED;
            runtime.taskQueueId = java.util.UUID.randomUUID().toString();
            runtime.authKey1 = newKey();
            runtime.authKey2 = newKey();
            runtime.managedState = runtime.isManaged() ? "Stopped" : null;
            runtime.location = properties.at("/typeProperties/computeProperties/location").asText(factory.location);
            runtime.nodeSize = properties.at("/typeProperties/computeProperties/nodeSize").asText("Standard_D2_v3");
            runtime.nodeCount = properties.at("/typeProperties/computeProperties/numberOfNodes").asInt(1);
            factory.add(runtime);
        }
        return json(200, RuntimeJson.resource(factory, runtime));
    }

    private SandboxResponse update(SandboxRequest request, SandboxFactory factory, SandboxRuntime runtime) {
        JsonNode body = RuntimeRoutes.body(request);
        String autoUpdate = body.path("autoUpdate").asText(null);
        if (autoUpdate != null && !autoUpdate.equals("On") && !autoUpdate.equals("Off")) {
            return SandboxResponse.error(400, "BadRequest", "autoUpdate must be On or Off.", "autoUpdate");
        }
        if (!runtime.isSelfHosted() && autoUpdate != null) {
            return SandboxResponse.error(400, "BadRequest", "Auto-update applies to self-hosted runtimes only.", "autoUpdate");
        }
        String delay = body.path("updateDelayOffset").asText(null);
        if (delay != null) {
            // Microsoft's own example sends the duration wrapped in quotes ("\"PT3H\""); the service accepts it.
            delay = delay.replace("\"", "");
            try {
                Duration parsed = Duration.parse(delay);
                if (parsed.isNegative() || parsed.toHours() > 23) {
                    throw new IllegalArgumentException();
                }
            } catch (RuntimeException e) {
                return SandboxResponse.error(400, "BadRequest", "updateDelayOffset must be an ISO 8601 duration of 0 to 23 hours, e.g. PT3H.", "updateDelayOffset");
            }
            runtime.updateDelayOffset = delay;
        }
        if (autoUpdate != null) {
            runtime.autoUpdate = autoUpdate;
        }
        runtime.etag = java.util.UUID.randomUUID().toString();
        return json(200, RuntimeJson.resource(factory, runtime));
    }

    private SandboxResponse delete(SandboxFactory factory, SandboxRuntime runtime) {
        if (!runtime.links.isEmpty()) {
            return SandboxResponse.error(400, "BadRequest", "The shared integration runtime '" + runtime.name
                    + "' is still linked to " + runtime.links.size() + " factories; remove the links first.");
        }
        factory.runtimes.remove(runtime.name.toLowerCase(Locale.ROOT));
        return SandboxResponse.empty(200);
    }

    private SandboxResponse keys(SandboxRuntime runtime) {
        if (runtime.kind != SandboxRuntime.Kind.SELF_HOSTED) {
            return SandboxResponse.error(400, "BadRequest", "Auth keys exist only for self-hosted integration runtimes"
                    + (runtime.kind == SandboxRuntime.Kind.LINKED ? " that are not linked" : "") + ".");
        }
        return json(200, Json.object().put("authKey1", runtime.authKey1).put("authKey2", runtime.authKey2));
    }

    private SandboxResponse regenerate(SandboxRequest request, SandboxRuntime runtime) {
        String key = RuntimeRoutes.body(request).path("keyName").asText("");
        if (!key.equalsIgnoreCase("authKey1") && !key.equalsIgnoreCase("authKey2")) {
            return SandboxResponse.error(400, "BadRequest", "keyName must be authKey1 or authKey2.", "keyName");
        }
        if (runtime.kind != SandboxRuntime.Kind.SELF_HOSTED) {
            return keys(runtime);
        }
        if (key.equalsIgnoreCase("authKey1")) {
            runtime.authKey1 = newKey();
            return json(200, Json.object().put("authKey1", runtime.authKey1));
        }
        runtime.authKey2 = newKey();
        return json(200, Json.object().put("authKey2", runtime.authKey2));
    }

    private SandboxResponse start(SandboxRequest request, SandboxFactory factory, SandboxRuntime runtime) {
        if (runtime.kind != SandboxRuntime.Kind.MANAGED_SSIS) {
            return SandboxResponse.error(400, "BadRequest", "Only Azure-SSIS integration runtimes can be started; '"
                    + runtime.name + "' is " + (runtime.isSelfHosted() ? "self-hosted" : "an Azure runtime") + ".");
        }
        if (runtime.transitionEnds != null) {
            return SandboxResponse.error(409, "AnotherOperationInProgress", "Integration runtime '" + runtime.name
                    + "' is " + runtime.managedState + "; wait until it has finished.");
        }
        if (runtime.managedState.equals("Started")) {
            return SandboxResponse.error(409, "IntegrationRuntimeAlreadyStarted", "Integration runtime '" + runtime.name + "' is already started.");
        }
        return transition(request, factory, runtime, "Starting", "Started", "Start",
                () -> RuntimeJson.status(factory, runtime, clock.instant()).toString());
    }

    private SandboxResponse stop(SandboxRequest request, SandboxFactory factory, SandboxRuntime runtime) {
        if (runtime.kind != SandboxRuntime.Kind.MANAGED_SSIS) {
            return SandboxResponse.error(400, "BadRequest", "Only Azure-SSIS integration runtimes can be stopped; '"
                    + runtime.name + "' is " + (runtime.isSelfHosted() ? "self-hosted" : "an Azure runtime") + ".");
        }
        if (runtime.transitionEnds != null) {
            return SandboxResponse.error(409, "AnotherOperationInProgress", "Integration runtime '" + runtime.name
                    + "' is " + runtime.managedState + "; wait until it has finished.");
        }
        if (runtime.managedState.equals("Stopped")) {
            return SandboxResponse.error(409, "IntegrationRuntimeAlreadyStopped", "Integration runtime '" + runtime.name + "' is already stopped.");
        }
        return transition(request, factory, runtime, "Stopping", "Stopped", "Stop", () -> "");
    }

    private SandboxResponse transition(SandboxRequest request, SandboxFactory factory, SandboxRuntime runtime,
                                       String during, String after, String operation, java.util.function.Supplier<String> result) {
        Instant now = clock.instant();
        runtime.managedState = during;
        runtime.managedTarget = after;
        runtime.transitionEnds = now.plus(operationDuration);
        runtime.lastOperationType = operation;
        runtime.lastOperationTime = now;
        Operations.Operation op = operations.start(runtime.transitionEnds, () -> {
            synchronized (fleet) {
                runtime.settle(clock.instant());
                return result.get();
            }
        });
        String base = Paging.baseUrl(request) + factory.id();
        String version = "?api-version=" + request.query().getOrDefault("api-version", "2018-06-01");
        return SandboxResponse.empty(202)
                .withHeader("Azure-AsyncOperation", base + "/operationStatuses/" + op.id() + version)
                .withHeader("Location", base + "/operationResults/" + op.id() + version)
                .withHeader("Retry-After", String.valueOf(Math.max(1, Math.min(10, operationDuration.toSeconds() / 3))));
    }

    /** Polls: the status document while running, then the final answer at the Location URL. */
    SandboxResponse operation(SandboxRequest request, String kind, String id) {
        return operations.find(id).map(op -> {
            boolean done = !clock.instant().isBefore(op.endsAt());
            if (kind.equalsIgnoreCase("Statuses")) {
                return json(200, Json.object().put("id", id).put("status", done ? "Succeeded" : "InProgress"));
            }
            if (!done) {
                return SandboxResponse.empty(202).withHeader("Retry-After", "1");
            }
            String body = op.result().get();
            return body.isEmpty() ? SandboxResponse.empty(200) : SandboxResponse.json(200, body);
        }).orElse(SandboxResponse.error(404, "OperationNotFound", "No operation " + id + "."));
    }

    private SandboxResponse upgrade(SandboxRuntime runtime) {
        if (runtime.kind != SandboxRuntime.Kind.SELF_HOSTED) {
            return SandboxResponse.error(400, "BadRequest", "Only self-hosted integration runtimes can be upgraded.");
        }
        Instant now = clock.instant();
        boolean any = false;
        for (SandboxNode node : runtime.nodes) {
            if (!node.version.equals(runtime.latestVersion) && !node.status.equals("Offline")) {
                node.status = "Upgrading";
                node.lastStartUpdateTime = now;
                node.upgradedAt = now.plus(operationDuration);
                any = true;
            }
        }
        if (!any) {
            return SandboxResponse.error(400, "BadRequest", "Integration runtime '" + runtime.name
                    + "' has no online node behind the latest version " + runtime.latestVersion + ".");
        }
        return SandboxResponse.empty(200);
    }

    private SandboxResponse syncCredentials(SandboxRuntime runtime) {
        if (!runtime.isSelfHosted()) {
            return SandboxResponse.error(400, "BadRequest", "Credentials are synchronised between self-hosted nodes only.");
        }
        runtime.nodes.forEach(node -> node.capabilities.put("credentialInSync", "True"));
        return SandboxResponse.empty(200);
    }

    private SandboxResponse removeLinks(SandboxRequest request, SandboxRuntime runtime) {
        String linked = RuntimeRoutes.body(request).path("factoryName").asText("");
        boolean removed = runtime.links.removeIf(link -> link.dataFactoryName().equalsIgnoreCase(linked));
        if (!removed) {
            return SandboxResponse.error(404, "ResourceNotFound", "Integration runtime '" + runtime.name
                    + "' has no link to factory '" + linked + "'.", "factoryName");
        }
        return SandboxResponse.empty(200);
    }

    private SandboxResponse connectionInfo(SandboxRuntime runtime) {
        if (!runtime.isSelfHosted() || runtime.nodes.isEmpty()) {
            return SandboxResponse.error(400, "BadRequest", "Connection info needs a self-hosted runtime with a registered node.");
        }
        SandboxNode node = runtime.nodes.get(0);
        return json(200, Json.object().put("serviceToken", newKey()).put("identityCertThumbprint",
                        Integer.toHexString(runtime.taskQueueId.hashCode()).toUpperCase(Locale.ROOT))
                .put("hostServiceUri", "https://" + node.machineName.toLowerCase(Locale.ROOT) + ".corp.local:8050/HostServiceRemote.svc/")
                .put("version", node.version).put("publicKey", Base64.getEncoder().encodeToString(node.name.getBytes()))
                .put("isIdentityCertExprired", false));
    }

    private SandboxResponse createLinked(SandboxRequest request, SandboxFactory factory, SandboxRuntime runtime) {
        JsonNode body = RuntimeRoutes.body(request);
        String name = body.path("name").asText("");
        String target = body.path("dataFactoryName").asText("");
        if (name.isEmpty() || target.isEmpty()) {
            return SandboxResponse.error(400, "BadRequest", "name and dataFactoryName are required.");
        }
        runtime.links.add(new SandboxRuntime.Link(name, body.path("subscriptionId").asText(factory.subscriptionId), target,
                body.path("dataFactoryLocation").asText(factory.location), clock.instant()));
        return json(200, RuntimeJson.status(factory, runtime, clock.instant()));
    }

    private SandboxResponse refreshMetadata(SandboxRequest request, SandboxFactory factory, SandboxRuntime runtime) {
        if (runtime.kind != SandboxRuntime.Kind.MANAGED_SSIS) {
            return SandboxResponse.error(400, "BadRequest", "SSIS metadata exists for Azure-SSIS runtimes only.");
        }
        Operations.Operation op = operations.start(clock.instant().plus(operationDuration.dividedBy(3)),
                () -> Json.object().put("status", "Succeeded").put("name", runtime.name).toString());
        String base = Paging.baseUrl(request) + factory.id();
        return SandboxResponse.empty(202).withHeader("Location", base + "/operationResults/" + op.id()
                + "?api-version=" + request.query().getOrDefault("api-version", "2018-06-01"));
    }

    private SandboxResponse notFound(SandboxFactory factory, String name) {
        return SandboxResponse.error(404, "ResourceNotFound", "The Resource 'Microsoft.DataFactory/factories/"
                + factory.name + "/integrationruntimes/" + name + "' under resource group '" + factory.resourceGroup
                + "' was not found.");
    }

    private String newKey() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return "IR@" + java.util.UUID.randomUUID() + "@sandbox@ServiceEndpoint=sandbox.datafactory.local@"
                + Base64.getEncoder().encodeToString(bytes);
    }

    static SandboxResponse json(int status, ObjectNode body) {
        return SandboxResponse.json(status, body.toString());
    }
}
