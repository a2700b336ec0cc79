package dev.adfconsole.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adfconsole.arm.ArmClient;
import dev.adfconsole.arm.ArmClientOptions;
import dev.adfconsole.arm.ArmEnvironment;
import dev.adfconsole.arm.StaticTokenProvider;
import dev.adfconsole.model.ModelJson;
import dev.adfconsole.service.activity.ActivityLog;
import dev.adfconsole.spec.SpecExamples;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import dev.adfconsole.spec.SpecValidator;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import static org.assertj.core.api.Assertions.assertThat;

/** Services talking to a MockWebServer that answers with a spec example's responses. */
final class ContractHarness implements AutoCloseable {

    final MockWebServer server = new MockWebServer();
    final ArmClient client;
    final DataFactoryServices services;
    final ActivityLog activityLog = new ActivityLog(100);
    final ObjectMapper mapper = ModelJson.newMapper();

    ContractHarness() throws IOException {
        server.start(InetAddress.getLoopbackAddress(), 0);
        client = new ArmClient(ArmClientOptions.defaults("test").withDelays(delay -> CompletableFuture.completedFuture(null)));
        URI endpoint = server.url("").uri();
        services = new DataFactoryServices(client.connect(ArmEnvironment.custom("Test", endpoint,
                "https://management.azure.com/.default", endpoint), new StaticTokenProvider("token")), mapper,
                activityLog, Clock.systemUTC());
    }

    /** Enqueues the example's answers (202 then 200 for long-running ones) and makes the call. */
    <T> Exchange<T> exchange(SpecExamples.Example example, Function<DataFactoryServices, CompletableFuture<T>> call)
            throws Exception {
        JsonNode responses = example.json().get("responses");
        if (responses.has("202")) {
            server.enqueue(new MockResponse.Builder().code(202)
                    .addHeader("Location", server.url("/operationResults/1?api-version=2018-06-01")).build());
        }
        int status = responses.has("200") ? 200 : Integer.parseInt(responses.fieldNames().next());
        JsonNode body = responses.get(String.valueOf(status)).get("body");
        server.enqueue(new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
                .addHeader("x-ms-request-id", "example-" + example.operationId())
                .body(body == null ? "" : body.toString()).build());
        int before = server.getRequestCount();
        T result = call.apply(services).get(10, TimeUnit.SECONDS);
        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        // Long-running calls also poll; those requests are not the one under test.
        for (int i = before + 1; i < server.getRequestCount(); i++) {
            server.takeRequest(1, TimeUnit.SECONDS);
        }
        return new Exchange<>(result, request, status, body);
    }

    /** Microsoft's Refresh example answers {"error": null, "properties": null}, which its own schema forbids. */
    private static final java.util.Set<String> KNOWN_INVALID_EXAMPLES = java.util.Set.of("IntegrationRuntimeObjectMetadata_Refresh");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Sends the call for the example and checks the request against it and against the spec. */
    <T> Exchange<T> check(String operationId, String bodyParameter,
                                          Function<SpecExamples.Example, Function<DataFactoryServices, CompletableFuture<T>>> call)
            throws Exception {
        SpecExamples.Example example = SpecExamples.load(operationId);
        Exchange<T> exchange = exchange(example, call.apply(example));
        RecordedRequest request = exchange.request();
        String path = URLDecoder.decode(request.getUrl().encodedPath(), StandardCharsets.UTF_8);
        assertThat(request.getMethod()).as(operationId + " method").isEqualTo(example.method());
        assertThat(path).as(operationId + " path").isEqualTo(example.path());
        assertThat(request.getUrl().queryParameter("api-version")).isEqualTo(example.parameter("api-version"));
        String body = request.getBody() == null ? "" : request.getBody().utf8();
        if (bodyParameter != null) {
            assertThat(JSON.readTree(body)).as(operationId + " body").isEqualTo(example.parameters().get(bodyParameter));
        }
        Map<String, String> query = new LinkedHashMap<>();
        request.getUrl().queryParameterNames().forEach(n -> query.put(n, request.getUrl().queryParameter(n)));
        assertThat(SpecValidator.request(example.method(), path, query, body.isEmpty() ? null : body))
                .as(operationId + " request conforms to datafactory.json").isEmpty();
        if (exchange.responseBody() != null && !KNOWN_INVALID_EXAMPLES.contains(operationId)) {
            assertThat(SpecValidator.response(example.method(), path, exchange.status(), exchange.responseBody().toString()))
                    .as(operationId + " example response conforms").isEmpty();
        }
        return exchange;
    }

    record Exchange<T>(T result, RecordedRequest request, int status, JsonNode responseBody) {
    }

    static Duration timeout() {
        return Duration.ofSeconds(10);
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
