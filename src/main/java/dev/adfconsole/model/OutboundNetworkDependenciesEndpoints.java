package dev.adfconsole.model;

import java.util.List;

/** Answer of {@code outboundNetworkDependenciesEndpoints}: what a Managed runtime in a VNet must reach. */
public record OutboundNetworkDependenciesEndpoints(List<Category> value) {

    public record Category(String category, List<Endpoint> endpoints) {
    }

    public record Endpoint(String domainName, List<EndpointDetail> endpointDetails) {
    }

    public record EndpointDetail(Integer port) {
    }
}
