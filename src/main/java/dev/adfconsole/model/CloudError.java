package dev.adfconsole.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** ARM's error body ({@code CloudError}'s inner {@code error}): code, message, target, nested details. */
public record CloudError(String code, String message, String target, List<CloudError> details,
                         List<JsonNode> additionalInfo) {

    /** Reads either {@code {"error": {...}}} or the bare object, as both occur in the wild. */
    public static CloudError from(JsonNode body) {
        JsonNode error = body.has("error") && body.get("error").isObject() ? body.get("error") : body;
        if (!error.isObject() || (!error.has("code") && !error.has("message"))) {
            return null;
        }
        List<CloudError> details = new java.util.ArrayList<>();
        error.path("details").forEach(detail -> {
            CloudError parsed = from(detail);
            if (parsed != null) {
                details.add(parsed);
            }
        });
        List<JsonNode> info = new java.util.ArrayList<>();
        error.path("additionalInfo").forEach(info::add);
        return new CloudError(text(error, "code"), text(error, "message"), text(error, "target"), List.copyOf(details),
                List.copyOf(info));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
