package dev.adfconsole.service.runs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import static dev.adfconsole.service.TabularOutput.cell;
import dev.adfconsole.service.TabularOutput;

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
                TabularOutput.writeObject(json, RunRow.COLUMNS, row.values());
            }
            json.writeEndArray();
        }
        out.write(System.lineSeparator());
    }

    private static void writeCsv(List<RunRow> rows, Writer out) throws IOException {
        TabularOutput.writeCsv(out, RunRow.COLUMNS, rows.stream().map(RunRow::values).toList());
    }

    private static void writeTable(List<RunRow> rows, Writer out) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        for (RunRow row : rows) {
            cells.add(List.of(cell(row.factoryName()), cell(row.pipelineName()), cell(row.status()),
                    row.runStart() == null ? "" : row.runStart().toString(),
                    row.durationInMs() == null ? "" : Math.round(row.durationInMs() / 1000.0) + " s", cell(row.runId()),
                    row.isLatest() == null ? "" : row.isLatest() ? "yes" : "no", cell(row.error())));
        }
        TabularOutput.writeAligned(out, TABLE_HEADINGS, cells);
        long failed = rows.stream().filter(RunRow::failed).count();
        out.write((rows.size() - failed) + " runs" + (failed > 0 ? ", " + failed + " factories or subscriptions with errors" : "")
                + System.lineSeparator());
    }
}
