package dev.adfconsole.service.inventory;

import dev.adfconsole.service.FactoryRef;
import dev.adfconsole.service.NodeRef;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Self-hosted nodes offline for longer than a threshold, from a sweep's rows: the machines that were retired or
 * rebuilt without being unregistered. A node counts from its {@code lastConnectTime}; a node with none is left out
 * (nothing says how long it has been gone), and so is a node seen through a linked runtime (it is removed in the
 * factory that shares it, where it is listed too).
 */
public final class StaleNodes {

    /** Default threshold: a month without connecting. */
    public static final int DEFAULT_DAYS = 30;

    /** One stale node: where it is, and how long since it last connected. */
    public record Stale(NodeRef ref, InventoryNode node, Duration offlineFor) {
        public long days() {
            return offlineFor.toDays();
        }
    }

    private StaleNodes() {
    }

    /** Longest gone first. */
    public static List<Stale> find(List<InventoryRow> rows, int days, Instant now) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1, was " + days);
        }
        Duration threshold = Duration.ofDays(days);
        return rows.stream().filter(r -> !r.failed() && r.integrationRuntimeName() != null)
                .flatMap(row -> row.nodes().stream().filter(n -> !n.linked() && "Offline".equals(n.status())
                                && n.lastConnectTime() != null)
                        .map(n -> new Stale(new FactoryRef(row.subscriptionId(), row.resourceGroupName(), row.factoryName())
                                .runtime(row.integrationRuntimeName()).node(n.nodeName()), n,
                                Duration.between(n.lastConnectTime(), now))))
                .filter(s -> s.offlineFor().compareTo(threshold) > 0)
                .sorted(Comparator.comparing(Stale::offlineFor).reversed())
                .toList();
    }
}
