package dev.adfconsole.ui.tree;

import dev.adfconsole.model.IntegrationRuntimeResource;
import dev.adfconsole.model.PipelineResource;
import dev.adfconsole.model.Subscription;
import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.Failures;
import dev.adfconsole.service.FactoryRef;
import dev.adfconsole.service.RuntimeRef;
import dev.adfconsole.ui.common.UiExecutor;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The navigation tree: connection → subscriptions → factories → "Integration runtimes" (→ runtimes → nodes) and
 * "Pipelines". Every level loads when first expanded; runtimes get their state from a status call each, a few at a
 * time, so the list shows at once and the state badges follow.
 */
public final class NavigationTreeViewModel {

    /**
     * A tree node's connection: which services answer for it and, for a signed-in account, how to sign it out
     * (null for the sandbox and fixed-token endpoints).
     */
    public record Connection(String name, DataFactoryServices services,
                             java.util.function.Supplier<CompletableFuture<Void>> signOut,
                             java.util.function.Function<String, DataFactoryServices> tenants) {

        public Connection(String name, DataFactoryServices services, java.util.function.Supplier<CompletableFuture<Void>> signOut) {
            this(name, services, signOut, null);
        }

        /** True for a signed-in account, whose subscriptions span every tenant it can reach, each with its own token. */
        public boolean multiTenant() {
            return tenants != null;
        }

        /** This connection as seen from {@code tenantId}: the same name, that tenant's services. */
        public Connection forTenant(String tenantId) {
            return tenants == null || tenantId == null ? this : new Connection(name, tenants.apply(tenantId), signOut, null);
        }
    }


    private final UiExecutor ui;
    private final ObservableList<NavigationNode> roots = FXCollections.observableArrayList();
    private final ObjectProperty<NavigationNode> selected = new SimpleObjectProperty<>();
    private final TreeNodes nodes;
    private final TreeFilter filter = new TreeFilter();
    /** Subscription ids the user hid; the app keeps them in settings. */
    private final javafx.collections.ObservableSet<String> hiddenSubscriptions = javafx.collections.FXCollections.observableSet();

    public NavigationTreeViewModel(UiExecutor ui) {
        this.ui = ui;
        this.nodes = new TreeNodes(ui);
    }

    public ObservableList<NavigationNode> roots() {
        return roots;
    }

    public ObjectProperty<NavigationNode> selectedProperty() {
        return selected;
    }

    public TreeFilter filter() {
        return filter;
    }

    public NavigationNode addConnection(String name, DataFactoryServices services) {
        return addConnection(name, services, null);
    }

    /** A signed-in account's connection; {@code signOut} forgets its tokens. */
    public NavigationNode addConnection(String name, DataFactoryServices services,
                                        java.util.function.Supplier<CompletableFuture<Void>> signOut) {
        return addConnection(new Connection(name, services, signOut));
    }

    /** A connection; with {@code tenants}, its subscriptions come from every tenant {@code GET /tenants} lists. */
    public NavigationNode addConnection(Connection connection) {
        NavigationNode node = new NavigationNode(NavigationNode.Kind.CONNECTION, connection.name(), connection,
                () -> TenantSubscriptions.load(connection, Failures::describe).thenApply(items -> items.stream()
                        .filter(item -> item.subscription() == null || !hiddenSubscriptions.contains(item.subscription().subscriptionId()))
                        .map(item -> item.subscription() == null ? item.error()
                                : nodes.subscription(item.connection(), item.subscription(), item.tenantName())).toList()));
        roots.add(node);
        return node;
    }

    public javafx.collections.ObservableSet<String> hiddenSubscriptions() {
        return hiddenSubscriptions;
    }

    /** "Hide this subscription": gone from the tree now and at every later load, until shown again. */
    public void hideSubscription(NavigationNode subscriptionNode) {
        Subscription subscription = subscriptionNode.value(Subscription.class);
        hiddenSubscriptions.add(subscription.subscriptionId());
        if (subscriptionNode.parent() != null) {
            subscriptionNode.parent().children().remove(subscriptionNode);
        }
        if (selected.get() != null && isUnder(selected.get(), subscriptionNode)) {
            selected.set(null);
        }
    }

    /** Loads a node's children again (after the subscriptions chosen for a connection changed). */
    public void reload(NavigationNode node) {
        node.reload(ui, Failures::describe);
    }

    /** "Show hidden subscriptions" on a connection: forgets the choice and reloads its subscriptions. */
    public void showHiddenSubscriptions(NavigationNode connectionNode) {
        hiddenSubscriptions.clear();
        connectionNode.reload(ui, Failures::describe);
    }

    /** Signs the account of a connection out and, once its tokens are gone, takes it out of the tree. */
    public CompletableFuture<Void> signOut(NavigationNode connectionNode) {
        Connection connection = connectionNode.value(Connection.class);
        if (connection.signOut() == null) {
            return CompletableFuture.completedFuture(null);
        }
        return connection.signOut().get().whenComplete((done, failure) -> ui.execute(() -> {
            if (failure == null) {
                roots.remove(connectionNode);
                if (selected.get() != null && isUnder(selected.get(), connectionNode)) {
                    selected.set(null);
                }
            }
        }));
    }

    private static boolean isUnder(NavigationNode node, NavigationNode root) {
        for (NavigationNode n = node; n != null; n = n.parent()) {
            if (n == root) {
                return true;
            }
        }
        return false;
    }

