package dev.adfconsole.service.inventory;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import static dev.adfconsole.service.TabularOutput.cell;
import dev.adfconsole.service.TabularOutput;

/** The three output formats of {@code inventory}: an aligned table for people, JSON and CSV for scripts. */
public enum InventoryFormat {
    TABLE, JSON, CSV;

    private static final List<String> TABLE_HEADINGS = List.of("SUBSCRIPTION", "RESOURCE GROUP", "FACTORY", "RUNTIME",
            "TYPE", "STATE", "NODES", "VERSION", "LATEST", "VERSION STATUS", "AUTO-UPDATE", "ERROR");

    public static InventoryFormat parse(String text) {
        for (InventoryFormat format : values()) {
            if (format.name().equalsIgnoreCase(text)) {
                return format;
            }
        }
        throw new IllegalArgumentException("--format must be table, json or csv, not '" + text + "'");
    }

    public void write(List<InventoryRow> rows, Writer out) {
        try {
            switch (this) {
                case JSON -> writeJson(rows, out);
                case CSV -> writeCsv(rows, out);
                case TABLE -> writeTable(rows, out);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeJson(List<InventoryRow> rows, Writer out) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            for (InventoryRow row : rows) {
                writeObject(json, row);
            }
            json.writeEndArray();
        }
        out.write(System.lineSeparator());
    }

    /** One row as a JSON object with the {@link InventoryRow#COLUMNS} keys: numbers, booleans, null where unknown. */
    static void writeObject(JsonGenerator json, InventoryRow row) throws IOException {
        TabularOutput.writeObject(json, InventoryRow.COLUMNS, row.values());
    }

    private static void writeCsv(List<InventoryRow> rows, Writer out) throws IOException {
        TabularOutput.writeCsv(out, InventoryRow.COLUMNS, rows.stream().map(InventoryRow::values).toList());
    }

    private static void writeTable(List<InventoryRow> rows, Writer out) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        for (InventoryRow row : rows) {
            String nodes = row.nodesTotal() == null ? "" : row.nodesOnline() + "/" + row.nodesTotal();
            cells.add(List.of(cell(row.subscriptionId()), cell(row.resourceGroupName()), cell(row.factoryName()),
                    cell(row.integrationRuntimeName()), cell(row.type()), cell(row.state()), nodes, cell(row.version()),
                    cell(row.latestVersion()), cell(row.versionStatus()), cell(row.autoUpdate()), cell(row.error())));
        }
        TabularOutput.writeAligned(out, TABLE_HEADINGS, cells);
        long failed = rows.stream().filter(InventoryRow::failed).count();
        out.write(rows.size() + " integration runtimes" + (failed > 0 ? ", " + failed + " with errors" : "")
                + System.lineSeparator());
    }
}
