package dev.adfconsole.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A page of {@code PipelineRunsQueryResponse} or {@code ActivityRunsQueryResponse}: items stay JSON so each model
 * keeps its own raw JSON; {@code continuationToken} asks for the next page.
 */
public record RunQueryPage(List<JsonNode> value, String continuationToken) {

    public List<JsonNode> value() {
        return value == null ? List.of() : value;
    }
}
