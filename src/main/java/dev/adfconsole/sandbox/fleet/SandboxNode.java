package dev.adfconsole.sandbox.fleet;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** A self-hosted node in the sandbox. Mutable; guarded by the fleet's lock. */
public final class SandboxNode {

    public String name;
    public String machineName;
    public String status;
    public String version;
    public final Map<String, String> capabilities = new LinkedHashMap<>();
    public Instant registerTime;
    public Instant lastConnectTime;
    /** When this node's version stops being supported: its release plus one year (Microsoft's rule). */
    public Instant expiryTime;
    public Instant lastStartTime;
    public Instant lastStopTime;
    public String lastUpdateResult = "None";
    public Instant lastStartUpdateTime;
    public Instant lastEndUpdateTime;
    public boolean activeDispatcher;
    public int concurrentJobsLimit;
    public int maxConcurrentJobs;
    public String ipAddress;
    /** While upgrading: when the node comes back on the latest version. */
    public Instant upgradedAt;

    public boolean credentialsInSync() {
        return "True".equals(capabilities.get("credentialInSync"));
    }
}
