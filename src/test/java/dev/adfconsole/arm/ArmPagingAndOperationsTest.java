package dev.adfconsole.arm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Paging (nextLink, continuationToken), long-running operations and malformed answers. */
class ArmPagingAndOperationsTest {

    @Test
    void listFollowsNextLinkAcrossThreePagesStreamingEachPage() throws Exception {
        try (ArmTestServer arm = new ArmTestServer(false)) {
            String page2 = arm.server.url("/subscriptions/s/page?api-version=2018-06-01&%24skipToken=2").toString();
            String page3 = arm.server.url("/subscriptions/s/page?api-version=2018-06-01&%24skipToken=3").toString();
            arm.enqueue(200, "{\"value\":[{\"name\":\"a\"},{\"name\":\"b\"}],\"nextLink\":\"" + page2 + "\"}");
            arm.enqueue(200, "{\"value\":[{\"name\":\"c\"}],\"nextLink\":\"" + page3 + "\"}");
            arm.enqueue(200, "{\"value\":[{\"name\":\"d\"}]}");
            List<Integer> pageSizes = new ArrayList<>();

            int count = arm.connection.listPages(ArmRequest.get(arm.factoryPath("/integrationRuntimes")),
                    page -> pageSizes.add(page.value().size())).get();

            assertThat(count).isEqualTo(4);
            assertThat(pageSizes).containsExactly(2, 1, 1);
            arm.server.takeRequest();
            RecordedRequest second = arm.server.takeRequest();
            assertThat(second.getUrl().queryParameterValues("api-version")).as("nextLink is followed as given").hasSize(1);
            assertThat(second.getUrl().queryParameter("$skipToken")).isEqualTo("2");
        }
    }

    @Test
    void callerCanStopAListEarly() throws Exception {
        try (ArmTestServer arm = new ArmTestServer(false)) {
            arm.enqueue(200, "{\"value\":[{\"name\":\"a\"}],\"nextLink\":\"" + arm.server.url("/next?api-version=1") + "\"}");

            int count = arm.connection.listPages(ArmRequest.get(arm.factoryPath("/pipelines")), page -> false).get();

            assertThat(count).isEqualTo(1);
            assertThat(arm.server.getRequestCount()).isEqualTo(1);
        }
    }

    @Test
    void runQueryRepostsTheBodyWithTheContinuationToken() throws Exception {
        try (ArmTestServer arm = new ArmTestServer(false)) {
            arm.enqueue(200, "{\"value\":[{\"runId\":\"1\"}],\"continuationToken\":\"+RID:~abc\"}");
            arm.enqueue(200, "{\"value\":[{\"runId\":\"2\"}]}");
            List<String> runIds = new ArrayList<>();

            arm.connection.queryPages(ArmRequest.postRead(arm.factoryPath("/queryPipelineRuns"),
                    "{\"lastUpdatedAfter\":\"2018-06-16T00:36:44.3345758Z\",\"lastUpdatedBefore\":\"2018-06-16T00:49:48.3686473Z\"}"),
                    page -> {
                        page.value().forEach(r -> runIds.add(r.get("runId").asText()));
                        return true;
                    }).get();

            assertThat(runIds).containsExactly("1", "2");
            arm.server.takeRequest();
            JsonNode secondBody = new com.fasterxml.jackson.databind.ObjectMapper().readTree(arm.server.takeRequest().getBody().utf8());
            assertThat(secondBody.get("continuationToken").asText()).isEqualTo("+RID:~abc");
            assertThat(secondBody.get("lastUpdatedAfter").asText()).isEqualTo("2018-06-16T00:36:44.3345758Z");
        }
    }

