package dev.adfconsole.ui.node;

import dev.adfconsole.model.SelfHostedIntegrationRuntimeNode;
import dev.adfconsole.ui.common.TimeText;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A self-hosted node's detail lines and its capabilities with what each one means for the operator. */
public final class NodeFacts {

    /** One capability as Data Factory reports it, and the line that says what it means. */
    public record Capability(String name, boolean on, String meaning) {
    }

    private static final Map<String, String> MEANINGS = Map.of(
            "serviceBusConnected", "Reaches Data Factory's cloud relay (Service Bus): without it the node gets no jobs.",
            "httpsPortEnabled", "The node's HTTPS port (8060) is open for credential and node-to-node traffic.",
            "credentialInSync", "Its stored data-source credentials match the other nodes'; if not, run Sync credentials.",
            "connectedToResourceManager", "Talks to Azure Resource Manager, so status and settings changes reach it.",
            "nodeEnabled", "The node is enabled and takes jobs.");

    private NodeFacts() {
    }

    public static Map<String, String> of(SelfHostedIntegrationRuntimeNode node, String latestVersion, Instant now, ZoneId zone) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Status", node.status() == null ? "—" : node.status().raw());
        facts.put("Machine", text(node.machineName()));
        facts.put("Version", text(node.version()) + (latestVersion == null || latestVersion.equals(node.version()) ? ""
                : " (latest " + latestVersion + ")") + (node.versionStatus() == null ? "" : ", " + node.versionStatus()));
        var support = dev.adfconsole.service.inventory.VersionSupport.of(new dev.adfconsole.service.inventory.InventoryNode(
                node.nodeName(), null, node.version(), node.versionStatus(), node.expiryTime(), node.lastConnectTime(), false), now);
        // Microsoft's rule (one year from release; see VersionSupport) with the node's own expiry time.
        facts.put("Support ends", support.text().isEmpty() ? "not reported" : support.text());
        facts.put("Registered", TimeText.localWithAge(node.registerTime(), now, zone));
        facts.put("Last connect", TimeText.localWithAge(node.lastConnectTime(), now, zone));
        facts.put("Last start", TimeText.localWithAge(node.lastStartTime(), now, zone));
        facts.put("Last stop", TimeText.localWithAge(node.lastStopTime(), now, zone));
        facts.put("Last update", node.lastEndUpdateTime() == null ? "never"
                : TimeText.localWithAge(node.lastEndUpdateTime(), now, zone)
                        + (node.lastUpdateResult() == null ? "" : ", " + node.lastUpdateResult().raw()));
        facts.put("Dispatcher", Boolean.TRUE.equals(node.isActiveDispatcher()) ? "Active dispatcher (hands out this runtime's jobs)" : "No");
        facts.put("Concurrent jobs", (node.concurrentJobsLimit() == null ? "?" : node.concurrentJobsLimit()) + " of at most "
                + (node.maxConcurrentJobs() == null ? "?" : node.maxConcurrentJobs()));
        facts.put("Host service", text(node.hostServiceUri()));
        return facts;
    }

    public static List<Capability> capabilities(SelfHostedIntegrationRuntimeNode node) {
        return capabilities(node.capabilities());
    }

    /** Capabilities as a node or a whole self-hosted runtime reports them, each with its meaning. */
    public static List<Capability> capabilities(Map<String, String> reported) {
        if (reported == null) {
            return List.of();
        }
        return reported.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new Capability(e.getKey(), "true".equalsIgnoreCase(e.getValue()),
                        MEANINGS.getOrDefault(e.getKey(), "Reported by the node as " + e.getValue() + ".")))
                .toList();
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
