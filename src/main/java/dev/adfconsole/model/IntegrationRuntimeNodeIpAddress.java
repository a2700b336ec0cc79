package dev.adfconsole.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;

/** Answer of {@code ipAddress} for a self-hosted node. */
public record IntegrationRuntimeNodeIpAddress(String ipAddress, @JsonIgnore JsonNode raw) implements RawJson<IntegrationRuntimeNodeIpAddress> {

    @Override
    public IntegrationRuntimeNodeIpAddress withRaw(JsonNode json) {
        return new IntegrationRuntimeNodeIpAddress(ipAddress, json);
    }
}
