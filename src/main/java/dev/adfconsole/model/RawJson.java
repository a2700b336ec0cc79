package dev.adfconsole.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A model that keeps the JSON it was read from, so detail panes can show exactly what Azure returned (including
 * fields this version does not model). {@link ModelJson#read} fills it.
 */
public interface RawJson<T> {

    /** The JSON as received; null for a model built in code. */
    JsonNode raw();

    T withRaw(JsonNode raw);
}
