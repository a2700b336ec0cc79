package dev.adfconsole.service.inventory;

import java.time.Instant;
import java.util.List;

/**
 * One integration runtime as the inventory reports it. Any field may be null when unknown; {@code error} says why
 * (a failed status call leaves the runtime's ids and fills {@code error}; a subscription that answered 403 gives a
 * row with only its id and the error). {@code refreshedAt} is when its answer arrived.
 */
public record InventoryRow(String subscriptionId, String resourceGroupName, String factoryName,
                           String integrationRuntimeName, String type, String state, Integer nodesOnline,
                           Integer nodesTotal, String version, String latestVersion, String versionStatus,
                           String autoUpdate, String error, Boolean credentialInSync, Instant refreshedAt,
                           List<InventoryNode> nodes) {

    /** {@code nodes}: a self-hosted runtime's nodes (none for other types, or when the status was not read). */
    public InventoryRow {
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
    }

    /** A row without node details (the command's rows, the cache, tests). */
    public InventoryRow(String subscriptionId, String resourceGroupName, String factoryName,
                        String integrationRuntimeName, String type, String state, Integer nodesOnline,
                        Integer nodesTotal, String version, String latestVersion, String versionStatus,
                        String autoUpdate, String error, Boolean credentialInSync, Instant refreshedAt) {
        this(subscriptionId, resourceGroupName, factoryName, integrationRuntimeName, type, state, nodesOnline, nodesTotal,
                version, latestVersion, versionStatus, autoUpdate, error, credentialInSync, refreshedAt, List.of());
    }

    /**
     * The column names, in order: the JSON keys and the CSV header. Scripts depend on them: never rename one, and
     * add new ones at the end.
     */
    public static final List<String> COLUMNS = List.of("subscriptionId", "resourceGroupName", "factoryName",
            "integrationRuntimeName", "type", "state", "nodesOnline", "nodesTotal", "version", "latestVersion",
            "versionStatus", "autoUpdate", "error", "credentialInSync", "refreshedAt");

    /** The values in {@link #COLUMNS} order. */
    public List<Object> values() {
        return java.util.Arrays.asList(subscriptionId, resourceGroupName, factoryName, integrationRuntimeName, type,
                state, nodesOnline, nodesTotal, version, latestVersion, versionStatus, autoUpdate, error,
                credentialInSync, refreshedAt);
    }

    public boolean failed() {
        return error != null;
    }

    /** Subscription, resource group, factory and runtime: what identifies the row between sweeps. */
    public String key() {
        return String.join("/", String.valueOf(subscriptionId), String.valueOf(resourceGroupName),
                String.valueOf(factoryName), String.valueOf(integrationRuntimeName)).toLowerCase(java.util.Locale.ROOT);
    }

    public static InventoryRow failure(String subscriptionId, String resourceGroupName, String factoryName,
                                       String integrationRuntimeName, String error, Instant at) {
        return new InventoryRow(subscriptionId, resourceGroupName, factoryName, integrationRuntimeName, null, null,
                null, null, null, null, null, null, error, null, at);
    }
}
