package dev.adfconsole.ui.fleet;

import dev.adfconsole.service.inventory.InventoryFormat;
import dev.adfconsole.service.inventory.InventoryRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/** The fleet's Export…: the rows in {@code inventory}'s columns, JSON for a {@code .json} file, CSV otherwise. */
final class FleetExport {

    private FleetExport() {
    }

    static CompletableFuture<Void> write(List<InventoryRow> rows, Path file) {
        InventoryFormat format = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
                ? InventoryFormat.JSON : InventoryFormat.CSV;
        return CompletableFuture.runAsync(() -> {
            try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                format.write(rows, out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
