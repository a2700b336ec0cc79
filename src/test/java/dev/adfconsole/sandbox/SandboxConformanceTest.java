package dev.adfconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.adfconsole.sandbox.fleet.FleetSpec;
import dev.adfconsole.sandbox.fleet.SandboxFactory;
import dev.adfconsole.sandbox.fleet.SandboxRuntime;
import dev.adfconsole.spec.SpecExamples;
import dev.adfconsole.spec.SpecValidator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example request of the operations the sandbox serves, replayed against it with the example's names mapped
 * onto a fitting sandbox resource: the answer is a success and validates against datafactory.json.
 */
class SandboxConformanceTest {

    private static SandboxServer server;
    private static SandboxHttp http;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(SandboxOptions.defaults().withFleet(new FleetSpec(1, 6, 4, 3)));
        http = new SandboxHttp(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<String> operations() {
        return Stream.of("Factories_List", "Factories_ListByResourceGroup", "Factories_Get",
                "IntegrationRuntimes_ListByFactory", "IntegrationRuntimes_Get", "IntegrationRuntimes_Create",
                "IntegrationRuntimes_Update", "IntegrationRuntimes_GetStatus", "IntegrationRuntimes_GetConnectionInfo",
                "IntegrationRuntimes_ListAuthKeys", "IntegrationRuntimes_RegenerateAuthKey", "IntegrationRuntimes_Start",
                "IntegrationRuntimes_Stop", "IntegrationRuntimes_SyncCredentials", "IntegrationRuntimes_GetMonitoringData",
                "IntegrationRuntimes_Upgrade", "IntegrationRuntimes_RemoveLinks", "IntegrationRuntimes_CreateLinkedIntegrationRuntime",
                "IntegrationRuntimes_ListOutboundNetworkDependenciesEndpoints", "IntegrationRuntimeObjectMetadata_Refresh",
                "IntegrationRuntimeObjectMetadata_Get", "IntegrationRuntimeNodes_Get", "IntegrationRuntimeNodes_Update",
                "IntegrationRuntimeNodes_GetIpAddress", "IntegrationRuntimeNodes_Delete", "IntegrationRuntimes_Delete",
                "Pipelines_ListByFactory", "Pipelines_Get", "Pipelines_CreateRun", "PipelineRuns_Get",
                "PipelineRuns_QueryByFactory", "ActivityRuns_QueryByPipelineRun", "PipelineRuns_Cancel");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void exampleRequestGetsAConformingAnswer(String operationId) throws Exception {
        SpecExamples.Example example = SpecExamples.load(operationId);
        Map<String, String> names = names(operationId, example);
        String path = SpecExamples.operation(operationId).getValue();
        for (Map.Entry<String, String> name : names.entrySet()) {
            path = path.replace("{" + name.getKey() + "}", name.getValue());
        }
        StringBuilder query = new StringBuilder("?api-version=2018-06-01");
        JsonNode body = null;
        for (var it = example.parameters().fields(); it.hasNext(); ) {
            var p = it.next();
            if (p.getValue().isObject()) {
                body = p.getValue();
            } else if (List.of("referencePipelineRunId", "isRecursive").contains(p.getKey()) && !p.getValue().isNull()) {
                query.append('&').append(p.getKey()).append('=').append(names.getOrDefault(p.getKey(), p.getValue().asText()));
            }
        }
        if (operationId.equals("IntegrationRuntimes_RemoveLinks")) {
            body = SandboxHttp.JSON.createObjectNode().put("factoryName", names.get("linkedFactory"));
        }
        if (operationId.equals("Pipelines_CreateRun")) {
            body = SandboxHttp.JSON.readTree("{\"runDate\": \"2026-11-24\"}");
        }
        SandboxHttp.Answer answer = http.send(example.method(), path + query, body == null ? null : body.toString(), http.token);

        assertThat(answer.status()).as(operationId + " " + answer.raw().body()).isBetween(200, 202);
        if (answer.status() == 200 && answer.json() != null) {
            assertThat(SpecValidator.response(example.method(), path, 200, answer.raw().body()))
                    .as(operationId + " answer conforms to datafactory.json").isEmpty();
        }
    }

    private static Map<String, String> names(String operationId, SpecExamples.Example example) {
        Predicate<SandboxRuntime> kind = operationId.matches(".*(Start)$") ? r -> "Stopped".equals(r.managedState) && r.kind == SandboxRuntime.Kind.MANAGED_SSIS
                : operationId.matches(".*(Stop)$") ? r -> "Started".equals(r.managedState) && r.kind == SandboxRuntime.Kind.MANAGED_SSIS
                : operationId.contains("ObjectMetadata") || operationId.contains("Outbound") ? r -> r.kind == SandboxRuntime.Kind.MANAGED_SSIS
                : operationId.contains("RemoveLinks") ? r -> r.links.size() > 0
                : operationId.contains("Upgrade") ? r -> r.kind == SandboxRuntime.Kind.SELF_HOSTED
                        && r.nodes.stream().anyMatch(n -> !n.version.equals(r.latestVersion) && n.status.equals("Online"))
                : operationId.contains("Nodes_Delete") ? r -> r.kind == SandboxRuntime.Kind.SELF_HOSTED && r.nodes.size() > 1 && r.links.isEmpty()
                : operationId.contains("IntegrationRuntimes_Delete") ? r -> r.kind == SandboxRuntime.Kind.MANAGED_AZURE
                : r -> r.kind == SandboxRuntime.Kind.SELF_HOSTED && !r.nodes.isEmpty();
        for (SandboxFactory factory : server.fleet().allFactories()) {
            for (SandboxRuntime runtime : factory.runtimes.values()) {
                if (kind.test(runtime)) {
                    Map<String, String> names = new LinkedHashMap<>();
                    names.put("subscriptionId", factory.subscriptionId);
                    names.put("resourceGroupName", factory.resourceGroup);
                    names.put("factoryName", factory.name);
                    names.put("integrationRuntimeName", operationId.contains("_Create") && !operationId.contains("Linked") ? "new-shir" : runtime.name);
                    names.put("nodeName", runtime.nodes.isEmpty() ? "none" : runtime.nodes.get(runtime.nodes.size() - 1).name);
                    names.put("pipelineName", "pl_ingest_sales_daily");
                    var runs = server.pipelines().runs(factory.id());
                    String running = runs.stream().filter(r -> r.path("status").asText().matches("Queued|InProgress"))
                            .map(r -> r.path("runId").asText()).findFirst().orElse(runs.get(0).path("runId").asText());
                    names.put("runId", operationId.equals("PipelineRuns_Cancel") ? running : runs.get(0).path("runId").asText());
                    names.put("referencePipelineRunId", "");
                    names.put("linkedFactory", runtime.links.isEmpty() ? "" : runtime.links.get(0).dataFactoryName());
                    return names;
                }
            }
        }
        throw new AssertionError("no sandbox runtime fits " + operationId + " (" + example.operationId() + ")");
    }
}
