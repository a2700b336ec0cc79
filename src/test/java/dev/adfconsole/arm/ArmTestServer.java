package dev.adfconsole.arm;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** A MockWebServer on loopback and a client connected to it with a fixed token. */
final class ArmTestServer implements AutoCloseable {

    static final String TOKEN = "eyJ0eXAiOiJKV1Qi.secret-token-value.sig";
    static final String SUBSCRIPTION = "12345678-1234-1234-1234-12345678abc";

    final MockWebServer server = new MockWebServer();
    final RecordingDelays delays = new RecordingDelays();
    final ArmClient client;
    final ArmConnection connection;

    ArmTestServer(boolean realDelays) throws IOException {
        this(realDelays, ArmClientOptions.defaults("test"));
    }

    ArmTestServer(boolean realDelays, ArmClientOptions options) throws IOException {
        server.start(InetAddress.getLoopbackAddress(), 0);
        client = new ArmClient(realDelays ? options : options.withDelays(delays));
        URI endpoint = server.url("/").uri();
        connection = client.connect(ArmEnvironment.custom("Test", endpoint, "https://management.azure.com/.default",
                endpoint), new StaticTokenProvider(TOKEN));
    }

    void enqueue(int status, String body, String... headers) {
        MockResponse.Builder response = new MockResponse.Builder().code(status).body(body)
                .addHeader("Content-Type", "application/json").addHeader("x-ms-request-id", "req-" + status);
        for (int i = 0; i < headers.length; i += 2) {
            response.addHeader(headers[i], headers[i + 1]);
        }
        server.enqueue(response.build());
    }

    String factoryPath(String rest) {
        return "/subscriptions/" + SUBSCRIPTION + "/resourceGroups/rg/providers/Microsoft.DataFactory/factories/f1" + rest;
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
