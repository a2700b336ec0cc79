package dev.adfconsole.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.adfconsole.model.ActivityRun;
import dev.adfconsole.model.DependencyCondition;
import dev.adfconsole.model.Factory;
import dev.adfconsole.model.ParameterType;
import dev.adfconsole.model.PipelineResource;
import dev.adfconsole.model.PipelineRun;
import dev.adfconsole.model.PipelineRunStatus;
import dev.adfconsole.model.RunFilterParameters;
import dev.adfconsole.spec.SpecExamples;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Factories, pipelines, runs and activity runs: examples replayed through the services. */
class PipelineContractTest {

    private ContractHarness harness;

    @BeforeEach
    void start() throws Exception {
        harness = new ContractHarness();
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    static FactoryRef factory(SpecExamples.Example example) {
        return new FactoryRef(example.parameter("subscriptionId"), example.parameter("resourceGroupName"),
                example.parameter("factoryName"));
    }

    @Test
    void factoriesBySubscriptionByResourceGroupAndOne() throws Exception {
        var all = harness.check("Factories_List", null, e -> s -> s.factories().listBySubscription(e.parameter("subscriptionId"), p -> { }));
        List<Factory> factories = all.result();
        assertThat(factories).hasSize(all.responseBody().get("value").size());
        JsonNode first = all.responseBody().get("value").get(0);
        assertThat(factories.get(0).name()).isEqualTo(first.get("name").asText());
        assertThat(factories.get(0).location()).isEqualTo(first.get("location").asText());
        assertThat(factories.get(0).resourceGroupName()).isEqualTo(first.get("id").asText().split("/")[4]);

        var byGroup = harness.check("Factories_ListByResourceGroup", null, e -> s -> s.factories()
                .listByResourceGroup(e.parameter("subscriptionId"), e.parameter("resourceGroupName"), p -> { }));
        assertThat(byGroup.result()).isNotEmpty();

        var one = harness.check("Factories_Get", null, e -> s -> s.factories().get(factory(e)));
        assertThat(one.result().properties().provisioningState()).isEqualTo(one.responseBody().at("/properties/provisioningState").asText());
        assertThat(one.result().eTag()).isEqualTo(one.responseBody().get("eTag").asText());
    }

    @Test
    void pipelinesWithTypedParametersAndActivityDependencies() throws Exception {
        var list = harness.check("Pipelines_ListByFactory", null, e -> s -> s.pipelines().list(factory(e), p -> { }));
        PipelineResource pipeline = list.result().get(0);
        JsonNode expected = list.responseBody().get("value").get(0);
        assertThat(pipeline.name()).isEqualTo(expected.get("name").asText());
        assertThat(pipeline.activities()).hasSize(expected.at("/properties/activities").size());
        assertThat(pipeline.parameters().keySet()).containsExactlyInAnyOrderElementsOf(
                iterable(expected.at("/properties/parameters").fieldNames()));
        assertThat(pipeline.parameters().values()).allSatisfy(p -> assertThat(p.type().isKnown()).isTrue());

        var one = harness.check("Pipelines_Get", null, e -> s -> s.pipelines().get(factory(e), e.parameter("pipelineName")));
        assertThat(one.result().parameters().get("OutputBlobNameList").type().is(ParameterType.ARRAY)).isTrue();
        assertThat(one.result().raw()).isEqualTo(one.responseBody());
    }

    @Test
    void createRunSendsTheParametersAsTheBody() throws Exception {
        SpecExamples.Example example = SpecExamples.load("Pipelines_CreateRun");
        Map<String, JsonNode> parameters = new java.util.LinkedHashMap<>();
        example.parameters().get("parameters").fields().forEachRemaining(f -> parameters.put(f.getKey(), f.getValue()));

        var run = harness.check("Pipelines_CreateRun", "parameters", e -> s -> s.pipelines()
                .createRun(factory(e), RunRequest.simple(e.parameter("pipelineName"), parameters)));

        assertThat(run.result().runId()).isEqualTo(run.responseBody().get("runId").asText());
        assertThat(harness.activityLog.entries().get(0).requestId()).as("the request id to quote to support").isEqualTo("example-Pipelines_CreateRun");
        assertThat(harness.activityLog.entries().get(0).detail()).isEqualTo("New run " + run.result().runId());
        assertThat(harness.activityLog.entries().get(0).action()).isEqualTo("Run examplePipeline");
    }

    @Test
    void recoveryOptionsBecomeTheQueryOfCreateRun() {
        FactoryRef factory = new FactoryRef("s", "rg", "adf-sales");
        RunRequest rerun = new RunRequest("pl_ingest", Map.of(), "2f7fdb90-5df1-4b8e-ac2f-064cfa58202b", true, null, true);

        var request = harness.services.pipelines().createRunRequest(factory, rerun);

        assertThat(request.query()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "referencePipelineRunId", "2f7fdb90-5df1-4b8e-ac2f-064cfa58202b", "isRecovery", "true", "startFromFailure", "true"));
        assertThat(request.retrySafe()).as("createRun is never resent").isFalse();
    }

