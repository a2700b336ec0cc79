package dev.adfconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.sandbox.fleet.FleetSpec;
import dev.adfconsole.sandbox.fleet.SandboxFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The checks ARM makes, with ARM's codes, over real HTTP. */
class SandboxArmRulesTest {

    private SandboxServer server;
    private SandboxHttp http;
    private SandboxFactory factory;

    @BeforeEach
    void start() throws Exception {
        server = SandboxServer.start(SandboxOptions.defaults().withPageSize(2).withFleet(new FleetSpec(1, 5, 4, 3)));
        http = new SandboxHttp(server);
        factory = server.fleet().allFactories().get(0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String factoryPath() {
        return factory.id();
    }

    @Test
    void listenOnLoopbackOnly() {
        assertThat(server.baseUri().getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void apiVersionIsRequiredAndMustBeKnown() throws Exception {
        assertThat(http.get(factoryPath() + "/integrationRuntimes").code()).isEqualTo("MissingApiVersionParameter");
        var unknown = http.get(factoryPath() + "/integrationRuntimes?api-version=2017-09-01-preview");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.code()).isEqualTo("InvalidApiVersionParameter");
        assertThat(http.get(factoryPath() + "/integrationRuntimes?api-version=2018-06-01").status()).isEqualTo(200);
    }

    @Test
    void onlyTokensTheSandboxIssuedAndThatAreLiveAreAccepted() throws Exception {
        String path = "/subscriptions?api-version=2022-12-01";
        assertThat(http.send("GET", path, null, null).code()).isEqualTo("AuthenticationFailed");
        var foreign = http.send("GET", path, null, "eyJhbGciOiJub25lIn0.forged");
        assertThat(foreign.status()).isEqualTo(401);
        assertThat(foreign.code()).isEqualTo("InvalidAuthenticationToken");
        assertThat(foreign.header("WWW-Authenticate")).startsWith("Bearer");
        String expired = server.issueToken(Duration.ofMillis(1));
        Thread.sleep(20);
        assertThat(http.send("GET", path, null, expired).code()).isEqualTo("ExpiredAuthenticationToken");
    }

    @Test
    void missingResourcesGetArmsCodes() throws Exception {
        String sub = factory.subscriptionId;
        assertThat(http.get("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.DataFactory/factories/x1x?api-version=2018-06-01").code())
                .isEqualTo("SubscriptionNotFound");
        assertThat(http.get("/subscriptions/" + sub + "/resourceGroups/nope/providers/Microsoft.DataFactory/factories/adf-x?api-version=2018-06-01").code())
                .isEqualTo("ResourceGroupNotFound");
        var missing = http.get("/subscriptions/" + sub + "/resourceGroups/" + factory.resourceGroup
                + "/providers/Microsoft.DataFactory/factories/adf-missing/integrationRuntimes?api-version=2018-06-01");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.code()).isEqualTo("ResourceNotFound");
        assertThat(http.get(factoryPath() + "/integrationRuntimes/no-such-ir?api-version=2018-06-01").json().at("/error/message").asText())
                .isEqualTo("The Resource 'Microsoft.DataFactory/factories/" + factory.name + "/integrationruntimes/no-such-ir' under resource group '"
                        + factory.resourceGroup + "' was not found.");
    }

    @Test
    void nameRulesOfTheSpecAreEnforced() throws Exception {
        var bad = http.get(factoryPath() + "/integrationRuntimes/bad_name?api-version=2018-06-01");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.code()).isEqualTo("InvalidResourceName");
        assertThat(bad.json().at("/error/message").asText()).contains("^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$");
    }

    @Test
    void listsPageByNextLinkAcrossPages() throws Exception {
        List<String> names = new ArrayList<>();
        String next = "/subscriptions/" + factory.subscriptionId + "/providers/Microsoft.DataFactory/factories?api-version=2018-06-01";
        int pages = 0;
        while (next != null) {
            var page = http.get(next);
            page.json().get("value").forEach(f -> names.add(f.get("name").asText()));
            String link = page.json().path("nextLink").asText(null);
            assertThat(link == null || link.contains("api-version=2018-06-01")).isTrue();
            next = link == null ? null : link.substring(server.baseUri().toString().length());
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(names).hasSize(5).doesNotHaveDuplicates();
    }

    @Test
    void answersCarryArmsHeaders() throws Exception {
        var answer = http.send("GET", "/subscriptions?api-version=2022-12-01", null, http.token);
        assertThat(answer.header("x-ms-request-id")).isNotBlank();
        assertThat(answer.header("x-ms-correlation-request-id")).isNotBlank();
        assertThat(Long.parseLong(answer.header("x-ms-ratelimit-remaining-subscription-reads"))).isPositive();
        var write = http.post(factoryPath() + "/integrationRuntimes/" + factory.runtimes.values().iterator().next().name
                + "/getStatus?api-version=2018-06-01", null);
        assertThat(write.header("x-ms-ratelimit-remaining-subscription-writes")).as("ARM meters POST as a write").isNotBlank();
    }

    @Test
    void exceedingTheWriteBucketGives429WithRetryAfter() throws Exception {
        server.close();
        server = SandboxServer.start(SandboxOptions.defaults().withBuckets(25, 250, 1, 3));
        http = new SandboxHttp(server);
        factory = server.fleet().allFactories().get(0);
        String status = factoryPath() + "/integrationRuntimes/" + factory.runtimes.values().iterator().next().name
                + "/getStatus?api-version=2018-06-01";
        List<Integer> codes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            codes.add(http.post(status, null).status());
        }
        assertThat(codes).containsExactly(200, 200, 200, 429);
        var throttled = http.post(status, null);
        assertThat(throttled.code()).isEqualTo("TooManyRequests");
        assertThat(Integer.parseInt(throttled.header("Retry-After"))).isPositive();
        assertThat(http.get(factoryPath() + "/integrationRuntimes?api-version=2018-06-01").status()).as("reads have their own bucket").isEqualTo(200);
    }
}
