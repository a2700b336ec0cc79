package dev.adfconsole.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;

/** A data factory resource ({@code Factory} in the spec). */
public record Factory(String id, String name, String type, String location, Map<String, String> tags, String eTag,
                      JsonNode identity, Properties properties, @JsonIgnore JsonNode raw) implements RawJson<Factory> {

    /** {@code FactoryProperties}; the git configuration is kept as JSON, the console only shows it. */
    public record Properties(String provisioningState, Instant createTime, String version,
                             JsonNode repoConfiguration, String publicNetworkAccess) {
    }

    public String subscriptionId() {
        return ResourceId.segment(id, "subscriptions").orElse(null);
    }

    public String resourceGroupName() {
        return ResourceId.segment(id, "resourceGroups").orElse(null);
    }

    @Override
    public Factory withRaw(JsonNode json) {
        return new Factory(id, name, type, location, tags, eTag, identity, properties, json);
    }
}
