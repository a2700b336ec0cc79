package dev.adfconsole.service.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fleet's last sweep on disk: read back as written, never an error when unreadable, old scopes dropped. */
class FleetCacheTest {

    @TempDir
    Path folder;

    private static final Instant NOW = Instant.parse("2026-12-01T21:00:00Z");
    private static final InventoryRow ONLINE = new InventoryRow("sub", "rg", "adf-a", "shir", "SelfHosted", "Online", 1, 2,
            "5.44", "5.46", "UpdateAvailable", "On", null, false, NOW);
    private static final InventoryRow FAILED = InventoryRow.failure("sub", "rg", "adf-b", null, "403 AuthorizationFailed", NOW);

    @Test
    void aSweepIsReadBackAsItWasWrittenAndOnlyForItsOwnScope() throws Exception {
        FleetCache cache = new FleetCache(folder);
        cache.save(new FleetCache.Snapshot("me · AzureCloud|*", NOW, List.of(ONLINE, FAILED)));

        FleetCache.Snapshot read = cache.load("me · AzureCloud|*").orElseThrow();
        assertThat(read.sweptAt()).isEqualTo(NOW);
        assertThat(read.rows()).containsExactly(ONLINE, FAILED);
        assertThat(cache.load("me · AzureCloud|sub")).isEmpty();
        // The file is named by a hash: no account or subscription name in the folder.
        assertThat(Files.list(folder).map(p -> p.getFileName().toString()).toList()).singleElement()
                .satisfies(name -> assertThat(name).matches("[0-9a-f]{24}\\.json"));
    }

    @Test
    void anUnreadableFileIsNoCacheAndSweepsOfScopesUnusedFor30DaysAreDropped() throws Exception {
        FleetCache cache = new FleetCache(folder);
        cache.save(new FleetCache.Snapshot("old", NOW.minus(Duration.ofDays(40)), List.of(ONLINE)));
        Path old = Files.list(folder).findFirst().orElseThrow();
        Files.writeString(old, "{ not json");
        assertThat(cache.load("old")).isEmpty();
        Files.setLastModifiedTime(old, FileTime.from(NOW.minus(Duration.ofDays(31))));

        cache.save(new FleetCache.Snapshot("new", NOW, List.of(ONLINE)));

        assertThat(Files.exists(old)).isFalse();
        assertThat(cache.load("new")).isPresent();
    }
}
