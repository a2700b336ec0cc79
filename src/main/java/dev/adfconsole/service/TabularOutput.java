package dev.adfconsole.service;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The pieces the command-line outputs share ({@code inventory}, {@code runs list}): a row as a JSON object, RFC 4180
 * CSV, and a table aligned in columns for people. Each output keeps its own columns; only the writing is here.
 */
public final class TabularOutput {

    private TabularOutput() {
    }

    /** One row as a JSON object under the given keys: numbers, booleans, null where unknown, text otherwise. */
    public static void writeObject(JsonGenerator json, List<String> columns, List<Object> values) throws IOException {
        json.writeStartObject();
        for (int i = 0; i < values.size(); i++) {
            json.writeFieldName(columns.get(i));
            Object value = values.get(i);
            if (value == null) {
                json.writeNull();
            } else if (value instanceof Integer number) {
                json.writeNumber(number);
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

    /** RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled; null is an empty field. */
    public static void writeCsv(Writer out, List<String> columns, List<List<Object>> rows) throws IOException {
        out.write(String.join(",", columns) + "\r\n");
        for (List<Object> row : rows) {
            List<String> fields = new ArrayList<>();
            for (Object value : row) {
                String field = value == null ? "" : value.toString();
                boolean quote = field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r");
                fields.add(quote ? '"' + field.replace("\"", "\"\"") + '"' : field);
            }
            out.write(String.join(",", fields) + "\r\n");
        }
    }

    /** Headings and rows in columns two spaces apart, the last column left ragged; trailing spaces trimmed. */
    public static void writeAligned(Writer out, List<String> headings, List<List<String>> rows) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        cells.add(headings);
        cells.addAll(rows);
        int[] widths = new int[headings.size()];
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
    }

    /** A table cell: one line however many the value spans (error messages often do); empty for null. */
    public static String cell(String value) {
        return value == null ? "" : value.replace('\n', ' ').replace('\r', ' ');
    }
}
