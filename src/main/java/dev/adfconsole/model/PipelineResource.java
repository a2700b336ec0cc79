package dev.adfconsole.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/** A pipeline ({@code PipelineResource}); activities keep their type-specific JSON. */
public record PipelineResource(String id, String name, String type, String etag, Properties properties,
                               @JsonIgnore JsonNode raw) implements RawJson<PipelineResource> {

    public record Properties(String description, List<Activity> activities, Map<String, ParameterSpecification> parameters,
                             JsonNode variables, Integer concurrency, List<JsonNode> annotations, JsonNode folder,
                             JsonNode policy, JsonNode runDimensions) {
    }

    /** {@code ParameterSpecification}: type and default, which may be any JSON value. */
    public record ParameterSpecification(WireValue<ParameterType> type, JsonNode defaultValue) {
    }

    public record Activity(String name, String type, String description, List<ActivityDependency> dependsOn,
                           JsonNode typeProperties) {
    }

    public record ActivityDependency(String activity, List<WireValue<DependencyCondition>> dependencyConditions) {
    }

    public Map<String, ParameterSpecification> parameters() {
        return properties == null || properties.parameters() == null ? Map.of() : properties.parameters();
    }

    public List<Activity> activities() {
        return properties == null || properties.activities() == null ? List.of() : properties.activities();
    }

    @Override
    public PipelineResource withRaw(JsonNode json) {
        return new PipelineResource(id, name, type, etag, properties, json);
    }
}
