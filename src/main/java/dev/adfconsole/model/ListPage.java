package dev.adfconsole.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** One page of an ARM list ({@code value} + {@code nextLink}); items stay JSON until mapped one by one. */
public record ListPage(List<JsonNode> value, String nextLink) {

    public List<JsonNode> value() {
        return value == null ? List.of() : value;
    }
}