    /**
     * Opens the tree down to {@code runtime} under {@code connection} and selects it (the fleet view's double-click).
     * The filter is cleared first so the runtime can be seen. Fails with a message naming the missing level.
     */
    public CompletableFuture<NavigationNode> reveal(Connection connection, RuntimeRef runtime) {
        NavigationNode root = roots.stream().filter(n -> n.value() == connection).findFirst().orElse(null);
        if (root == null) {
            return CompletableFuture.failedFuture(new IllegalStateException(connection.name() + " is no longer in the tree (signed out?)."));
        }
        filter.textProperty().set("");
        return new TreeReveal(this).reveal(root, runtime);
    }

    /** Called when a node is expanded. */
    public void expand(NavigationNode node) {
        node.loadChildren(ui, Failures::describe);
    }

    /** Opens a node and, once loaded, its first child: what the user sees first on the sandbox. */
    public void open(NavigationNode node, int depth) {
        node.expandedProperty().set(true);
        expand(node);
        if (depth > 1) {
            node.whenLoaded(state -> {
                if (state == NavigationNode.LoadState.LOADED) {
                    openFirstChild(node, depth);
                }
            });
        }
    }

    private void openFirstChild(NavigationNode node, int depth) {
        if (!node.children().isEmpty() && !node.children().get(0).isLeaf()) {
            open(node.children().get(0), depth - 1);
        }
    }

    /** F5 / Refresh: reloads the selected node's subtree (or its parent's, for a leaf). */
    public void refreshSelected() {
        NavigationNode node = selected.get();
        while (node != null && node.isLeaf()) {
            node = node.parent();
        }
        if (node != null) {
            node.reload(ui, Failures::describe);
        }
    }

    /** What "Sign in again…" asks the app for: a sign-in for this connection, at this tenant (null: its own). */
    public record SignInRequest(NavigationNode connection, String tenantId, String tenantName) {
    }

    /** What "Sign in again…" does; the app opens the sign-in dialog. Null: not offered. */
    private java.util.function.Consumer<SignInRequest> signInAgain;

    public void setSignInAgain(java.util.function.Consumer<SignInRequest> handler) {
        this.signInAgain = handler;
    }

    /** True for an error that only an interactive sign-in can clear (and when the app can offer one). */
    public boolean needsSignIn(NavigationNode error) {
        return signInAgain != null && error.kind() == NavigationNode.Kind.ERROR
                && error.failure() instanceof dev.adfconsole.arm.ArmException arm
                && arm.kind() == dev.adfconsole.arm.ArmException.Kind.SIGN_IN_REQUIRED;
    }

    /** "Sign in again…" on such an error: the sign-in for the error's connection. */
    public void signInAgain(NavigationNode error) {
        NavigationNode root = error;
        while (root.parent() != null) {
            root = root.parent();
        }
        if (signInAgain != null && root.kind() == NavigationNode.Kind.CONNECTION) {
            // One tenant's failure is signed in again at that tenant's authority; others at the account's own.
            signInAgain.accept(error.value() instanceof TenantSubscriptions.FailedTenant tenant
                    ? new SignInRequest(root, tenant.tenantId(), tenant.name()) : new SignInRequest(root, null, null));
        }
    }

    /**
     * After signing in again: every load under {@code root} that failed runs again; what loaded stays as it was,
     * expanded and selected as the user left it. Returns how many loads were retried.
     */
    public int retryFailed(NavigationNode root) {
        List<NavigationNode> failed = new java.util.ArrayList<>();
        collectFailed(root, failed);
        failed.forEach(node -> node.reload(ui, Failures::describe));
        return failed.size();
    }

    private static void collectFailed(NavigationNode node, List<NavigationNode> failed) {
        if (node.loadStateProperty().get() == NavigationNode.LoadState.FAILED
                || node.children().stream().anyMatch(child -> child.kind() == NavigationNode.Kind.ERROR)) {
            failed.add(node);
            return;
        }
        List.copyOf(node.children()).forEach(child -> collectFailed(child, failed));
    }

    /** Retry on an error node reloads the node whose load failed (or, for one tenant's error, its connection). */
    public void retry(NavigationNode error) {
        if (error.kind() != NavigationNode.Kind.ERROR) {
            return;
        }
        NavigationNode failed = error.value() instanceof NavigationNode node ? node : error.parent();
        if (failed != null) {
            failed.reload(ui, Failures::describe);
        }
    }

    /**
     * Auto-refresh: asks again for the state of every runtime in an open "Integration runtimes" folder, a few calls
     * at a time; collapsed folders cost nothing. Returns how many runtimes were asked for.
     */
    public int refreshVisibleStates() {
        int[] asked = {0};
        roots.forEach(root -> visit(root, node -> {
            if (node.kind() == NavigationNode.Kind.RUNTIME && node.parent() != null && node.parent().expandedProperty().get()) {
                RuntimeItem item = node.value(RuntimeItem.class);
                nodes.loadState(item.connection(), item.ref(), node);
                asked[0]++;
            }
        }));
        return asked[0];
    }

    private static void visit(NavigationNode node, java.util.function.Consumer<NavigationNode> action) {
        action.accept(node);
        if (node.expandedProperty().get()) {
            List.copyOf(node.children()).forEach(child -> visit(child, action));
        }
    }
    /** What a pipeline node stands for: its connection, factory and definition. */
    public record PipelineItem(Connection connection, FactoryRef factory, PipelineResource pipeline) {
    }

    /** What a runtime node stands for: its connection, reference and resource as listed. */
    public record RuntimeItem(Connection connection, RuntimeRef ref, IntegrationRuntimeResource resource) {
    }
}
