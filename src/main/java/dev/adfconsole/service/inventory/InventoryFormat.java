package dev.adfconsole.service.inventory;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

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
        json.writeStartObject();
        List<Object> values = row.values();
        for (int i = 0; i < values.size(); i++) {
            json.writeFieldName(InventoryRow.COLUMNS.get(i));
            Object value = values.get(i);
            if (value == null) {
                json.writeNull();
            } else if (value instanceof Integer number) {
                json.writeNumber(number);
            } else if (value instanceof Boolean flag) {
                json.writeBoolean(flag);
            } else {
                json.writeString(value.toString());
            }
        }
        json.writeEndObject();
    }

    /** RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled; null is an empty field. */
    private static void writeCsv(List<InventoryRow> rows, Writer out) throws IOException {
        out.write(String.join(",", InventoryRow.COLUMNS) + "\r\n");
        for (InventoryRow row : rows) {
            List<String> fields = new ArrayList<>();
            for (Object value : row.values()) {
                fields.add(csv(value == null ? "" : value.toString()));
            }
            out.write(String.join(",", fields) + "\r\n");
        }
    }

    private static String csv(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }

    private static void writeTable(List<InventoryRow> rows, Writer out) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        cells.add(TABLE_HEADINGS);
        for (InventoryRow row : rows) {
            String nodes = row.nodesTotal() == null ? "" : row.nodesOnline() + "/" + row.nodesTotal();
            cells.add(List.of(text(row.subscriptionId()), text(row.resourceGroupName()), text(row.factoryName()),
                    text(row.integrationRuntimeName()), text(row.type()), text(row.state()), nodes, text(row.version()),
                    text(row.latestVersion()), text(row.versionStatus()), text(row.autoUpdate()), text(row.error())));
        }
        int[] widths = new int[TABLE_HEADINGS.size()];
        for (List<String> line : cells) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        for (List<String> line : cells) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < line.size(); i++) {
                text.append(i == line.size() - 1 ? line.get(i) : String.format("%-" + widths[i] + "s  ", line.get(i)));
            }
            out.write(text.toString().stripTrailing() + System.lineSeparator());
        }
        long failed = rows.stream().filter(InventoryRow::failed).count();
        out.write(rows.size() + " integration runtimes" + (failed > 0 ? ", " + failed + " with errors" : "")
                + System.lineSeparator());
    }

    private static String text(String value) {
        // Keep the table one line per runtime even when an error message spans lines.
        return value == null ? "" : value.replace('\n', ' ').replace('\r', ' ');
    }
}
