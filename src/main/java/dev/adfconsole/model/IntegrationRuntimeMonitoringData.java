package dev.adfconsole.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** Answer of {@code monitoringData}: live load per self-hosted node. */
public record IntegrationRuntimeMonitoringData(String name, List<NodeMonitoringData> nodes, @JsonIgnore JsonNode raw)
        implements RawJson<IntegrationRuntimeMonitoringData> {

    /** {@code IntegrationRuntimeNodeMonitoringData}. */
    public record NodeMonitoringData(String nodeName, Integer availableMemoryInMB, Integer cpuUtilization,
                                     Integer concurrentJobsLimit, Integer concurrentJobsRunning,
                                     Integer maxConcurrentJobs, Double sentBytes, Double receivedBytes) {
    }

    @Override
    public IntegrationRuntimeMonitoringData withRaw(JsonNode json) {
        return new IntegrationRuntimeMonitoringData(name, nodes, json);
    }
}