    @Test
    void malformedOrTruncatedJsonIsAnErrorWithItsText() throws Exception {
        try (ArmTestServer arm = new ArmTestServer(false)) {
            arm.enqueue(200, "{\"value\":[{\"name\":\"a\"},");

            assertThatThrownBy(() -> arm.connection.listAll(ArmRequest.get(arm.factoryPath("/integrationRuntimes"))).get())
                    .cause().isInstanceOfSatisfying(ArmException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ArmException.Kind.MALFORMED_RESPONSE);
                        assertThat(e.userMessage()).startsWith("Azure's answer could not be read (").contains("req-200");
                    });
        }
    }

    @Test
    void longRunningOperationThroughAzureAsyncOperationEndsWithTheFinalResource() throws Exception {
        try (ArmTestServer arm = new ArmTestServer(false)) {
            String status = arm.server.url("/operations/op1?api-version=2018-06-01").toString();
            String location = arm.server.url("/subscriptions/s/ir/result?api-version=2018-06-01").toString();
            arm.enqueue(202, "", "Azure-AsyncOperation", status, "Location", location, "Retry-After", "1");
            arm.enqueue(200, "{\"status\":\"InProgress\"}");
            arm.enqueue(200, "{\"status\":\"Succeeded\"}");
            arm.enqueue(200, "{\"name\":\"ssis-ir\",\"properties\":{\"type\":\"Managed\",\"state\":\"Started\"}}");

            ArmResponse done = arm.connection.sendLongRunning(ArmRequest.post(arm.factoryPath("/integrationRuntimes/ssis-ir/start"), null))
                    .get(10, TimeUnit.SECONDS);

            assertThat(done.json().at("/properties/state").asText()).isEqualTo("Started");
            assertThat(arm.server.getRequestCount()).isEqualTo(4);
            assertThat(arm.delays.waits.get(0).toSeconds()).as("polls at Retry-After").isEqualTo(1);
            assertThat(arm.delays.waits.get(1).toSeconds()).as("then at the 2 s default").isEqualTo(2);
        }
    }

    @Test
    void longRunningOperationThroughLocation() throws Exception {
        try (ArmTestServer arm = new ArmTestServer(false)) {
            String location = arm.server.url("/operationResults/op2?api-version=2018-06-01").toString();
            arm.enqueue(202, "", "Location", location);
            arm.enqueue(202, "", "Location", location);
            arm.enqueue(200, "{\"name\":\"ssis-ir\",\"properties\":{\"state\":\"Stopped\"}}");

            ArmResponse done = arm.connection.sendLongRunning(ArmRequest.post(arm.factoryPath("/integrationRuntimes/ssis-ir/stop"), null)).get();

            assertThat(done.json().at("/properties/state").asText()).isEqualTo("Stopped");
            assertThat(arm.server.getRequestCount()).isEqualTo(3);
        }
    }

    @Test
    void failedLongRunningOperationCarriesItsError() throws Exception {
        try (ArmTestServer arm = new ArmTestServer(false)) {
            arm.enqueue(202, "", "Azure-AsyncOperation", arm.server.url("/operations/op3").toString());
            arm.enqueue(200, "{\"status\":\"Failed\",\"error\":{\"code\":\"IntegrationRuntimeStartFailed\","
                    + "\"message\":\"The VNet has no free IP addresses.\"}}");

            assertThatThrownBy(() -> arm.connection.sendLongRunning(ArmRequest.post(arm.factoryPath("/integrationRuntimes/ssis-ir/start"), null)).get())
                    .cause().isInstanceOfSatisfying(ArmException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ArmException.Kind.OPERATION_FAILED);
                        assertThat(e.code()).isEqualTo("IntegrationRuntimeStartFailed");
                        assertThat(e.userMessage()).contains("ended Failed: The VNet has no free IP addresses.");
                    });
        }
    }

    @Test
    void cancellingMidPollStopsPolling() throws Exception {
        try (ArmTestServer arm = new ArmTestServer(false)) {
            arm.enqueue(202, "", "Azure-AsyncOperation", arm.server.url("/operations/op4").toString());
            arm.enqueue(200, "{\"status\":\"InProgress\"}");
            arm.delays.hold = true;

            ArmCall<ArmResponse> call = arm.connection.sendLongRunning(ArmRequest.post(arm.factoryPath("/integrationRuntimes/ssis-ir/start"), null));
            for (int i = 0; i < 100 && arm.delays.pending.isEmpty(); i++) {
                Thread.sleep(20);
            }
            call.cancel(true);

            assertThat(call).isCancelled();
            assertThat(arm.delays.pending).hasSize(1).allSatisfy(wait -> assertThat(wait).isCancelled());
            assertThat(arm.server.getRequestCount()).as("no poll after cancel").isEqualTo(1);
        }
    }
}
