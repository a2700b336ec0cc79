package dev.adfconsole.service.runs;

import dev.adfconsole.service.FactoryRef;
import java.util.List;

/**
 * Which factories a run query covers: one factory, the factories of some subscriptions (empty: every subscription
 * the token can list), optionally only those with one name (the command's {@code --factory}).
 *
 * @param label what the monitor's title says, e.g. "Contoso Production" or "adf-sales-weu-01"
 */
public record RunScope(String label, List<String> subscriptionIds, FactoryRef factory, String factoryName) {

    public RunScope {
        subscriptionIds = List.copyOf(subscriptionIds);
        factoryName = factoryName == null || factoryName.isBlank() ? null : factoryName.trim();
    }

    public static RunScope factory(FactoryRef factory) {
        return new RunScope(factory.factoryName(), List.of(factory.subscriptionId()), factory, null);
    }

    public static RunScope subscriptions(String label, List<String> subscriptionIds) {
        return new RunScope(label, subscriptionIds, null, null);
    }

    public RunScope withFactoryName(String name) {
        return new RunScope(label, subscriptionIds, factory, name);
    }
}
