package dev.adfconsole.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Builds the one Jackson configuration the client reads Azure's answers with.
 *
 * <p>Azure adds fields and enum values without changing the api-version, so reading is tolerant: unknown fields are
 * ignored and unknown enum values are kept by the enums themselves (see their {@code UNKNOWN} constants).
 */
public final class ModelJson {
    private ModelJson() {
    }

    /**
     * Reads a model from JSON; models that keep their JSON ({@link RawJson}) get it attached. A body that does not
     * fit the model throws, so no half-filled model reaches a caller.
     */
    @SuppressWarnings("unchecked")
    public static <T> T read(ObjectMapper mapper, JsonNode json, Class<T> type) {
        try {
            T value = mapper.treeToValue(json, type);
            return value instanceof RawJson<?> raw ? (T) raw.withRaw(json) : value;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Azure's answer does not fit " + type.getSimpleName() + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    /** A new, fully configured mapper; the composition root makes one and hands it on. */
    public static ObjectMapper newMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }
}
