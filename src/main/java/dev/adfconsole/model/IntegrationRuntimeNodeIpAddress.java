package dev.adfconsole.model;

/** Answer of {@code ipAddress} for a self-hosted node. */
public record IntegrationRuntimeNodeIpAddress(String ipAddress) {
}
