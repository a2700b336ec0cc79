package dev.adfconsole.service.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Microsoft's one-year rule as the radar applies it: dates from the nodes, the worst node decides, no invented dates. */
class VersionSupportTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    private static InventoryNode node(String name, String version, String status, Instant expiry) {
        return new InventoryNode(name, "Online", version, status, expiry, NOW, false);
    }

    private static InventoryRow runtime(String versionStatus, InventoryNode... nodes) {
        return new InventoryRow("s", "rg", "f", "ir", "SelfHosted", "Online", nodes.length, nodes.length, "5.38", "5.46",
                versionStatus, "On", null, true, NOW, List.of(nodes));
    }

    @Test
    void daysLeftCountAPartDayAndTheRuntimeTakesItsFirstNodeToExpire() {
        InventoryRow row = runtime("UpdateAvailable",
                node("n1", "5.44.1.1", "UpdateAvailable", NOW.plus(Duration.ofDays(100))),
                node("n2", "5.38.1.1", "Expiring", NOW.plus(Duration.ofDays(65)).minusSeconds(30)));

        VersionSupport.Verdict verdict = VersionSupport.of(row, NOW);

        assertThat(verdict.standing()).isEqualTo(VersionSupport.Standing.EXPIRING);
        assertThat(verdict.daysLeft()).isEqualTo(65);
        assertThat(verdict.version()).isEqualTo("5.38.1.1");
        assertThat(verdict.text()).isEqualTo("in 65 days (2027-02-07)");
        assertThat(verdict.within(90)).isTrue();
        assertThat(VersionSupport.of(row.nodes().get(0), NOW).standing()).isEqualTo(VersionSupport.Standing.SUPPORTED);
        assertThat(VersionSupport.of(row.nodes().get(0), NOW).within(90)).isFalse();
    }

    @Test
    void anExpiredNodeSaysHowLongAgoAndCountsAsWithinAnyWindow() {
        VersionSupport.Verdict verdict = VersionSupport.of(runtime("Expired",
                node("n1", "5.30.1.1", "Expired", NOW.minus(Duration.ofDays(35)).minusSeconds(5))), NOW);

        assertThat(verdict.standing()).isEqualTo(VersionSupport.Standing.EXPIRED);
        assertThat(verdict.daysLeft()).isEqualTo(-35);
        assertThat(verdict.text()).startsWith("expired 35 days ago");
        assertThat(verdict.within(30)).isTrue();
    }

    @Test
    void withoutAnExpiryTimeOnlyWhatDataFactorySaysIsShownAndNoDateIsMadeUp() {
        VersionSupport.Verdict expiring = VersionSupport.of(runtime("Expiring", node("n1", "5.38.1.1", "Expiring", null)), NOW);
        VersionSupport.Verdict upToDate = VersionSupport.of(runtime("UpToDate", node("n1", "5.46.1.1", "UpToDate", null)), NOW);

        assertThat(expiring.standing()).isEqualTo(VersionSupport.Standing.EXPIRING);
        assertThat(expiring.daysLeft()).isNull();
        assertThat(expiring.text()).isEqualTo("expires within 90 days (no date reported)");
        assertThat(expiring.within(90)).isTrue();
        assertThat(expiring.within(30)).isFalse();
        assertThat(upToDate.standing()).isEqualTo(VersionSupport.Standing.UNKNOWN);
        assertThat(upToDate.text()).isEmpty();
    }

    @Test
    void onlySelfHostedRuntimesHaveAVersionToExpire() {
        InventoryRow managed = new InventoryRow("s", "rg", "f", "ssis", "Managed", "Started", 2, 2, null, null, null, null,
                null, null, NOW);

        assertThat(VersionSupport.of(managed, NOW)).isEqualTo(VersionSupport.Verdict.NONE);
        assertThat(VersionSupport.RULE).contains("one year", "90 days", VersionSupport.SOURCE);
    }
}
