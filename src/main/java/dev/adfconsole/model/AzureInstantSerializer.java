package dev.adfconsole.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Writes instants as Azure does: UTC with only the fraction digits needed ({@code 2018-06-16T00:36:44.3345758Z},
 * not {@code ...44.334575800Z}), so our request bodies match the spec's examples character for character.
 */
public final class AzureInstantSerializer extends JsonSerializer<Instant> {

    @Override
    public void serialize(Instant value, JsonGenerator generator, SerializerProvider serializers) throws IOException {
        generator.writeString(format(value));
    }

    public static String format(Instant value) {
        String text = DateTimeFormatter.ISO_INSTANT.format(value);
        int dot = text.indexOf('.');
        if (dot < 0) {
            return text;
        }
        String fraction = text.substring(dot + 1, text.length() - 1).replaceAll("0+$", "");
        return text.substring(0, dot) + (fraction.isEmpty() ? "" : "." + fraction) + "Z";
    }
}
