package dev.adfconsole.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.adfconsole.sandbox.fleet.SandboxFactory;
import dev.adfconsole.sandbox.fleet.SandboxRuntime;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Azure Monitor's metrics endpoint on a factory, as curl or az rest would call it: ARM's checks, then the seeded series. */
class SandboxMetricsTest {

    private static SandboxServer server;
    private static SandboxHttp http;
    private static SandboxFactory factory;
    private static SandboxRuntime selfHosted;

    @BeforeAll
    static void start() throws Exception {
        server = SandboxServer.start(SandboxOptions.defaults());
        http = new SandboxHttp(server);
        factory = server.fleet().allFactories().get(0);
        selfHosted = factory.runtimes.values().stream().filter(r -> r.kind == SandboxRuntime.Kind.SELF_HOSTED && !r.nodes.isEmpty())
                .findFirst().orElseThrow();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String metrics(String... query) {
        StringBuilder q = new StringBuilder(factory.id() + "/providers/Microsoft.Insights/metrics?");
        for (int i = 0; i < query.length; i += 2) {
            q.append(query[i]).append('=').append(URLEncoder.encode(query[i + 1], StandardCharsets.UTF_8)).append('&');
        }
        return q.toString();
    }

    private static String lastHours(int hours) {
        Instant end = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        return end.minus(Duration.ofHours(hours)) + "/" + end;
    }

    @Test
    void sevenDaysOfCpuPerNodeAtOneHourHaveOnePointPerHourForEveryNode() throws Exception {
        var answer = http.get(metrics("api-version", "2023-10-01", "timespan", lastHours(168), "interval", "PT1H",
                "metricnames", "IntegrationRuntimeCpuPercentage", "aggregation", "Average,Maximum",
                "$filter", "IntegrationRuntimeName eq '" + selfHosted.name + "' and NodeName eq '*'"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("interval").asText()).isEqualTo("PT1H");
        JsonNode metric = answer.json().at("/value/0");
        assertThat(metric.at("/name/value").asText()).isEqualTo("IntegrationRuntimeCpuPercentage");
        assertThat(metric.get("unit").asText()).isEqualTo("Percent");
        List<String> nodes = new ArrayList<>();
        for (JsonNode series : metric.get("timeseries")) {
            // Azure answers dimension names in lower case.
            assertThat(series.at("/metadatavalues/0/name/value").asText()).isEqualTo("integrationruntimename");
            assertThat(series.at("/metadatavalues/0/value").asText()).isEqualTo(selfHosted.name);
            nodes.add(series.at("/metadatavalues/1/value").asText());
            assertThat(series.get("data").size()).isBetween(168, 169);
            JsonNode point = series.get("data").get(100);
            assertThat(point.get("maximum").asDouble()).isGreaterThanOrEqualTo(point.get("average").asDouble());
            assertThat(point.get("average").asDouble()).isBetween(0.0, 100.0);
            assertThat(Instant.parse(point.get("timeStamp").asText()).getEpochSecond() % 3600).isZero();
        }
        assertThat(nodes).containsExactlyElementsOf(selfHosted.nodes.stream().map(n -> n.name).toList());
    }

    @Test
    void theSameMinutesGiveTheSameNumbersWhicheverIntervalAsksForThem() throws Exception {
        Instant end = Instant.now().truncatedTo(ChronoUnit.HOURS);
        String span = end.minus(Duration.ofHours(2)) + "/" + end.minus(Duration.ofHours(1));
        String filter = "IntegrationRuntimeName eq '" + selfHosted.name + "'";
        var hour = http.get(metrics("api-version", "2023-10-01", "timespan", span, "interval", "PT1H",
                "metricnames", "IntegrationRuntimeQueueLength", "aggregation", "Maximum,Total,Count", "$filter", filter));
        var minutes = http.get(metrics("api-version", "2023-10-01", "timespan", span, "interval", "PT1M",
                "metricnames", "IntegrationRuntimeQueueLength", "aggregation", "Maximum", "$filter", filter));

        JsonNode hourly = hour.json().at("/value/0/timeseries/0/data/0");
        double max = 0;
        for (JsonNode point : minutes.json().at("/value/0/timeseries/0/data")) {
            max = Math.max(max, point.get("maximum").asDouble());
        }
        assertThat(minutes.json().at("/value/0/timeseries/0/data").size()).isEqualTo(60);
        assertThat(hourly.get("maximum").asDouble()).isEqualTo(max);
        assertThat(hourly.get("count").asInt()).isEqualTo(60);
    }

    @Test
    void theSeededStoriesAreThereABusyNodeAndAQueueThatGrows() throws Exception {
        var cpu = http.get(metrics("api-version", "2023-10-01", "timespan", lastHours(24), "interval", "PT1H",
                "metricnames", "IntegrationRuntimeCpuPercentage", "aggregation", "Average", "$filter", "NodeName eq '*'"));
        double busiest = 0;
        for (JsonNode series : cpu.json().at("/value/0/timeseries")) {
            double sum = 0;
            int n = 0;
            for (JsonNode p : series.get("data")) {
                if (p.has("average")) {
                    sum += p.get("average").asDouble();
                    n++;
                }
            }
            busiest = Math.max(busiest, n == 0 ? 0 : sum / n);
        }
        assertThat(busiest).as("the busy node's average CPU over a day").isGreaterThan(85);

        var queue = http.get(metrics("api-version", "2023-10-01", "timespan", lastHours(6), "interval", "PT1H",
                "metricnames", "IntegrationRuntimeQueueLength", "aggregation", "Average", "$filter", "IntegrationRuntimeName eq '*'"));
        boolean grows = false;
        for (JsonNode series : queue.json().at("/value/0/timeseries")) {
            JsonNode data = series.get("data");
            double first = data.get(0).path("average").asDouble();
            double last = data.get(data.size() - 2).path("average").asDouble();
            grows |= last > first + 20;
        }
        assertThat(grows).as("one runtime's queue grew over the last six hours").isTrue();
    }

    @Test
    void armChecksEachParameterAndSaysWhichRuleFailed() throws Exception {
        String ok = lastHours(1);
        var badSpan = http.get(metrics("api-version", "2023-10-01", "timespan", "yesterday", "metricnames", "IntegrationRuntimeQueueLength"));
        var backwards = http.get(metrics("api-version", "2023-10-01", "timespan", lastHours(1).split("/")[1] + "/"
                + lastHours(1).split("/")[0], "metricnames", "IntegrationRuntimeQueueLength"));
        var tooOld = http.get(metrics("api-version", "2023-10-01", "timespan", Instant.now().minus(Duration.ofDays(100)) + "/"
                + Instant.now().minus(Duration.ofDays(99)), "metricnames", "IntegrationRuntimeQueueLength"));
        var badInterval = http.get(metrics("api-version", "2023-10-01", "timespan", ok, "interval", "PT7M", "metricnames", "IntegrationRuntimeQueueLength"));
        var badAggregation = http.get(metrics("api-version", "2023-10-01", "timespan", ok, "aggregation", "median", "metricnames", "IntegrationRuntimeQueueLength"));
        var badMetric = http.get(metrics("api-version", "2023-10-01", "timespan", ok, "metricnames", "IntegrationRuntimeCpu"));
        var noMetric = http.get(metrics("api-version", "2023-10-01", "timespan", ok));
        var badDimension = http.get(metrics("api-version", "2023-10-01", "timespan", ok, "metricnames", "IntegrationRuntimeQueueLength",
                "$filter", "NodeName eq '*'"));
        var badFilter = http.get(metrics("api-version", "2023-10-01", "timespan", ok, "metricnames", "IntegrationRuntimeCpuPercentage",
                "$filter", "NodeName eq 'a' or IntegrationRuntimeName eq 'b'"));
        var badApi = http.get(metrics("api-version", "2018-06-01", "timespan", ok, "metricnames", "IntegrationRuntimeQueueLength"));

        assertThat(List.of(badSpan, backwards, tooOld, badInterval, badAggregation, badMetric, noMetric, badDimension, badFilter))
                .allSatisfy(a -> {
                    assertThat(a.status()).isEqualTo(400);
                    assertThat(a.code()).isEqualTo("BadRequest");
                });
        assertThat(badSpan.json().at("/error/message").asText()).contains("startDateTime_ISO/endDateTime_ISO");
        assertThat(backwards.json().at("/error/message").asText()).contains("start time must be before the end time");
        assertThat(tooOld.json().at("/error/message").asText()).contains("93 days");
        assertThat(badInterval.json().at("/error/message").asText()).contains("PT7M").contains("PT5M");
        assertThat(badAggregation.json().at("/error/target").asText()).isEqualTo("aggregation");
        assertThat(badMetric.json().at("/error/message").asText()).contains("metric: IntegrationRuntimeCpu")
                .contains("IntegrationRuntimeCpuPercentage");
        assertThat(noMetric.json().at("/error/target").asText()).isEqualTo("metricnames");
        assertThat(badDimension.json().at("/error/message").asText()).contains("no dimension 'NodeName'");
        assertThat(badFilter.json().at("/error/message").asText()).contains("'or' cannot separate");
        assertThat(badApi.status()).isEqualTo(400);
        assertThat(badApi.code()).isEqualTo("InvalidApiVersionParameter");
    }

    @Test
    void aFactoryThatDoesNotExistIsResourceNotFoundAndEveryCallIsMeteredAsARead() throws Exception {
        var missing = http.get("/subscriptions/" + factory.subscriptionId + "/resourceGroups/" + factory.resourceGroup
                + "/providers/Microsoft.DataFactory/factories/adf-nope/providers/Microsoft.Insights/metrics?api-version=2023-10-01"
                + "&metricnames=IntegrationRuntimeQueueLength");
        var found = http.get(metrics("api-version", "2023-10-01", "metricnames", "IntegrationRuntimeQueueLength"));

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.code()).isEqualTo("ResourceNotFound");
        assertThat(found.header("x-ms-ratelimit-remaining-subscription-reads")).isNotNull();
        assertThat(server.requestLog().calls()).anyMatch(c -> "Metrics_List".equals(c.operationId()));
    }

    @Test
    void withoutNodeNameInTheFilterANodeMetricRollsItsNodesIntoOneSeriesPerRuntime() throws Exception {
        String span = lastHours(1);
        var perRuntime = http.get(metrics("api-version", "2023-10-01", "timespan", span, "interval", "FULL",
                "metricnames", "IntegrationRuntimeCpuPercentage", "aggregation", "Maximum",
                "$filter", "IntegrationRuntimeName eq '" + selfHosted.name + "'"));
        var perNode = http.get(metrics("api-version", "2023-10-01", "timespan", span, "interval", "FULL",
                "metricnames", "IntegrationRuntimeCpuPercentage", "aggregation", "Maximum",
                "$filter", "IntegrationRuntimeName eq '" + selfHosted.name + "' and NodeName eq '*'"));

        JsonNode rolled = perRuntime.json().at("/value/0/timeseries");
        assertThat(rolled.size()).isEqualTo(1);
        assertThat(rolled.at("/0/metadatavalues").size()).isEqualTo(1);
        double busiestNode = 0;
        for (JsonNode series : perNode.json().at("/value/0/timeseries")) {
            busiestNode = Math.max(busiestNode, series.at("/data/0/maximum").asDouble());
        }
        assertThat(rolled.at("/0/data/0/maximum").asDouble()).isEqualTo(busiestNode);
    }

    @Test
    void theLiveMonitoringDataTellsTheSameStoryAsTheHistory() throws Exception {
        SandboxRuntime busy = factory.runtimes.values().stream()
                .filter(r -> r.kind == SandboxRuntime.Kind.SELF_HOSTED && r.nodes.stream().anyMatch(n -> n.status.equals("Online")))
                .findFirst().orElseThrow();
        String busyNode = busy.nodes.stream().filter(n -> n.status.equals("Online")).findFirst().orElseThrow().name;
        var live = http.post(factory.id() + "/integrationRuntimes/" + busy.name + "/monitoringData?api-version=2018-06-01", null);

        assertThat(live.status()).isEqualTo(200);
        for (JsonNode node : live.json().get("nodes")) {
            if (node.get("nodeName").asText().equals(busyNode)) {
                assertThat(node.get("cpuUtilization").asInt()).isGreaterThan(80);
            }
        }
    }
}
