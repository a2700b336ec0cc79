package dev.adfconsole.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** Answer of {@code outboundNetworkDependenciesEndpoints}: what a Managed runtime in a VNet must reach. */
public record OutboundNetworkDependenciesEndpoints(List<Category> value, @JsonIgnore JsonNode raw)
        implements RawJson<OutboundNetworkDependenciesEndpoints> {

    public record Category(String category, List<Endpoint> endpoints) {
    }

    public record Endpoint(String domainName, List<EndpointDetail> endpointDetails) {
    }

    public record EndpointDetail(Integer port) {
    }

    @Override
    public OutboundNetworkDependenciesEndpoints withRaw(JsonNode json) {
        return new OutboundNetworkDependenciesEndpoints(value, json);
    }
}
