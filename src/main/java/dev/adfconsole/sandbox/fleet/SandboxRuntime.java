package dev.adfconsole.sandbox.fleet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An integration runtime in the sandbox: self-hosted (maybe shared or linked) or Managed. Guarded by the fleet's lock. */
public final class SandboxRuntime {

    /** What the runtime is, which decides its JSON and the actions it accepts. */
    public enum Kind { SELF_HOSTED, LINKED, MANAGED_SSIS, MANAGED_AZURE }

    /** A factory a shared self-hosted runtime is linked to. */
    public record Link(String name, String subscriptionId, String dataFactoryName, String dataFactoryLocation, Instant createTime) {
    }

    public String name;
    public Kind kind;
    public String description;
    public Instant createTime;
    public String etag;
    public String taskQueueId;
    public String authKey1;
    public String authKey2;
    public String autoUpdate = "On";
    public String updateDelayOffset = "PT3H";
    public String latestVersion;
    /** When the latest version stops being supported; a node upgraded to it gets this expiry time. */
    public Instant latestVersionExpiry;
    public final List<SandboxNode> nodes = new ArrayList<>();
    public final List<Link> links = new ArrayList<>();
    /** For a LINKED runtime: the resource id of the shared runtime it uses. */
    public String sharedRuntimeId;
    /** Managed: Started/Stopped, or Starting/Stopping until {@code transitionEnds}. */
    public String managedState;
    public String managedTarget;
    public Instant transitionEnds;
    public String nodeSize;
    public int nodeCount;
    public String location;
    public final List<String[]> otherErrors = new ArrayList<>();
    public String lastOperationType;
    public Instant lastOperationTime;
    public String lastOperationResult;
    /** When the monitoring numbers start, so they move over time the same way for the same seed. */
    public long monitoringPhase;

    public boolean isSelfHosted() {
        return kind == Kind.SELF_HOSTED || kind == Kind.LINKED;
    }

    public boolean isManaged() {
        return kind == Kind.MANAGED_SSIS || kind == Kind.MANAGED_AZURE;
    }

    /** Moves a finished start/stop (and finished node upgrades) to their end state. */
    public void settle(Instant now) {
        if (transitionEnds != null && !now.isBefore(transitionEnds)) {
            managedState = managedTarget;
            lastOperationResult = "Succeed";
            transitionEnds = null;
            managedTarget = null;
        }
        for (SandboxNode node : nodes) {
            if (node.upgradedAt != null && !now.isBefore(node.upgradedAt)) {
                node.version = latestVersion;
                node.expiryTime = latestVersionExpiry;
                node.status = "Online";
                node.lastUpdateResult = "Succeed";
                node.lastEndUpdateTime = node.upgradedAt;
                node.upgradedAt = null;
            }
        }
    }

    /** The state Data Factory reports: Managed ones their own; self-hosted ones from their nodes. */
    public String state() {
        if (isManaged()) {
            return kind == Kind.MANAGED_AZURE ? "Online" : managedState;
        }
        if (nodes.isEmpty()) {
            return "NeedRegistration";
        }
        long online = nodes.stream().filter(n -> n.status.equals("Online") || n.status.equals("Upgrading")).count();
        boolean limited = nodes.stream().anyMatch(n -> n.status.equals("Limited"));
        if (online == 0) {
            return limited ? "Limited" : "Offline";
        }
        return limited || online < nodes.size() ? "Limited" : "Online";
    }
}
