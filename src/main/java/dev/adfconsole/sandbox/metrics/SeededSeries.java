package dev.adfconsole.sandbox.metrics;

import dev.adfconsole.sandbox.fleet.SandboxNode;
import dev.adfconsole.sandbox.fleet.SandboxRuntime;
import java.time.Instant;

/**
 * What Azure Monitor would have recorded, minute by minute, for a runtime and its nodes: a function of the node or
 * runtime and the minute only, so every query over any timespan and interval agrees with every other one and the
 * same fleet gives the same history. Daily load cycles with noise; one busy node; one runtime whose queue grows
 * over the last six hours. Offline nodes stop reporting when they last connected.
 */
public final class SeededSeries {

    static final long GIB = 1L << 30;
    static final long NODE_MEMORY = 16 * GIB;
    /** How long the growing queue has been growing, in minutes. */
    static final int GROWTH_MINUTES = 360;

    private final SandboxRuntime busyRuntime;
    private final SandboxNode busyNode;
    private final SandboxRuntime growingQueue;
    private final long nowMinute;

    SeededSeries(SandboxRuntime busyRuntime, SandboxNode busyNode, SandboxRuntime growingQueue, Instant now) {
        this.busyRuntime = busyRuntime;
        this.busyNode = busyNode;
        this.growingQueue = growingQueue;
        this.nowMinute = Math.floorDiv(now.getEpochSecond(), 60);
    }

    /**
     * The fleet's stories: the first self-hosted runtime with an online node has that node busy; the next self-hosted
     * runtime with nodes has a queue that has grown for six hours. Call under the fleet's lock.
     */
    public static SeededSeries of(dev.adfconsole.sandbox.fleet.Fleet fleet, Instant now) {
        SandboxRuntime busyRuntime = null;
        SandboxNode busyNode = null;
        SandboxRuntime growing = null;
        for (dev.adfconsole.sandbox.fleet.SandboxFactory f : fleet.allFactories()) {
            for (SandboxRuntime r : f.runtimes.values()) {
                if (r.kind != SandboxRuntime.Kind.SELF_HOSTED || r.nodes.isEmpty()) {
                    continue;
                }
                java.util.Optional<SandboxNode> online = r.nodes.stream().filter(n -> n.status.equals("Online")).findFirst();
                if (busyNode == null && online.isPresent()) {
                    busyRuntime = r;
                    busyNode = online.get();
                } else if (growing == null && r != busyRuntime) {
                    growing = r;
                }
            }
            if (busyNode != null && growing != null) {
                break;
            }
        }
        return new SeededSeries(busyRuntime, busyNode, growing, now);
    }

    /**
     * CPU as {@code monitoringData} reports it now: this minute's value with a little movement every 5 s, so the
     * live chart and Azure Monitor's history tell the same story. An offline node reports 0.
     */
    public int liveCpu(SandboxNode node, Instant now) {
        if ("Offline".equals(node.status)) {
            return 0;
        }
        return (int) Math.round(clamp(cpu(node, minute(now)) + 3 * noise(seed(node) ^ 0x165667b1L, now.getEpochSecond() / 5), 0, 100));
    }

    /** Available memory in MB as {@code monitoringData} reports it now. */
    public int liveAvailableMemoryMb(SandboxNode node, Instant now) {
        return (int) (availableMemory(node, minute(now)) / (1 << 20));
    }

    static long minute(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), 60);
    }

    /** Only finished minutes have data, and a node that went offline has none after it last connected. */
    boolean reports(SandboxNode node, long minute) {
        if (minute >= nowMinute) {
            return false;
        }
        return !"Offline".equals(node.status) || node.lastConnectTime == null || minute < minute(node.lastConnectTime);
    }

    boolean reports(SandboxRuntime runtime, long minute) {
        return minute < nowMinute && runtime.nodes.stream().anyMatch(n -> reports(n, minute));
    }

    double cpu(SandboxNode node, long minute) {
        long seed = seed(node);
        if (node == busyNode) {
            return round(Math.min(100, 91 + 7 * noise(seed, minute)));
        }
        double day = Math.sin(2 * Math.PI * Math.floorMod(minute, 1440) / 1440.0 + phase(seed));
        return round(clamp(24 + 14 * day + 9 * noise(seed, minute), 1, 100));
    }

    double availableMemory(SandboxNode node, long minute) {
        double used = 0.25 + 0.55 * cpu(node, minute) / 100 + 0.03 * noise(seed(node) ^ 0x5bd1e995L, minute);
        return Math.round(NODE_MEMORY * clamp(1 - used, 0.02, 0.98));
    }

    double queueLength(SandboxRuntime runtime, long minute) {
        long seed = seed(runtime);
        if (runtime == growingQueue && minute >= nowMinute - GROWTH_MINUTES) {
            double grown = (double) (minute - (nowMinute - GROWTH_MINUTES)) / GROWTH_MINUTES;
            return Math.round(2 + 58 * grown + 2 * noise(seed, minute));
        }
        double day = Math.sin(2 * Math.PI * Math.floorMod(minute, 1440) / 1440.0 + phase(seed));
        return Math.max(0, Math.round(1.5 + 1.5 * day + 1.2 * noise(seed, minute)));
    }

    double pickupDelaySeconds(SandboxRuntime runtime, long minute) {
        double queue = queueLength(runtime, minute);
        return round(1.5 + queue * (runtime == growingQueue ? 6 : 0.8) + Math.abs(noise(seed(runtime) ^ 0x27d4eb2dL, minute)));
    }

    double availableNodes(SandboxRuntime runtime, long minute) {
        return runtime.nodes.stream().filter(n -> reports(n, minute)).count();
    }

    SandboxRuntime busyRuntime() {
        return busyRuntime;
    }

    /** A node's own seed: its registration time and name, which the generator made unique and a saved fleet keeps. */
    private static long seed(SandboxNode node) {
        return node.name.hashCode() * 0x9E3779B97F4A7C15L ^ (node.registerTime == null ? 0 : node.registerTime.toEpochMilli());
    }

    private static long seed(SandboxRuntime runtime) {
        return runtime.name.hashCode() * 0xC2B2AE3D27D4EB4FL ^ (runtime.createTime == null ? 0 : runtime.createTime.toEpochMilli());
    }

    private static double phase(long seed) {
        return Math.floorMod(seed, 6283) / 1000.0;
    }

    /** Deterministic noise in [-1, 1] for a seed and a minute (SplitMix64's finaliser). */
    private static double noise(long seed, long minute) {
        long z = seed + minute * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return ((z >>> 11) / (double) (1L << 53)) * 2 - 1;
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
