package dev.adfconsole.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;

/** Answer of {@code getStatus}: the runtime's name and its Managed or SelfHosted status. */
public record IntegrationRuntimeStatusResponse(String name, IntegrationRuntimeStatus properties,
                                               @JsonIgnore JsonNode raw) implements RawJson<IntegrationRuntimeStatusResponse> {

    @Override
    public IntegrationRuntimeStatusResponse withRaw(JsonNode json) {
        return new IntegrationRuntimeStatusResponse(name, properties, json);
    }
}
