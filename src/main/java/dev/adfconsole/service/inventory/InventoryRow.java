package dev.adfconsole.service.inventory;

import java.util.List;

/**
 * One integration runtime as the inventory reports it. Any field may be null when unknown; {@code error} says why
 * (a failed status call leaves the runtime's ids and fills {@code error}; a subscription that answered 403 gives a
 * row with only its id and the error).
 */
public record InventoryRow(String subscriptionId, String resourceGroupName, String factoryName,
                           String integrationRuntimeName, String type, String state, Integer nodesOnline,
                           Integer nodesTotal, String version, String latestVersion, String versionStatus,
                           String autoUpdate, String error) {

    /** The column names, in order: the JSON keys and the CSV header. Scripts depend on them; never rename. */
    public static final List<String> COLUMNS = List.of("subscriptionId", "resourceGroupName", "factoryName",
            "integrationRuntimeName", "type", "state", "nodesOnline", "nodesTotal", "version", "latestVersion",
            "versionStatus", "autoUpdate", "error");

    /** The values in {@link #COLUMNS} order. */
    public List<Object> values() {
        return java.util.Arrays.asList(subscriptionId, resourceGroupName, factoryName, integrationRuntimeName, type,
                state, nodesOnline, nodesTotal, version, latestVersion, versionStatus, autoUpdate, error);
    }

    public boolean failed() {
        return error != null;
    }

    public static InventoryRow failure(String subscriptionId, String resourceGroupName, String factoryName,
                                       String integrationRuntimeName, String error) {
        return new InventoryRow(subscriptionId, resourceGroupName, factoryName, integrationRuntimeName, null, null,
                null, null, null, null, null, null, error);
    }
}
