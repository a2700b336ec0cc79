package dev.adfconsole.service.settings;

import java.util.Locale;

/**
 * A runtime or factory on the watch list, kept in settings: which connection (its label in the tree), the tenant
 * whose token reads it (null: the connection's own) and where. A
 * null {@code runtimeName} watches the factory (its failed runs); otherwise the runtime (its state).
 */
public record WatchedItem(String connection, String tenantId, String subscriptionId, String resourceGroupName,
                          String factoryName, String runtimeName) {

    public boolean isRuntime() {
        return runtimeName != null;
    }

    /** The same resource under the same connection, whatever the case of its names. */
    public String key() {
        return String.join("/", String.valueOf(connection), String.valueOf(subscriptionId), String.valueOf(resourceGroupName),
                String.valueOf(factoryName), String.valueOf(runtimeName)).toLowerCase(Locale.ROOT);
    }

    /** "adf-sales-weu-01 / shir-onprem-sql", or the factory's name. */
    public String label() {
        return isRuntime() ? factoryName + " / " + runtimeName : factoryName;
    }
}
