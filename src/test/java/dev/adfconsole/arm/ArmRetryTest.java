package dev.adfconsole.arm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

/** Retries, throttling and the one-request rule for actions, against a real HTTP peer. */
class ArmRetryTest {

    private static final String OK = "{\"name\":\"ir\"}";

    @Test
    void tooManyRequestsWithRetryAfterTwoWaitsAtLeastTwoSecondsThenSucceeds() throws Exception {
        try (ArmTestServer arm = new ArmTestServer(true)) {
            arm.enqueue(429, "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"slow down\"}}", "Retry-After", "2");
            arm.enqueue(200, OK);

            long start = System.nanoTime();
            ArmResponse response = arm.connection.send(ArmRequest.get(arm.factoryPath("/integrationRuntimes/ir"))).get(30, TimeUnit.SECONDS);

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
            assertThat(response.status()).isEqualTo(200);
            assertThat(arm.server.getRequestCount()).isEqualTo(2);
        }
    }

    @Test
    void serviceUnavailableStormGivesUpAfterThreeRetriesWithExponentialBackoff() throws Exception {
        try (ArmTestServer arm = new ArmTestServer(false)) {
            for (int i = 0; i < 4; i++) {
                arm.enqueue(503, "{\"error\":{\"code\":\"ServiceUnavailable\",\"message\":\"busy\"}}");
            }

            assertThatThrownBy(() -> arm.connection.send(ArmRequest.get(arm.factoryPath(""))).get())
                    .cause().isInstanceOfSatisfying(ArmException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ArmException.Kind.SERVER_ERROR);
                        assertThat(e.httpStatus()).isEqualTo(503);
                        assertThat(e.userMessage()).contains("server error").contains("req-503");
                    });
            assertThat(arm.server.getRequestCount()).isEqualTo(4);
            assertThat(arm.delays.waits).hasSize(3);
            assertThat(arm.delays.waits.get(0).toMillis()).isBetween(640L, 960L);
            assertThat(arm.delays.waits.get(1).toMillis()).isBetween(1280L, 1920L);
            assertThat(arm.delays.waits.get(2).toMillis()).isBetween(2560L, 3840L);
        }
    }

    @Test
    void createRunOnServerErrorIsSentExactlyOnce() throws Exception {
        try (ArmTestServer arm = new ArmTestServer(false)) {
            arm.enqueue(500, "{\"error\":{\"code\":\"InternalServerError\",\"message\":\"oops\"}}");
            arm.enqueue(200, "{\"runId\":\"2f7fdb90-5df1-4b8e-ac2f-064cfa58202b\"}");

            assertThatThrownBy(() -> arm.connection.send(ArmRequest.post(arm.factoryPath("/pipelines/p/createRun"), "{}")).get())
                    .cause().isInstanceOf(ArmException.class);
            assertThat(arm.server.getRequestCount()).as("a second run would be worse than an error").isEqualTo(1);
        }
    }

    @Test
    void actionRejectedWith429IsRetriedBecauseArmDidNotAct() throws Exception {
        try (ArmTestServer arm = new ArmTestServer(false)) {
            arm.enqueue(429, "{}", "Retry-After", "1");
            arm.enqueue(200, "{\"runId\":\"x\"}");

            arm.connection.send(ArmRequest.post(arm.factoryPath("/pipelines/p/createRun"), "{}")).get();

            assertThat(arm.server.getRequestCount()).isEqualTo(2);
            assertThat(arm.delays.waits.get(0)).as("Retry-After is never undercut").isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        }
    }

    @Test
    void forbiddenIsSentOnceAndSaysWhichActionOnWhichScope() throws Exception {
        try (ArmTestServer arm = new ArmTestServer(false)) {
            arm.enqueue(403, "{\"error\":{\"code\":\"AuthorizationFailed\",\"message\":\"The client 'ops@contoso.com' with "
                    + "object id '1' does not have authorization to perform action "
                    + "'Microsoft.DataFactory/factories/integrationruntimes/start/action' over scope "
                    + "'/subscriptions/1/resourceGroups/rg/providers/Microsoft.DataFactory/factories/f1' or the scope is invalid.\"}}");

            assertThatThrownBy(() -> arm.connection.send(ArmRequest.post(arm.factoryPath("/integrationRuntimes/ir/start"), null)).get())
                    .cause().isInstanceOfSatisfying(ArmException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ArmException.Kind.FORBIDDEN);
                        assertThat(e.code()).isEqualTo("AuthorizationFailed");
                        assertThat(e.userMessage()).isEqualTo("You are not allowed to "
                                + "Microsoft.DataFactory/factories/integrationruntimes/start/action on "
                                + "/subscriptions/1/resourceGroups/rg/providers/Microsoft.DataFactory/factories/f1. "
                                + "Ask an owner of that scope for a role that grants it. (request id req-403)");
                    });
            assertThat(arm.server.getRequestCount()).isEqualTo(1);
        }
    }

    @Test
    void connectionResetIsRetriedForReadsWithTheSameClientRequestId() throws Exception {
        try (ArmTestServer arm = new ArmTestServer(false)) {
            arm.server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
            arm.enqueue(200, OK);

            ArmResponse response = arm.connection.send(ArmRequest.get(arm.factoryPath("/integrationRuntimes/ir"))).get();

            assertThat(response.status()).isEqualTo(200);
            RecordedRequest first = arm.server.takeRequest();
            RecordedRequest second = arm.server.takeRequest();
            assertThat(second.getHeaders().get("x-ms-client-request-id"))
                    .isNotBlank().isEqualTo(first.getHeaders().get("x-ms-client-request-id"));
        }
    }

    @Test
    void connectionResetDuringAnActionIsReportedAsMaybeDoneNotRetried() throws Exception {
        try (ArmTestServer arm = new ArmTestServer(false)) {
            arm.server.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build());
            arm.enqueue(200, "{}");

            assertThatThrownBy(() -> arm.connection.send(ArmRequest.post(arm.factoryPath("/integrationRuntimes/ir/regenerateAuthKey"), "{\"keyName\":\"authKey1\"}")).get())
                    .cause().isInstanceOfSatisfying(ArmException.class, e -> {
                        assertThat(e.kind()).isIn(ArmException.Kind.NETWORK, ArmException.Kind.TIMEOUT);
                        assertThat(e.userMessage()).contains("may or may not have happened");
                    });
            assertThat(arm.server.getRequestCount()).isEqualTo(1);
        }
    }

    @Test
    void retryAfterBeyondAMinuteIsReportedNotSlept() throws Exception {
        try (ArmTestServer arm = new ArmTestServer(false)) {
            arm.enqueue(429, "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"throttled\"}}", "Retry-After", "120");

            ExecutionException failure = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                    () -> arm.connection.send(ArmRequest.get(arm.factoryPath(""))).get());

            ArmException e = (ArmException) failure.getCause();
            assertThat(e.kind()).isEqualTo(ArmException.Kind.THROTTLED);
            assertThat(e.retryAt()).isAfter(java.time.Instant.now().plusSeconds(100));
            assertThat(e.userMessage()).matches("Azure is throttling requests for this subscription until \\d\\d:\\d\\d:\\d\\d\\."
                    + " Azure says: throttled\\. Try again after that\\. \\(request id req-429\\)");
            assertThat(arm.delays.waits).isEmpty();
            assertThat(arm.server.getRequestCount()).isEqualTo(1);
        }
    }

    @Test
    void retryAfterMillisecondHeadersAreHonoured() throws Exception {
        try (ArmTestServer arm = new ArmTestServer(false)) {
            arm.enqueue(503, "{}", "x-ms-retry-after-ms", "5000");
            arm.enqueue(200, OK);

            arm.connection.send(ArmRequest.get(arm.factoryPath(""))).get();

            assertThat(arm.delays.waits).containsExactly(Duration.ofSeconds(5));
        }
    }

    @Test
    void clientSideBucketPacesABurstBeyondItsCapacity() throws Exception {
        ArmClientOptions small = ArmClientOptions.defaults("test").withBuckets(1, 2, 1, 2);
        try (ArmTestServer arm = new ArmTestServer(false, small)) {
            for (int i = 0; i < 3; i++) {
                arm.enqueue(200, OK);
            }
            for (int i = 0; i < 3; i++) {
                arm.connection.send(ArmRequest.get(arm.factoryPath(""))).get();
            }

            assertThat(arm.delays.waits).hasSize(1);
            assertThat(arm.delays.waits.get(0).toMillis()).isBetween(500L, 1000L);
        }
    }

    @Test
    void requestsCarryTokenApiVersionUserAgentAndRateLimitsAreRead() throws Exception {
        try (ArmTestServer arm = new ArmTestServer(false)) {
            arm.enqueue(200, OK, "x-ms-ratelimit-remaining-subscription-reads", "11999");

            arm.connection.send(ArmRequest.get(arm.factoryPath("/integrationRuntimes/ir"))).get();

            RecordedRequest request = arm.server.takeRequest();
            assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + ArmTestServer.TOKEN);
            assertThat(request.getUrl().queryParameter("api-version")).isEqualTo("2018-06-01");
            assertThat(request.getHeaders().get("User-Agent")).startsWith("adf-console/test");
            assertThat(arm.connection.rateLimits(ArmTestServer.SUBSCRIPTION).reads()).isEqualTo(11999L);
        }
    }
}
