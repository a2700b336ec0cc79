package dev.adfconsole.sandbox.runtimes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.adfconsole.sandbox.Json;
import dev.adfconsole.sandbox.Paging;
import dev.adfconsole.sandbox.fleet.Fleet;
import dev.adfconsole.sandbox.fleet.SandboxFactory;
import dev.adfconsole.sandbox.fleet.SandboxRuntime;
import dev.adfconsole.sandbox.http.SandboxRequest;
import dev.adfconsole.sandbox.http.SandboxResponse;
import dev.adfconsole.sandbox.http.SandboxRoutes;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The integration-runtime operations of {@code datafactory.json}: list, get, create, update, delete, status,
 * keys, start/stop (long-running), upgrade, credentials, links, monitoring, connection info, outbound endpoints
 * and SSIS metadata. Node operations are in {@link NodeRoutes}.
 */
public final class RuntimeRoutes implements SandboxRoutes {

    static final Pattern FACTORY = Pattern.compile(
            "^/subscriptions/([^/]+)/resourceGroups/([^/]+)/providers/Microsoft\\.DataFactory/factories/([^/]+)(/.*)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RUNTIMES = Pattern.compile("^/integrationRuntimes(?:/([^/]+)(?:/([A-Za-z]+))?)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NODES = Pattern.compile("^/integrationRuntimes/([^/]+)/nodes/([^/]+)(?:/(ipAddress))?$",
            Pattern.CASE_INSENSITIVE);
    static final Pattern OPERATION = Pattern.compile("^/operation(Statuses|Results)/([^/]+)$", Pattern.CASE_INSENSITIVE);

    private final Fleet fleet;
    private final Clock clock;
    private final Duration operationDuration;
    private final int pageSize;
    private final Operations operations = new Operations();
    private final RuntimeActions actions;

    public RuntimeRoutes(Fleet fleet, Clock clock, Duration operationDuration, int pageSize) {
        this.fleet = fleet;
        this.clock = clock;
        this.operationDuration = operationDuration;
        this.pageSize = pageSize;
        this.actions = new RuntimeActions(fleet, clock, operationDuration, operations);
    }

    @Override
    public Optional<SandboxResponse> handle(SandboxRequest request) {
        Matcher factoryMatch = FACTORY.matcher(request.path());
        if (!factoryMatch.matches() || factoryMatch.group(4) == null) {
            return Optional.empty();
        }
        Optional<SandboxFactory> factory = fleet.factory(factoryMatch.group(1), factoryMatch.group(2), factoryMatch.group(3));
        if (factory.isEmpty()) {
            return Optional.empty();
        }
        String rest = factoryMatch.group(4);
        Matcher operation = OPERATION.matcher(rest);
        if (operation.matches()) {
            return Optional.of(actions.operation(request, operation.group(1), operation.group(2)));
        }
        Matcher node = NODES.matcher(rest);
        if (node.matches()) {
            synchronized (fleet) {
                factory.get().runtimes.values().forEach(r -> r.settle(clock.instant()));
                return Optional.of(actions.node(request, factory.get(), node.group(1), node.group(2), node.group(3)));
            }
        }
        Matcher runtimes = RUNTIMES.matcher(rest);
        if (!runtimes.matches()) {
            return Optional.empty();
        }
        synchronized (fleet) {
            factory.get().runtimes.values().forEach(r -> r.settle(clock.instant()));
            if (runtimes.group(1) == null) {
                return Optional.of(list(request, factory.get()));
            }
            return Optional.of(actions.handle(request, factory.get(), runtimes.group(1), runtimes.group(2)));
        }
    }

    private SandboxResponse list(SandboxRequest request, SandboxFactory factory) {
        if (!request.method().equals("GET")) {
            return SandboxResponse.error(405, "MethodNotAllowed", "The method " + request.method() + " is not allowed here.");
        }
        List<ObjectNode> items = factory.runtimes.values().stream().map(r -> RuntimeJson.resource(factory, r)).toList();
        return Paging.page(request, items, pageSize);
    }

    static JsonNode body(SandboxRequest request) {
        return Json.parse(request.body()).orElse(Json.object());
    }

}
