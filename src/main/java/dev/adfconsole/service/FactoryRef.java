package dev.adfconsole.service;

/** Which data factory: checked against the spec's rules when made, so no request goes out with a bad name. */
public record FactoryRef(String subscriptionId, String resourceGroupName, String factoryName) {

    public FactoryRef {
        ResourceNames.resourceGroup(resourceGroupName);
        ResourceNames.factory(factoryName);
        if (subscriptionId == null || subscriptionId.isBlank()) {
            throw new InvalidInputException("Subscription id", "Subscription id is required.");
        }
    }

    /** The factory's ARM path, every segment escaped. */
    public String path() {
        return "/subscriptions/" + Paths.segment(subscriptionId) + "/resourceGroups/" + Paths.segment(resourceGroupName)
                + "/providers/Microsoft.DataFactory/factories/" + Paths.segment(factoryName);
    }

    public RuntimeRef runtime(String name) {
        return new RuntimeRef(this, name);
    }

    @Override
    public String toString() {
        return factoryName;
    }
}
