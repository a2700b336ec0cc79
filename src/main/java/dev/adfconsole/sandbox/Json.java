package dev.adfconsole.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** The sandbox's own JSON helpers (tree model only: it shares no mapping code with the client). */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    public static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    /** Azure's format: UTC, seven fraction digits ({@code 2018-06-14T14:52:59.8933313Z}). */
    public static String time(Instant instant) {
        if (instant == null) {
            return null;
        }
        String text = DateTimeFormatter.ISO_INSTANT.format(instant.plusNanos(0));
        int dot = text.indexOf('.');
        String base = dot < 0 ? text.substring(0, text.length() - 1) : text.substring(0, dot);
        String fraction = dot < 0 ? "" : text.substring(dot + 1, text.length() - 1);
        return base + "." + (fraction + "0000000").substring(0, 7) + "Z";
    }

    /** Parses a request body; empty when blank or not JSON (callers answer 400 then). */
    public static Optional<JsonNode> parse(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(MAPPER.readTree(body));
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    public static String write(JsonNode node) {
        return node.toString();
    }
}
