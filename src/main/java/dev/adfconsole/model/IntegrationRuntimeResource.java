package dev.adfconsole.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;

/** An integration runtime resource ({@code IntegrationRuntimeResource}): id, name, etag and typed properties. */
public record IntegrationRuntimeResource(String id, String name, String type, String etag,
                                         IntegrationRuntime properties, @JsonIgnore JsonNode raw)
        implements RawJson<IntegrationRuntimeResource> {

    public String subscriptionId() {
        return ResourceId.segment(id, "subscriptions").orElse(null);
    }

    public String resourceGroupName() {
        return ResourceId.segment(id, "resourceGroups").orElse(null);
    }

    public String factoryName() {
        return ResourceId.segment(id, "factories").orElse(null);
    }

    @Override
    public IntegrationRuntimeResource withRaw(JsonNode json) {
        return new IntegrationRuntimeResource(id, name, type, etag, properties, json);
    }
}
