package dev.adfconsole.model;

import java.util.List;

/** Answer of {@code monitoringData}: live load per self-hosted node. */
public record IntegrationRuntimeMonitoringData(String name, List<NodeMonitoringData> nodes) {

    /** {@code IntegrationRuntimeNodeMonitoringData}. */
    public record NodeMonitoringData(String nodeName, Integer availableMemoryInMB, Integer cpuUtilization,
                                     Integer concurrentJobsLimit, Integer concurrentJobsRunning,
                                     Integer maxConcurrentJobs, Double sentBytes, Double receivedBytes) {
    }
}
