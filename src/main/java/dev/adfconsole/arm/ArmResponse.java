package dev.adfconsole.arm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.adfconsole.model.ModelJson;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An answer from ARM: status, headers, body, and the ids to quote to Azure support. */
public record ArmResponse(int status, Map<String, List<String>> headers, String body, ObjectMapper mapper) {

    public ArmResponse {
        headers = Map.copyOf(headers);
        body = body == null ? "" : body;
    }

    public Optional<String> header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                .map(e -> e.getValue().get(0)).findFirst();
    }

    public String requestId() {
        return header("x-ms-request-id").orElse(null);
    }

    public String correlationId() {
        return header("x-ms-correlation-request-id").orElse(null);
    }

    /** The body as JSON; a malformed or truncated body is an {@link ArmException}, never a half-read tree. */
    public JsonNode json() {
        if (body.isBlank()) {
            throw ArmErrors.malformed(this, "the answer had no body");
        }
        try {
            return mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw ArmErrors.malformed(this, e.getOriginalMessage());
        }
    }

    /** The body as a model; a body that does not fit the model is reported like a malformed one. */
    public <T> T as(Class<T> type) {
        if (body.isBlank()) {
            throw ArmErrors.malformed(this, "the answer had no body");
        }
        try {
            return ModelJson.readText(mapper, body, type);
        } catch (JsonProcessingException e) {
            throw ArmErrors.malformed(this, e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw ArmErrors.malformed(this, e.getMessage());
        }
    }
}
