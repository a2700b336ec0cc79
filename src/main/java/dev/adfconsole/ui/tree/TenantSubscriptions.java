package dev.adfconsole.ui.tree;

import dev.adfconsole.model.Subscription;
import dev.adfconsole.model.TenantIdDescription;
import dev.adfconsole.ui.tree.NavigationTreeViewModel.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A connection's subscriptions. For a signed-in account: every tenant {@code GET /tenants} lists, each asked with a
 * token of its own (ARM refuses a token of one tenant for another's subscription), in parallel; a tenant that fails
 * (a guest directory asking for MFA, a revoked invitation) becomes one error line and never hides the others.
 */
final class TenantSubscriptions {

    /** A subscription with the connection (tenant) that reaches it, or a tenant's failure as an error node. */
    record Item(Connection connection, Subscription subscription, String tenantName, NavigationNode error) {
    }

    /** The value of a tenant's error node: which tenant, for signing in there. */
    record FailedTenant(String tenantId, String name) {
    }

    private TenantSubscriptions() {
    }

    static CompletableFuture<List<Item>> load(Connection connection, Function<Throwable, String> describe) {
        if (!connection.multiTenant()) {
            return subscriptions(connection, null);
        }
        return connection.services().subscriptions().tenants().thenCompose(tenants -> {
            List<CompletableFuture<List<Item>>> each = new ArrayList<>();
            for (TenantIdDescription tenant : tenants) {
                String name = tenant.displayName() == null ? tenant.tenantId() : tenant.displayName();
                each.add(subscriptions(connection.forTenant(tenant.tenantId()), tenants.size() > 1 ? name : null)
                        .exceptionally(failure -> List.of(new Item(connection, null, name,
                                NavigationNode.error(name + ": " + describe.apply(failure), new FailedTenant(tenant.tenantId(), name),
                                        failure)))));
            }
            return dev.adfconsole.service.Futures.concat(each);
        });
    }

    private static CompletableFuture<List<Item>> subscriptions(Connection connection, String tenantName) {
        return connection.services().subscriptions().subscriptions().thenApply(list -> list.stream()
                .map(s -> new Item(connection, s, tenantName, null)).toList());
    }
}