    @Test
    void pipelineRunGetQueryAndCancel() throws Exception {
        var run = harness.check("PipelineRuns_Get", null, e -> s -> s.runs().get(factory(e), e.parameter("runId")));
        PipelineRun parsed = run.result();
        assertThat(parsed.runId()).isEqualTo(run.responseBody().get("runId").asText());
        assertThat(parsed.status().is(PipelineRunStatus.UNKNOWN)).isFalse();
        assertThat(parsed.durationInMs()).isEqualTo(run.responseBody().get("durationInMs").asLong());
        assertThat(parsed.invokedBy().name()).isEqualTo(run.responseBody().at("/invokedBy/name").asText());
        assertThat(parsed.parameters()).isNotEmpty();

        SpecExamples.Example query = SpecExamples.load("PipelineRuns_QueryByFactory");
        RunFilterParameters filter = harness.mapper.treeToValue(query.parameters().get("filterParameters"), RunFilterParameters.class);
        List<PipelineRun> runs = new ArrayList<>();
        var queried = harness.check("PipelineRuns_QueryByFactory", "filterParameters", e -> s -> s.runs()
                .queryByFactory(factory(e), filter, page -> runs.addAll(page)));
        assertThat(queried.result()).isEqualTo(queried.responseBody().get("value").size());
        assertThat(runs.get(0).runId()).isEqualTo(queried.responseBody().at("/value/0/runId").asText());
        assertThat(runs.get(1).runEnd()).as("a run still in progress has no end").isNull();

        harness.check("PipelineRuns_Cancel", null, e -> s -> s.runs().cancel(factory(e), e.parameter("runId"), false));
    }

    @Test
    void activityRunsOfARun() throws Exception {
        SpecExamples.Example example = SpecExamples.load("ActivityRuns_QueryByPipelineRun");
        RunFilterParameters filter = harness.mapper.treeToValue(example.parameters().get("filterParameters"), RunFilterParameters.class);
        List<ActivityRun> runs = new ArrayList<>();

        harness.check("ActivityRuns_QueryByPipelineRun", "filterParameters", e -> s -> s.runs()
                .queryActivityRuns(factory(e), e.parameter("runId"), filter, page -> runs.addAll(page)));

        JsonNode expected = example.body(200).get("value").get(0);
        assertThat(runs.get(0).activityName()).isEqualTo(expected.get("activityName").asText());
        assertThat(runs.get(0).status()).isEqualTo(expected.get("status").asText());
        assertThat(runs.get(0).output()).isEqualTo(expected.get("output"));
        assertThat(runs.get(0).raw()).isEqualTo(expected);
    }

    @Test
    void unknownEnumValuesAreKeptAndRoundTrip() throws Exception {
        var mapper = harness.mapper;
        PipelineRun run = mapper.readValue("{\"runId\":\"x\",\"status\":\"Paused\"}", PipelineRun.class);

        assertThat(run.status().is(PipelineRunStatus.UNKNOWN)).isTrue();
        assertThat(run.status().raw()).isEqualTo("Paused");
        assertThat(mapper.writeValueAsString(run.status())).isEqualTo("\"Paused\"");
        PipelineResource.ActivityDependency dependency = mapper.readValue(
                "{\"activity\":\"a\",\"dependencyConditions\":[\"succeeded\"]}", PipelineResource.ActivityDependency.class);
        assertThat(dependency.dependencyConditions().get(0).is(DependencyCondition.SUCCEEDED)).as("case-insensitive").isTrue();
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> out = new ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }
}
