package dev.adfconsole.service.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class InventoryFormatTest {

    private static final InventoryRow SHIR = new InventoryRow("0b9e5d3a-0000-4000-8000-000000000001", "rg-data",
            "adf-sales-weu-01", "shir-onprem-sql", "SelfHosted", "Online", 2, 3, "5.44.8984.1", "5.46.9012.1",
            "UpdateAvailable", "On", null, false, java.time.Instant.parse("2026-12-01T21:30:00Z"));
    private static final InventoryRow BROKEN = InventoryRow.failure("0b9e5d3a-0000-4000-8000-000000000001", "rg-data",
            "adf-sales-weu-01", "ssis-ir", "Azure had a server error, \"try again\"\nrequest id 42",
            java.time.Instant.parse("2026-12-01T21:30:01Z"));

    @Test
    void jsonHasExactlyTheDocumentedKeysInOrderWithNullsAndNumbers() throws Exception {
        JsonNode json = new ObjectMapper().readTree(write(InventoryFormat.JSON));

        assertThat(json.isArray()).isTrue();
        assertThat(json).hasSize(2);
        List<String> keys = new java.util.ArrayList<>();
        json.get(0).fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("subscriptionId", "resourceGroupName", "factoryName", "integrationRuntimeName",
                "type", "state", "nodesOnline", "nodesTotal", "version", "latestVersion", "versionStatus", "autoUpdate",
                "error", "credentialInSync", "refreshedAt");
        assertThat(json.get(0).get("credentialInSync").isBoolean()).isTrue();
        assertThat(json.get(0).get("refreshedAt").asText()).isEqualTo("2026-12-01T21:30:00Z");
        assertThat(json.get(0).get("nodesOnline").isInt()).isTrue();
        assertThat(json.get(0).get("error").isNull()).isTrue();
        assertThat(json.get(1).get("state").isNull()).isTrue();
        assertThat(json.get(1).get("error").asText()).contains("server error");
    }

    @Test
    void csvHasAHeaderRowAndQuotesWhatNeedsQuoting() {
        String[] lines = write(InventoryFormat.CSV).split("\r\n");

        assertThat(lines[0]).isEqualTo("subscriptionId,resourceGroupName,factoryName,integrationRuntimeName,type,state,"
                + "nodesOnline,nodesTotal,version,latestVersion,versionStatus,autoUpdate,error,credentialInSync,refreshedAt");
        assertThat(lines[1]).isEqualTo("0b9e5d3a-0000-4000-8000-000000000001,rg-data,adf-sales-weu-01,shir-onprem-sql,"
                + "SelfHosted,Online,2,3,5.44.8984.1,5.46.9012.1,UpdateAvailable,On,,false,2026-12-01T21:30:00Z");
        assertThat(lines[2]).endsWith(",\"Azure had a server error, \"\"try again\"\"\nrequest id 42\",,2026-12-01T21:30:01Z");
    }

    @Test
    void tableAlignsColumnsKeepsOneLinePerRuntimeAndCountsErrors() {
        String[] lines = write(InventoryFormat.TABLE).split(System.lineSeparator());

        assertThat(lines).hasSize(4);
        assertThat(lines[0]).startsWith("SUBSCRIPTION").contains("RUNTIME").contains("NODES");
        assertThat(lines[1].indexOf("shir-onprem-sql")).isEqualTo(lines[0].indexOf("RUNTIME"));
        assertThat(lines[1]).contains("2/3");
        assertThat(lines[2]).contains("request id 42");
        assertThat(lines[3]).isEqualTo("2 integration runtimes, 1 with errors");
    }

    private static String write(InventoryFormat format) {
        StringWriter out = new StringWriter();
        format.write(List.of(SHIR, BROKEN), out);
        return out.toString();
    }
}
