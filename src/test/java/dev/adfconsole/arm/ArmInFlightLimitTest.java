package dev.adfconsole.arm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A sweep's concurrency ({@link ArmConnection#withInFlightLimit}) counts calls on the wire, not calls ARM's buckets
 * hold: while one subscription's first call probes ARM's count, the other subscriptions' calls use the places, so a
 * rerun of the inventory does not sit idle; and the limit is never exceeded, nor lost to a cancelled call.
 */
class ArmInFlightLimitTest {

    private final MockWebServer server = new MockWebServer();
    /** Calls of subscription "held" are answered only once this opens: a probe ARM is slow to answer. */
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger onTheWire = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private ArmClient client;
    private ArmConnection connection;

    private void start(long answerAfterMillis) throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                String path = request.getUrl().encodedPath();
                received.add(path);
                mostAtOnce.accumulateAndGet(onTheWire.incrementAndGet(), Math::max);
                try {
                    if (path.startsWith("/subscriptions/held/")) {
                        release.await(30, TimeUnit.SECONDS);
                    }
                    Thread.sleep(answerAfterMillis);
                    return new MockResponse.Builder().code(200).body("{}").addHeader("Content-Type", "application/json")
                            .addHeader("x-ms-ratelimit-remaining-subscription-writes", "150").build();
                } finally {
                    onTheWire.decrementAndGet();
                }
            }
        });
        server.start(InetAddress.getLoopbackAddress(), 0);
        client = new ArmClient(ArmClientOptions.defaults("test"));
        URI endpoint = server.url("/").uri();
        connection = client.connect(ArmEnvironment.custom("Test", endpoint, "https://management.azure.com/.default", endpoint),
                new StaticTokenProvider(ArmTestServer.TOKEN));
    }

    @AfterEach
    void stop() {
        release.countDown();
        if (client != null) {
            client.close();
        }
        server.close();
    }

    @Test
    void whileOneSubscriptionsFirstCallWaitsForArmTheOtherSubscriptionsUseThePlaces() throws Exception {
        start(0);
        ArmConnection sweep = connection.withInFlightLimit(4);

        // A fresh client: the first call of "held" goes alone as a probe and ARM is slow to answer it; the other
        // three of "held" wait for that answer in their bucket, and must not sit on the sweep's places meanwhile.
        List<CompletableFuture<ArmResponse>> held = statuses(sweep, "held", 4);
        List<CompletableFuture<ArmResponse>> others = statuses(sweep, "other", 12);

        CompletableFuture.allOf(others.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
        assertThat(held).noneMatch(CompletableFuture::isDone);
        assertThat(received).filteredOn(p -> p.startsWith("/subscriptions/held/")).as("only the probe went").hasSize(1);

        release.countDown();
        CompletableFuture.allOf(held.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
        assertThat(received).hasSize(16);
    }

    @Test
    void neverMoreCallsOnTheWireThanTheLimit() throws Exception {
        start(20);
        ArmConnection sweep = connection.withInFlightLimit(3);

        List<CompletableFuture<ArmResponse>> calls = new ArrayList<>();
        for (String subscription : List.of("s1", "s2", "s3", "s4")) {
            calls.addAll(statuses(sweep, subscription, 8));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

        assertThat(received).hasSize(32);
        assertThat(mostAtOnce.get()).as("calls the server had at once").isLessThanOrEqualTo(3);
    }

    @Test
    void aCallCancelledWhileWaitingForItsPlaceIsNeverSentAndKeepsNoPlace() throws Exception {
        start(0);
        ArmConnection sweep = connection.withInFlightLimit(1);
        CompletableFuture<ArmResponse> first = statuses(sweep, "held", 1).get(0);
        for (int i = 0; i < 250 && received.isEmpty(); i++) {
            Thread.sleep(20);
        }

        CompletableFuture<ArmResponse> cancelled = statuses(sweep, "s2", 1).get(0);
        cancelled.cancel(true);
        CompletableFuture<ArmResponse> next = statuses(sweep, "s3", 1).get(0);
        release.countDown();

        first.get(20, TimeUnit.SECONDS);
        next.get(20, TimeUnit.SECONDS);
        statuses(sweep, "s3", 1).get(0).get(20, TimeUnit.SECONDS);
        assertThat(received).noneMatch(p -> p.startsWith("/subscriptions/s2/")).hasSize(3);
    }

    private static List<CompletableFuture<ArmResponse>> statuses(ArmConnection connection, String subscription, int count) {
        List<CompletableFuture<ArmResponse>> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            calls.add(connection.send(ArmRequest.postRead("/subscriptions/" + subscription
                    + "/resourceGroups/rg/providers/Microsoft.DataFactory/factories/f/integrationRuntimes/ir-" + i
                    + "/getStatus", null)));
        }
        return calls;
    }
}
