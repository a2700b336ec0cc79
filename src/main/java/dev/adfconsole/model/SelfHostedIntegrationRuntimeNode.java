package dev.adfconsole.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;

/** A self-hosted node as {@code getStatus} and {@code nodes/get} report it; every field of the spec. */
public record SelfHostedIntegrationRuntimeNode(String nodeName, String machineName, String hostServiceUri,
                                               WireValue<SelfHostedNodeStatus> status, Map<String, String> capabilities,
                                               String versionStatus, String version, Instant registerTime,
                                               Instant lastConnectTime, Instant expiryTime, Instant lastStartTime,
                                               Instant lastStopTime, WireValue<IntegrationRuntimeUpdateResult> lastUpdateResult,
                                               Instant lastStartUpdateTime, Instant lastEndUpdateTime,
                                               Boolean isActiveDispatcher, Integer concurrentJobsLimit,
                                               Integer maxConcurrentJobs, @JsonIgnore JsonNode raw)
        implements RawJson<SelfHostedIntegrationRuntimeNode> {

    @Override
    public SelfHostedIntegrationRuntimeNode withRaw(JsonNode json) {
        return new SelfHostedIntegrationRuntimeNode(nodeName, machineName, hostServiceUri, status, capabilities,
                versionStatus, version, registerTime, lastConnectTime, expiryTime, lastStartTime, lastStopTime,
                lastUpdateResult, lastStartUpdateTime, lastEndUpdateTime, isActiveDispatcher, concurrentJobsLimit,
                maxConcurrentJobs, json);
    }
}
