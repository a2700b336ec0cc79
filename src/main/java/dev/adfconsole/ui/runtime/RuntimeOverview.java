package dev.adfconsole.ui.runtime;

import dev.adfconsole.model.IntegrationRuntime;
import dev.adfconsole.model.IntegrationRuntimeStatus;
import dev.adfconsole.ui.common.TimeText;
import dev.adfconsole.ui.node.NodeFacts;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Overview tab's further lines, from the runtime's definition and its status: when it was created, how its
 * nodes talk, where they call, what each capability means; for Managed runtimes their size and edition.
 */
public final class RuntimeOverview {

    /** One line of the overview. */
    public record Fact(String name, String value) {
    }

    private RuntimeOverview() {
    }

    public static List<Fact> of(IntegrationRuntime definition, IntegrationRuntimeStatus status, Instant now, ZoneId zone) {
        List<Fact> facts = new ArrayList<>();
        if (status instanceof IntegrationRuntimeStatus.SelfHosted selfHosted && selfHosted.typeProperties() != null) {
            var p = selfHosted.typeProperties();
            facts.add(new Fact("Created", TimeText.localWithAge(p.createTime(), now, zone)));
            if (p.scheduledUpdateDate() != null) {
                facts.add(new Fact("Scheduled update", TimeText.localWithAge(p.scheduledUpdateDate(), now, zone)));
            }
            facts.add(new Fact("Channel encryption", p.internalChannelEncryption() == null ? "—"
                    : p.internalChannelEncryption().raw() + " (between this runtime's nodes)"));
            facts.add(new Fact("Task queue id", text(p.taskQueueId())));
            facts.add(new Fact("Service URLs", p.serviceUrls() == null || p.serviceUrls().isEmpty() ? "—"
                    : String.join("\n", p.serviceUrls())));
            facts.add(new Fact("Capabilities", NodeFacts.capabilities(p.capabilities()).stream()
                    .map(c -> (c.on() ? "✓ " : "✗ ") + c.name() + ": " + c.meaning()).collect(Collectors.joining("\n"))));
            if (definition instanceof IntegrationRuntime.SelfHosted sh && sh.typeProperties() != null
                    && sh.typeProperties().linkedInfo() != null) {
                facts.add(new Fact("Shared from", text(sh.typeProperties().linkedInfo().resourceId())));
            }
        } else if (status instanceof IntegrationRuntimeStatus.Managed managed) {
            if (definition instanceof IntegrationRuntime.Managed m && m.typeProperties() != null) {
                var compute = m.typeProperties().computeProperties();
                if (compute != null) {
                    facts.add(new Fact("Location", text(compute.location())));
                    facts.add(new Fact("Node size", text(compute.nodeSize())));
                    facts.add(new Fact("Node count", compute.numberOfNodes() == null ? "—" : compute.numberOfNodes().toString()));
                }
                var ssis = m.typeProperties().ssisProperties();
                if (ssis != null && ssis.hasNonNull("edition")) {
                    facts.add(new Fact("Edition", ssis.get("edition").asText()));
                }
            }
            var p = managed.typeProperties();
            if (p != null) {
                facts.add(new Fact("Created", TimeText.localWithAge(p.createTime(), now, zone)));
                if (p.lastOperation() != null) {
                    var op = p.lastOperation();
                    facts.add(new Fact("Last operation", op.type() + " " + op.result() + ", "
                            + TimeText.localWithAge(op.startTime(), now, zone) + (op.errorCode() == null ? "" : " (" + op.errorCode() + ")")));
                }
                if (p.nodes() != null && !p.nodes().isEmpty()) {
                    facts.add(new Fact("Nodes", p.nodes().stream().map(n -> n.nodeId() + ": " + (n.status() == null ? "?" : n.status().raw()))
                            .collect(Collectors.joining("\n"))));
                }
            }
        }
        return facts;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
