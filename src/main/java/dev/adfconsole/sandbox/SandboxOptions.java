package dev.adfconsole.sandbox;

import dev.adfconsole.sandbox.fleet.FleetSpec;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * How a sandbox runs. Defaults are for people: a fleet small enough to read at a glance, Managed runtimes that take
 * a few seconds to start, ARM's own throttling limits, lists paged at 50.
 *
 * @param faults per-request fault rates, e.g. {@code 429:0.05,500:0.02,reset:0.01,malformed:0.01}
 * @param statePath where to keep the fleet between runs (null: start fresh from the seed each time)
 */
public record SandboxOptions(int port, FleetSpec fleet, long latencyMs, String faults, long seed, Path statePath,
                             int pageSize, Duration operationDuration, Duration activityDuration, Clock clock,
                             double readsPerSecond, double readBurst, double writesPerSecond, double writeBurst,
                             Duration accessTokenLifetime) {

    public static SandboxOptions defaults() {
        return new SandboxOptions(0, FleetSpec.DEFAULT, 0, "", 42, null, 50, Duration.ofSeconds(6),
                Duration.ofSeconds(3), Clock.systemUTC(), 25, 250, 10, 200, Duration.ofHours(1));
    }

    /** How long the sign-in authority's access tokens live (Entra ID: about an hour); short ones make MSAL refresh. */
    public SandboxOptions withAccessTokenLifetime(Duration value) {
        return new SandboxOptions(port, fleet, latencyMs, faults, seed, statePath, pageSize, operationDuration,
                activityDuration, clock, readsPerSecond, readBurst, writesPerSecond, writeBurst, value);
    }

    public SandboxOptions withPort(int value) {
        return new SandboxOptions(value, fleet, latencyMs, faults, seed, statePath, pageSize, operationDuration,
                activityDuration, clock, readsPerSecond, readBurst, writesPerSecond, writeBurst, accessTokenLifetime);
    }

    public SandboxOptions withFleet(FleetSpec value) {
        return new SandboxOptions(port, value, latencyMs, faults, seed, statePath, pageSize, operationDuration,
                activityDuration, clock, readsPerSecond, readBurst, writesPerSecond, writeBurst, accessTokenLifetime);
    }

    public SandboxOptions withLatencyMs(long value) {
        return new SandboxOptions(port, fleet, value, faults, seed, statePath, pageSize, operationDuration,
                activityDuration, clock, readsPerSecond, readBurst, writesPerSecond, writeBurst, accessTokenLifetime);
    }

    public SandboxOptions withFaults(String value) {
        return new SandboxOptions(port, fleet, latencyMs, value, seed, statePath, pageSize, operationDuration,
                activityDuration, clock, readsPerSecond, readBurst, writesPerSecond, writeBurst, accessTokenLifetime);
    }

    public SandboxOptions withSeed(long value) {
        return new SandboxOptions(port, fleet, latencyMs, faults, value, statePath, pageSize, operationDuration,
                activityDuration, clock, readsPerSecond, readBurst, writesPerSecond, writeBurst, accessTokenLifetime);
    }

    public SandboxOptions withStatePath(Path value) {
        return new SandboxOptions(port, fleet, latencyMs, faults, seed, value, pageSize, operationDuration,
                activityDuration, clock, readsPerSecond, readBurst, writesPerSecond, writeBurst, accessTokenLifetime);
    }

    public SandboxOptions withPageSize(int value) {
        return new SandboxOptions(port, fleet, latencyMs, faults, seed, statePath, value, operationDuration,
                activityDuration, clock, readsPerSecond, readBurst, writesPerSecond, writeBurst, accessTokenLifetime);
    }

    /** How long Managed start/stop and activities take; tests make them short. */
    public SandboxOptions withTimings(Duration operation, Duration activity) {
        return new SandboxOptions(port, fleet, latencyMs, faults, seed, statePath, pageSize, operation, activity,
                clock, readsPerSecond, readBurst, writesPerSecond, writeBurst, accessTokenLifetime);
    }

    public SandboxOptions withClock(Clock value) {
        return new SandboxOptions(port, fleet, latencyMs, faults, seed, statePath, pageSize, operationDuration,
                activityDuration, value, readsPerSecond, readBurst, writesPerSecond, writeBurst, accessTokenLifetime);
    }

    public SandboxOptions withBuckets(double reads, double readsBurst, double writes, double writesBurst) {
        return new SandboxOptions(port, fleet, latencyMs, faults, seed, statePath, pageSize, operationDuration,
                activityDuration, clock, reads, readsBurst, writes, writesBurst, accessTokenLifetime);
    }
}
