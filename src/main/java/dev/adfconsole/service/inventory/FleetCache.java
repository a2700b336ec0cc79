package dev.adfconsole.service.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The last sweep of each fleet scope (a connection and its chosen subscriptions), one JSON file per scope, so the
 * next fleet view shows it at once, marked with its age, while a new sweep runs. Rows hold no secrets; a file that
 * cannot be read is treated as no cache, never as an error the user must deal with.
 */
public final class FleetCache {

    /** A sweep as it was when it finished. */
    public record Snapshot(String scope, Instant sweptAt, List<InventoryRow> rows) {
    }

    private static final int FORMAT = 1;
    static final int KEEP_DAYS = 30;
    private final Path folder;
    /** Made when first needed: the cache is made with the main window, before its first frame, which needs no Jackson. */
    private ObjectMapper mapper;

    public FleetCache(Path folder) {
        this.folder = folder;
    }

    public Optional<Snapshot> load(String scope) {
        Path file = file(scope);
        try {
            JsonNode json = mapper().readTree(file.toFile());
            if (json.path("format").asInt() != FORMAT || !scope.equals(json.path("scope").asText())) {
                return Optional.empty();
            }
            List<InventoryRow> rows = new ArrayList<>();
            json.path("rows").forEach(row -> rows.add(row(row)));
            return Optional.of(new Snapshot(scope, Instant.parse(json.path("sweptAt").asText()), List.copyOf(rows)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Replaces the scope's file in one step, so a crash mid-write leaves the previous sweep. */
    public void save(Snapshot snapshot) throws IOException {
        Files.createDirectories(folder);
        Path file = file(snapshot.scope());
        Path temp = Files.createTempFile(folder, "sweep", ".tmp");
        // The rows in the same JSON as the inventory command and the fleet's export write.
        try (var json = mapper().getFactory().createGenerator(Files.newBufferedWriter(temp, StandardCharsets.UTF_8))) {
            json.writeStartObject();
            json.writeNumberField("format", FORMAT);
            json.writeStringField("scope", snapshot.scope());
            json.writeStringField("sweptAt", snapshot.sweptAt().toString());
            json.writeArrayFieldStart("rows");
            for (InventoryRow row : snapshot.rows()) {
                InventoryFormat.writeObject(json, row);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        forgetOld(snapshot.sweptAt());
    }

    private synchronized ObjectMapper mapper() {
        if (mapper == null) {
            mapper = new ObjectMapper();
        }
        return mapper;
    }

    /** Scopes change (subscriptions hidden, accounts signed out): sweeps not refreshed for 30 days are dropped. */
    private void forgetOld(Instant now) throws IOException {
        Instant cutoff = now.minus(java.time.Duration.ofDays(KEEP_DAYS));
        try (var files = Files.list(folder)) {
            for (Path old : files.filter(f -> f.getFileName().toString().endsWith(".json")).toList()) {
                if (Files.getLastModifiedTime(old).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(old);
                }
            }
        }
    }

    private static InventoryRow row(JsonNode row) {
        return new InventoryRow(text(row, "subscriptionId"), text(row, "resourceGroupName"), text(row, "factoryName"),
                text(row, "integrationRuntimeName"), text(row, "type"), text(row, "state"), number(row, "nodesOnline"),
                number(row, "nodesTotal"), text(row, "version"), text(row, "latestVersion"), text(row, "versionStatus"),
                text(row, "autoUpdate"), text(row, "error"),
                row.hasNonNull("credentialInSync") ? row.get("credentialInSync").asBoolean() : null,
                row.hasNonNull("refreshedAt") ? Instant.parse(row.get("refreshedAt").asText()) : null);
    }

    private static String text(JsonNode row, String name) {
        return row.hasNonNull(name) ? row.get(name).asText() : null;
    }

    private static Integer number(JsonNode row, String name) {
        return row.hasNonNull(name) ? row.get(name).asInt() : null;
    }

    /** Scopes hold account and subscription names: the file is named by their hash, not by them. */
    private Path file(String scope) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(scope.getBytes(StandardCharsets.UTF_8));
            return folder.resolve(HexFormat.of().formatHex(hash, 0, 12) + ".json");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
