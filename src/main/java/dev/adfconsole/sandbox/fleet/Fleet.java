package dev.adfconsole.sandbox.fleet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the sandbox holds: its tenant, subscriptions, resource groups and factories. One lock for the whole
 * fleet keeps every answer consistent; calls are short, so contention stays low even in a 1,000-runtime sweep.
 */
public final class Fleet {

    /**
     * A subscription and its resource groups (name → location); {@code tenantId} null means the home tenant (and is
     * what fleets saved before tenants existed read back as).
     */
    public record Subscription(String subscriptionId, String displayName, Map<String, String> resourceGroups, String tenantId) {
        public Subscription(String subscriptionId, String displayName, Map<String, String> resourceGroups) {
            this(subscriptionId, displayName, resourceGroups, null);
        }
    }

    /** A directory the sandbox's user can sign in to. */
    public record Tenant(String tenantId, String displayName, String defaultDomain, boolean home) {
    }

    /** The home tenant: where the sandbox's user lives. */
    public final String tenantId;
    private final List<Tenant> guestTenants = new ArrayList<>();
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final Map<String, SandboxFactory> factories = new LinkedHashMap<>();

    public Fleet(String tenantId) {
        this.tenantId = tenantId;
    }

    /** A tenant where the user is a guest; its subscriptions name it. */
    public synchronized void addGuestTenant(Tenant tenant) {
        guestTenants.add(tenant);
    }

    /** The home tenant first, then the ones the user is a guest in. */
    public synchronized List<Tenant> tenants() {
        List<Tenant> all = new ArrayList<>();
        all.add(new Tenant(tenantId, "Contoso Sandbox", "contoso-sandbox.onmicrosoft.com", true));
        all.addAll(guestTenants);
        return all;
    }

    /** Which tenant a subscription belongs to (empty when there is no such subscription). */
    public synchronized Optional<String> tenantOf(String subscriptionId) {
        return subscription(subscriptionId).map(s -> s.tenantId() == null ? tenantId : s.tenantId());
    }

    public synchronized Optional<Tenant> tenant(String id) {
        return tenants().stream().filter(t -> t.tenantId().equalsIgnoreCase(id)).findFirst();
    }

    public synchronized void addSubscription(Subscription subscription) {
        subscriptions.add(subscription);
    }

    public synchronized void addFactory(SandboxFactory factory) {
        factories.put(SandboxFactory.key(factory.subscriptionId, factory.resourceGroup, factory.name), factory);
    }

    public synchronized List<Subscription> subscriptions() {
        return List.copyOf(subscriptions);
    }

    public synchronized Optional<Subscription> subscription(String id) {
        return subscriptions.stream().filter(s -> s.subscriptionId().equalsIgnoreCase(id)).findFirst();
    }

    /** The resource group's name as created (ARM answers with the stored case), if it exists. */
    public synchronized Optional<String> resourceGroup(String subscriptionId, String name) {
        return subscription(subscriptionId).flatMap(s -> s.resourceGroups().keySet().stream()
                .filter(rg -> rg.equalsIgnoreCase(name)).findFirst());
    }

    public synchronized Optional<SandboxFactory> factory(String subscriptionId, String resourceGroup, String name) {
        return Optional.ofNullable(factories.get(SandboxFactory.key(subscriptionId, resourceGroup, name)));
    }

    public synchronized List<SandboxFactory> factories(String subscriptionId, String resourceGroup) {
        return factories.values().stream()
                .filter(f -> f.subscriptionId.equalsIgnoreCase(subscriptionId))
                .filter(f -> resourceGroup == null || f.resourceGroup.equalsIgnoreCase(resourceGroup))
                .toList();
    }

    public synchronized List<SandboxFactory> allFactories() {
        return List.copyOf(factories.values());
    }

    public synchronized int runtimeCount() {
        return factories.values().stream().mapToInt(f -> f.runtimes.size()).sum();
    }

    /** Lower-case id lookups, as ARM ids compare case-insensitively. */
    public static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
