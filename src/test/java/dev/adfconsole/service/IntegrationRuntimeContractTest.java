package dev.adfconsole.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adfconsole.model.IntegrationRuntime;
import dev.adfconsole.model.IntegrationRuntimeAuthKeys;
import dev.adfconsole.model.IntegrationRuntimeRequests;
import dev.adfconsole.model.IntegrationRuntimeResource;
import dev.adfconsole.model.IntegrationRuntimeState;
import dev.adfconsole.model.IntegrationRuntimeStatus;
import dev.adfconsole.model.IntegrationRuntimeStatusResponse;
import dev.adfconsole.model.SelfHostedNodeStatus;
import dev.adfconsole.spec.SpecExamples;
import dev.adfconsole.spec.SpecValidator;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * For each example of the runtime and node operations: the request our services build for the example's parameters
 * has the example's method, path, query and body and passes the spec; the example's answer parses into our models
 * with the meaningful fields as in the example.
 */
class IntegrationRuntimeContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private ContractHarness harness;

    @BeforeEach
    void start() throws Exception {
        harness = new ContractHarness();
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    static RuntimeRef runtime(SpecExamples.Example example) {
        return new FactoryRef(example.parameter("subscriptionId"), example.parameter("resourceGroupName"),
                example.parameter("factoryName")).runtime(example.parameter("integrationRuntimeName"));
    }

    static NodeRef node(SpecExamples.Example example) {
        return runtime(example).node(example.parameter("nodeName"));
    }

    <T> ContractHarness.Exchange<T> check(String operationId, String bodyParameter,
                                          Function<SpecExamples.Example, Function<DataFactoryServices, CompletableFuture<T>>> call)
            throws Exception {
        return harness.check(operationId, bodyParameter, call);
    }

    @Test
    void listByFactory() throws Exception {
        var exchange = check("IntegrationRuntimes_ListByFactory", null, e -> s -> s.runtimes().list(
                new FactoryRef(e.parameter("subscriptionId"), e.parameter("resourceGroupName"), e.parameter("factoryName")), page -> { }));
        List<IntegrationRuntimeResource> runtimes = exchange.result();
        assertThat(runtimes).hasSize(1);
        assertThat(runtimes.get(0).name()).isEqualTo("exampleIntegrationRuntime");
        assertThat(runtimes.get(0).properties()).isInstanceOf(IntegrationRuntime.SelfHosted.class);
        assertThat(runtimes.get(0).properties().description()).isEqualTo("A selfhosted integration runtime");
        assertThat(runtimes.get(0).factoryName()).isEqualTo("exampleFactoryName");
        assertThat(runtimes.get(0).raw()).isEqualTo(exchange.responseBody().get("value").get(0));
    }

    @Test
    void get() throws Exception {
        var exchange = check("IntegrationRuntimes_Get", null, e -> s -> s.runtimes().get(runtime(e)));
        assertThat(exchange.result().etag()).isEqualTo(exchange.responseBody().get("etag").asText());
        assertThat(exchange.result().properties().type()).isEqualTo("SelfHosted");
    }

    @Test
    void createOrUpdate() throws Exception {
        SpecExamples.Example example = SpecExamples.load("IntegrationRuntimes_Create");
        IntegrationRuntime properties = harness.mapper.treeToValue(
                example.parameters().get("integrationRuntime").get("properties"), IntegrationRuntime.class);
        var exchange = check("IntegrationRuntimes_Create", "integrationRuntime", e -> s -> s.runtimes().createOrUpdate(runtime(e), properties));
        assertThat(exchange.result().properties().description()).isEqualTo("A selfhosted integration runtime");
    }

    @Test
    void update() throws Exception {
        SpecExamples.Example example = SpecExamples.load("IntegrationRuntimes_Update");
        JsonNode request = example.parameters().get("updateIntegrationRuntimeRequest");
        var exchange = check("IntegrationRuntimes_Update", "updateIntegrationRuntimeRequest", e -> s -> s.runtimes().update(runtime(e),
                new IntegrationRuntimeRequests.UpdateIntegrationRuntime(request.get("autoUpdate").asText(),
                        request.get("updateDelayOffset").asText())));
        assertThat(exchange.result().name()).isEqualTo("exampleIntegrationRuntime");
        assertThat(harness.activityLog.entries()).extracting(a -> a.action()).containsExactly("Update auto-update settings");
    }

    @Test
    void delete() throws Exception {
        check("IntegrationRuntimes_Delete", null, e -> s -> s.runtimes().delete(runtime(e)));
    }

    @Test
    void getStatusWithEveryNodeField() throws Exception {
        var exchange = check("IntegrationRuntimes_GetStatus", null, e -> s -> s.runtimes().getStatus(runtime(e)));
        IntegrationRuntimeStatusResponse status = exchange.result();
        JsonNode expected = exchange.responseBody().get("properties");
        var selfHosted = (IntegrationRuntimeStatus.SelfHosted) status.properties();
        assertThat(selfHosted.state().value()).isEqualTo(IntegrationRuntimeState.valueOf(
                expected.get("state").asText().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase()));
        var props = selfHosted.typeProperties();
        JsonNode expectedProps = expected.get("typeProperties");
        assertThat(props.version()).isEqualTo(expectedProps.get("version").asText());
        assertThat(props.taskQueueId()).isEqualTo(expectedProps.get("taskQueueId").asText());
        assertThat(props.autoUpdate().raw()).isEqualTo(expectedProps.get("autoUpdate").asText());
        assertThat(props.serviceUrls()).hasSize(expectedProps.get("serviceUrls").size());
        assertThat(props.nodes()).hasSize(expectedProps.get("nodes").size());
        JsonNode node = expectedProps.get("nodes").get(0);
        var parsed = props.nodes().get(0);
        assertThat(parsed.nodeName()).isEqualTo(node.get("nodeName").asText());
        assertThat(parsed.machineName()).isEqualTo(node.get("machineName").asText());
        assertThat(parsed.status().raw()).isEqualTo(node.get("status").asText());
        assertThat(parsed.status().isKnown()).isTrue();
        assertThat(parsed.version()).isEqualTo(node.get("version").asText());
        assertThat(parsed.isActiveDispatcher()).isEqualTo(node.get("isActiveDispatcher").asBoolean());
        assertThat(parsed.lastUpdateResult().raw()).isEqualTo(node.get("lastUpdateResult").asText());
        assertThat(props.updateDelayOffset()).isEqualTo(expectedProps.get("updateDelayOffset").asText());
        assertThat(props.latestVersion()).isEqualTo(expectedProps.get("latestVersion").asText());
        assertThat(parsed.maxConcurrentJobs()).isEqualTo(node.get("maxConcurrentJobs").asInt());
        assertThat(parsed.lastConnectTime()).isEqualTo(java.time.Instant.parse(node.get("lastConnectTime").asText()));
        assertThat(parsed.capabilities()).containsAllEntriesOf(JSON.convertValue(node.get("capabilities"), Map.class));
        assertThat(status.raw()).isEqualTo(exchange.responseBody());
    }

    @Test
    void listAuthKeysAndRegenerateOnlyTheNamedKey() throws Exception {
        var keys = check("IntegrationRuntimes_ListAuthKeys", null, e -> s -> s.runtimes().listAuthKeys(runtime(e)));
        assertThat(keys.result().authKey1()).isEqualTo(keys.responseBody().get("authKey1").asText());
        assertThat(keys.result().toString()).doesNotContain(keys.result().authKey1());

        var regenerated = check("IntegrationRuntimes_RegenerateAuthKey", "regenerateKeyParameters", e -> s -> s.runtimes()
                .regenerateAuthKey(runtime(e), e.parameters().get("regenerateKeyParameters").get("keyName").asText()));
        assertThat(regenerated.result().authKey2()).isEqualTo(regenerated.responseBody().get("authKey2").asText());
    }

    @Test
    void startAndStopAreLongRunning() throws Exception {
        var started = check("IntegrationRuntimes_Start", null, e -> s -> s.runtimes().start(runtime(e)));
        assertThat(started.result().at("/properties/state").asText()).isEqualTo("Started");
        check("IntegrationRuntimes_Stop", null, e -> s -> s.runtimes().stop(runtime(e)));
        assertThat(harness.activityLog.entries()).extracting(a -> a.action()).containsExactly("Start", "Stop");
    }

    @Test
    void actionsWithoutAnswerBody() throws Exception {
        check("IntegrationRuntimes_SyncCredentials", null, e -> s -> s.runtimes().syncCredentials(runtime(e)));
        check("IntegrationRuntimes_Upgrade", null, e -> s -> s.runtimes().upgrade(runtime(e)));
        check("IntegrationRuntimes_RemoveLinks", "linkedIntegrationRuntimeRequest", e -> s -> s.runtimes().removeLinks(runtime(e),
                e.parameters().get("linkedIntegrationRuntimeRequest").get("factoryName").asText()));
    }

    @Test
    void monitoringConnectionInfoAndOutboundEndpoints() throws Exception {
        var monitoring = check("IntegrationRuntimes_GetMonitoringData", null, e -> s -> s.runtimes().getMonitoringData(runtime(e)));
        JsonNode node = monitoring.responseBody().get("nodes").get(0);
        assertThat(monitoring.result().nodes().get(0).nodeName()).isEqualTo(node.get("nodeName").asText());
        assertThat(monitoring.result().nodes().get(0).cpuUtilization()).isEqualTo(node.get("cpuUtilization").asInt());
        assertThat(monitoring.result().nodes().get(0).availableMemoryInMB()).isEqualTo(node.get("availableMemoryInMB").asInt());
        assertThat(monitoring.result().raw()).isEqualTo(monitoring.responseBody());

        var info = check("IntegrationRuntimes_GetConnectionInfo", null, e -> s -> s.runtimes().getConnectionInfo(runtime(e)));
        assertThat(info.result().hostServiceUri()).isEqualTo(info.responseBody().get("hostServiceUri").asText());
        assertThat(new dev.adfconsole.model.IntegrationRuntimeConnectionInfo("sv=2018&sig=SECRETSIGNATURE1234", null,
                null, null, null, false).toString()).doesNotContain("SECRETSIGNATURE").contains("****1234");

        var outbound = check("IntegrationRuntimes_ListOutboundNetworkDependenciesEndpoints", null,
                e -> s -> s.runtimes().listOutboundNetworkDependenciesEndpoints(runtime(e)));
        assertThat(outbound.result().value()).hasSize(outbound.responseBody().get("value").size());
        assertThat(outbound.result().value().get(0).category()).isEqualTo(outbound.responseBody().at("/value/0/category").asText());
    }

    @Test
    void createLinkedIntegrationRuntime() throws Exception {
        SpecExamples.Example example = SpecExamples.load("IntegrationRuntimes_CreateLinkedIntegrationRuntime");
        var request = harness.mapper.treeToValue(example.parameters().get("createLinkedIntegrationRuntimeRequest"),
                IntegrationRuntimeRequests.CreateLinkedIntegrationRuntime.class);
        var exchange = check("IntegrationRuntimes_CreateLinkedIntegrationRuntime", "createLinkedIntegrationRuntimeRequest",
                e -> s -> s.runtimes().createLinkedIntegrationRuntime(runtime(e), request));
        var status = (IntegrationRuntimeStatus.SelfHosted) exchange.result().properties();
        assertThat(status.typeProperties().links()).extracting(l -> l.dataFactoryName())
                .contains(exchange.responseBody().at("/properties/typeProperties/links/0/dataFactoryName").asText());
    }

    @Test
    void objectMetadata() throws Exception {
        check("IntegrationRuntimeObjectMetadata_Refresh", null, e -> s -> s.runtimes().refreshObjectMetadata(runtime(e)));
        var metadata = check("IntegrationRuntimeObjectMetadata_Get", "getMetadataRequest", e -> s -> s.runtimes()
                .getObjectMetadata(runtime(e), e.parameters().get("getMetadataRequest").get("metadataPath").asText()));
        assertThat(metadata.result().get("value").size()).isPositive();
    }

    @Test
    void nodes() throws Exception {
        var node = check("IntegrationRuntimeNodes_Get", null, e -> s -> s.nodes().get(node(e)));
        assertThat(node.result().nodeName()).isEqualTo("Node_1");
        assertThat(node.result().status().is(SelfHostedNodeStatus.UNKNOWN)).isFalse();

        SpecExamples.Example update = SpecExamples.load("IntegrationRuntimeNodes_Update");
        int limit = update.parameters().at("/updateIntegrationRuntimeNodeRequest/concurrentJobsLimit").asInt();
        var updated = check("IntegrationRuntimeNodes_Update", "updateIntegrationRuntimeNodeRequest",
                e -> s -> s.nodes().updateConcurrentJobsLimit(node(e), limit, 20));
        assertThat(updated.result().concurrentJobsLimit()).isEqualTo(updated.responseBody().get("concurrentJobsLimit").asInt());

        var ip = check("IntegrationRuntimeNodes_GetIpAddress", null, e -> s -> s.nodes().getIpAddress(node(e)));
        assertThat(ip.result().ipAddress()).isEqualTo(ip.responseBody().get("ipAddress").asText());

        check("IntegrationRuntimeNodes_Delete", null, e -> s -> s.nodes().delete(node(e)));
    }

    @Test
    void authKeysAreMaskedToTheLastFourCharacters() {
        assertThat(new IntegrationRuntimeAuthKeys("IR@abcdefgh12345678wxyz", null).toString())
                .contains("****wxyz").doesNotContain("abcdefgh");
    }
}
