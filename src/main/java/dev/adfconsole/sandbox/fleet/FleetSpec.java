package dev.adfconsole.sandbox.fleet;

/**
 * The size of a generated fleet: {@code S:F:R:N} = S subscriptions, F factories each, exactly R runtimes per
 * factory, up to N nodes per self-hosted runtime; {@code S:F:R:N:guest} adds a partner tenant where the sandbox's
 * user is a guest, with one subscription of its own (one factory, two runtimes), for trying several tenants.
 */
public record FleetSpec(int subscriptions, int factoriesPerSubscription, int runtimesPerFactory, int maxNodes,
                        boolean guestTenant) {

    public static final FleetSpec DEFAULT = new FleetSpec(1, 3, 4, 3);

    public FleetSpec(int subscriptions, int factoriesPerSubscription, int runtimesPerFactory, int maxNodes) {
        this(subscriptions, factoriesPerSubscription, runtimesPerFactory, maxNodes, false);
    }

    public FleetSpec withGuestTenant() {
        return new FleetSpec(subscriptions, factoriesPerSubscription, runtimesPerFactory, maxNodes, true);
    }

    public FleetSpec {
        if (subscriptions < 1 || factoriesPerSubscription < 1 || runtimesPerFactory < 1 || maxNodes < 1
                || subscriptions > 100 || factoriesPerSubscription > 1000 || runtimesPerFactory > 100 || maxNodes > 4) {
            throw new IllegalArgumentException("--fleet needs S:F:R:N with S 1-100, F 1-1000, R 1-100, N 1-4");
        }
    }

    public static FleetSpec parse(String text) {
        String[] parts = text.split(":");
        boolean guest = parts.length == 5 && parts[4].equals("guest");
        if (parts.length != 4 && !guest) {
            throw new IllegalArgumentException("--fleet must be S:F:R:N (subscriptions:factories:runtimes:nodes), or"
                    + " S:F:R:N:guest with a partner tenant, not '" + text + "'");
        }
        try {
            return new FleetSpec(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
                    Integer.parseInt(parts[3]), guest);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--fleet must be four whole numbers S:F:R:N, not '" + text + "'");
        }
    }

    public int totalRuntimes() {
        return subscriptions * factoriesPerSubscription * runtimesPerFactory;
    }

    @Override
    public String toString() {
        return subscriptions + ":" + factoriesPerSubscription + ":" + runtimesPerFactory + ":" + maxNodes
                + (guestTenant ? ":guest" : "");
    }
}
