package dev.adfconsole.service.runs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** The output formats of {@code runs list}: an aligned table for people, JSON and CSV (RFC 4180) for scripts. */
public enum RunsFormat {
    TABLE, JSON, CSV;

    private static final List<String> TABLE_HEADINGS = List.of("FACTORY", "PIPELINE", "STATUS", "RUN START",
            "DURATION", "RUN ID", "LATEST", "ERROR");

    public static RunsFormat parse(String text) {
        for (RunsFormat format : values()) {
            if (format.name().equalsIgnoreCase(text)) {
                return format;
            }
        }
        throw new IllegalArgumentException("--format must be table, json or csv, not '" + text + "'");
    }

    public void write(List<RunRow> rows, Writer out) {
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

    private static void writeJson(List<RunRow> rows, Writer out) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            for (RunRow row : rows) {
                json.writeStartObject();
                List<Object> values = row.values();
                for (int i = 0; i < values.size(); i++) {
                    json.writeFieldName(RunRow.COLUMNS.get(i));
                    Object value = values.get(i);
                    if (value == null) {
                        json.writeNull();
                    } else if (value instanceof Long number) {
                        json.writeNumber(number);
                    } else if (value instanceof Boolean flag) {
                        json.writeBoolean(flag);
                    } else {
                        json.writeString(value.toString());
                    }
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        out.write(System.lineSeparator());
    }

    private static void writeCsv(List<RunRow> rows, Writer out) throws IOException {
        out.write(String.join(",", RunRow.COLUMNS) + "\r\n");
        for (RunRow row : rows) {
            List<String> fields = new ArrayList<>();
            for (Object value : row.values()) {
                String field = value == null ? "" : value.toString();
                boolean quote = field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r");
                fields.add(quote ? '"' + field.replace("\"", "\"\"") + '"' : field);
            }
            out.write(String.join(",", fields) + "\r\n");
        }
    }

    private static void writeTable(List<RunRow> rows, Writer out) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        cells.add(TABLE_HEADINGS);
        for (RunRow row : rows) {
            cells.add(List.of(text(row.factoryName()), text(row.pipelineName()), text(row.status()),
                    row.runStart() == null ? "" : row.runStart().toString(),
                    row.durationInMs() == null ? "" : Math.round(row.durationInMs() / 1000.0) + " s", text(row.runId()),
                    row.isLatest() == null ? "" : row.isLatest() ? "yes" : "no", text(row.error())));
        }
        int[] widths = new int[TABLE_HEADINGS.size()];
        cells.forEach(line -> {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        });
        for (List<String> line : cells) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < line.size(); i++) {
                text.append(i == line.size() - 1 ? line.get(i) : String.format("%-" + widths[i] + "s  ", line.get(i)));
            }
            out.write(text.toString().stripTrailing() + System.lineSeparator());
        }
        long failed = rows.stream().filter(RunRow::failed).count();
        out.write((rows.size() - failed) + " runs" + (failed > 0 ? ", " + failed + " factories or subscriptions with errors" : "")
                + System.lineSeparator());
    }

    private static String text(String value) {
        return value == null ? "" : value.replace('\n', ' ').replace('\r', ' ');
    }
}
