package dev.adfconsole.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
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
            throw doesNotFit(type, e);
        }
    }

    /**
     * Reads a model straight from the body's text, without a tree in between, for models that do not keep their JSON
     * (most answers of a sweep: a status is read a thousand times). A body that is not JSON throws the parser's
     * {@link JsonProcessingException}; one that does not fit the model, an {@link IllegalArgumentException} as above.
     */
    public static <T> T readText(ObjectMapper mapper, String body, Class<T> type) throws JsonProcessingException {
        if (RawJson.class.isAssignableFrom(type)) {
            return read(mapper, mapper.readTree(body), type);
        }
        try {
            return mapper.readValue(body, type);
        } catch (StreamReadException e) {
            throw e;
        } catch (JsonProcessingException e) {
            throw doesNotFit(type, e);
        }
    }

    /**
     * Builds the deserializers of these types now (on the caller's thread), so the first answers of a sweep, read by
     * many threads at once, do not each build them again while the calls after them wait.
     */
    public static void prepare(ObjectMapper mapper, Class<?>... types) {
        for (Class<?> type : types) {
            mapper.readerFor(type);
        }
    }

    private static IllegalArgumentException doesNotFit(Class<?> type, JsonProcessingException e) {
        return new IllegalArgumentException("Azure's answer does not fit " + type.getSimpleName() + ": "
                + e.getOriginalMessage(), e);
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
