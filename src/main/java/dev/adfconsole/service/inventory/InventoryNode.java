package dev.adfconsole.service.inventory;

import java.time.Instant;

/**
 * A self-hosted node as the sweep saw it in its runtime's status: what the version radar and the stale-node list
 * need. {@code linked} marks a node seen through a runtime shared from another factory: it is managed (and removed)
 * in the factory that shares it, not here.
 */
public record InventoryNode(String nodeName, String status, String version, String versionStatus, Instant expiryTime,
                            Instant lastConnectTime, boolean linked) {
}
