package dev.adfconsole.ui.runtime;

import dev.adfconsole.model.SelfHostedIntegrationRuntimeNode;
import java.time.Instant;

/** A row of the runtime's node table, as text ready to show. */
public record NodeRow(String name, String machine, String status, String version, String versionStatus,
                      Instant lastConnect, String dispatcher, String concurrentJobs, SelfHostedIntegrationRuntimeNode node) {

    static NodeRow of(SelfHostedIntegrationRuntimeNode node) {
        return new NodeRow(node.nodeName(), node.machineName(), node.status() == null ? "" : node.status().raw(),
                node.version(), node.versionStatus(), node.lastConnectTime(),
                Boolean.TRUE.equals(node.isActiveDispatcher()) ? "Active" : "",
                (node.concurrentJobsLimit() == null ? "?" : node.concurrentJobsLimit()) + " of "
                        + (node.maxConcurrentJobs() == null ? "?" : node.maxConcurrentJobs()), node);
    }
}
