package dev.adfconsole.sandbox.http;

/**
 * Told of each data factory the sandbox holds, so that route families keeping per-factory state (pipelines and
 * their runs) can seed it deterministically and forget it when the factory goes.
 */
public interface FactoryListener {

    /** {@code seed} is derived from the sandbox's {@code --seed} and the factory's id, so fleets repeat exactly. */
    void factoryAdded(String subscriptionId, String resourceGroupName, String factoryName, long seed);

    default void factoryRemoved(String subscriptionId, String resourceGroupName, String factoryName) {
    }
}
