package dev.adfconsole.app.inventory;

import dev.adfconsole.service.inventory.InventoryFormat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class InventoryOptionsTest {

    @Test
    void defaultsToAzureCloudTableStatusAndSixteenInFlight() {
        InventoryOptions options = InventoryOptions.parse(List.of());

        assertThat(options.cloud()).isEqualTo("AzureCloud");
        assertThat(options.format()).isEqualTo(InventoryFormat.TABLE);
        assertThat(options.withStatus()).isTrue();
        assertThat(options.concurrency()).isEqualTo(16);
    }

    @Test
    void readsEveryOption() {
        InventoryOptions options = InventoryOptions.parse(List.of("--endpoint", "http://127.0.0.1:8123",
                "--subscription", "0b9e5d3a-0000-4000-8000-000000000001", "--subscription",
                "0b9e5d3a-0000-4000-8000-000000000002", "--format", "csv", "--no-status", "--concurrency", "4",
                "--access-token-file", "/tmp/token"));

        assertThat(options.endpoint()).isEqualTo(URI.create("http://127.0.0.1:8123"));
        assertThat(options.cloud()).isNull();
        assertThat(options.subscriptions()).hasSize(2);
        assertThat(options.format()).isEqualTo(InventoryFormat.CSV);
        assertThat(options.withStatus()).isFalse();
        assertThat(options.concurrency()).isEqualTo(4);
        assertThat(options.accessTokenFile()).hasToString("/tmp/token");
    }

    @Test
    void badValuesAreRefusedNamingTheOptionAndTheRule() {
        assertThatThrownBy(() -> InventoryOptions.parse(List.of("--format", "xml")))
                .hasMessage("--format must be table, json or csv, not 'xml'");
        assertThatThrownBy(() -> InventoryOptions.parse(List.of("--subscription", "prod")))
                .hasMessage("--subscription must be a subscription id (a GUID), not 'prod'");
        assertThatThrownBy(() -> InventoryOptions.parse(List.of("--concurrency", "0")))
                .hasMessageContaining("--concurrency must be a whole number from 1 to 64");
        assertThatThrownBy(() -> InventoryOptions.parse(List.of("--endpoint", "ftp://x")))
                .hasMessageContaining("--endpoint must be an http(s) URL");
        assertThatThrownBy(() -> InventoryOptions.parse(List.of("--cloud", "AzureCloud", "--endpoint", "https://x")))
                .hasMessage("--cloud and --endpoint cannot be used together");
        assertThatThrownBy(() -> InventoryOptions.parse(List.of("--format")))
                .hasMessage("--format needs a value");
        assertThatThrownBy(() -> InventoryOptions.parse(List.of("--frobnicate")))
                .hasMessage("unknown option '--frobnicate'");
    }
}
