package dev.adfconsole.sandbox.runtimes;

import dev.adfconsole.sandbox.Json;
import dev.adfconsole.sandbox.fleet.SandboxFactory;
import dev.adfconsole.sandbox.fleet.SandboxNode;
import dev.adfconsole.sandbox.fleet.SandboxRuntime;
import dev.adfconsole.sandbox.http.SandboxRequest;
import dev.adfconsole.sandbox.http.SandboxResponse;
import java.time.Clock;
import java.util.Optional;

/** Node operations: get, update (concurrent jobs limit), delete, IP address. */
final class NodeActions {

    private final Clock clock;

    NodeActions(Clock clock) {
        this.clock = clock;
    }

    SandboxResponse handle(SandboxRequest request, SandboxFactory factory, SandboxRuntime runtime, String nodeName, String action) {
        if (!nodeName.matches("^[a-z0-9A-Z][a-z0-9A-Z_-]{0,149}$")) {
            return SandboxResponse.error(400, "InvalidResourceName", "The node name '" + nodeName
                    + "' is invalid: it must match ^[a-z0-9A-Z][a-z0-9A-Z_-]{0,149}$.", "nodeName");
        }
        Optional<SandboxNode> found = runtime.nodes.stream().filter(n -> n.name.equalsIgnoreCase(nodeName)).findFirst();
        if (found.isEmpty()) {
            return SandboxResponse.error(404, "ResourceNotFound", "The Resource 'Microsoft.DataFactory/factories/"
                    + factory.name + "/integrationruntimes/" + runtime.name + "/nodes/" + nodeName + "' under resource group '"
                    + factory.resourceGroup + "' was not found.");
        }
        SandboxNode node = found.get();
        String verb = request.method() + (action == null ? "" : " " + action.toLowerCase());
        return switch (verb) {
            case "GET" -> RuntimeActions.json(200, RuntimeJson.node(runtime, node, clock.instant()));
            case "PATCH" -> update(request, runtime, node);
            case "DELETE" -> delete(runtime, node);
            case "POST ipaddress" -> RuntimeActions.json(200, Json.object().put("ipAddress", node.ipAddress));
            default -> SandboxResponse.error(404, "NotFound", "No operation '" + action + "' on nodes.");
        };
    }

    private SandboxResponse update(SandboxRequest request, SandboxRuntime runtime, SandboxNode node) {
        if (runtime.kind == SandboxRuntime.Kind.LINKED) {
            return SandboxResponse.error(400, "BadRequest", "Nodes of a linked runtime are managed in the factory that shares it.");
        }
        var limit = RuntimeRoutes.body(request).path("concurrentJobsLimit");
        if (!limit.canConvertToInt() || limit.asInt() < 1 || limit.asInt() > node.maxConcurrentJobs) {
            return SandboxResponse.error(400, "BadRequest", "concurrentJobsLimit must be between 1 and the node's maximum of "
                    + node.maxConcurrentJobs + ".", "concurrentJobsLimit");
        }
        node.concurrentJobsLimit = limit.asInt();
        return RuntimeActions.json(200, RuntimeJson.node(runtime, node, clock.instant()));
    }

    private SandboxResponse delete(SandboxRuntime runtime, SandboxNode node) {
        if (runtime.kind == SandboxRuntime.Kind.LINKED) {
            return SandboxResponse.error(400, "BadRequest", "Nodes of a linked runtime are managed in the factory that shares it.");
        }
        runtime.nodes.remove(node);
        if (node.activeDispatcher && !runtime.nodes.isEmpty()) {
            runtime.nodes.get(0).activeDispatcher = true;
        }
        node.lastStopTime = clock.instant();
        return SandboxResponse.empty(200);
    }
}
