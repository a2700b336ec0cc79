package dev.adfconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.sandbox.fleet.SandboxFactory;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Cancelling what a service returned stops the HTTP call under it. */
class CancellationTest {

    @Test
    void cancellingAServiceCallCancelsTheHttpRequest() throws Exception {
        try (SandboxServer slow = SandboxServer.start(SandboxOptions.defaults().withLatencyMs(3000));
             SandboxClient client = new SandboxClient(slow)) {
            SandboxFactory factory = slow.fleet().allFactories().get(0);
            CompletableFuture<?> status = client.services.runtimes().getStatus(
                    SandboxClient.ref(factory, factory.runtimes.values().iterator().next()));
            for (int i = 0; i < 100 && client.client.callsInFlight() == 0; i++) {
                Thread.sleep(10);
            }
            assertThat(client.client.callsInFlight()).isEqualTo(1);

            status.cancel(true);

            for (int i = 0; i < 100 && client.client.callsInFlight() > 0; i++) {
                Thread.sleep(10);
            }
            assertThat(client.client.callsInFlight()).as("well before the 3 s answer").isZero();
        }
    }
}
