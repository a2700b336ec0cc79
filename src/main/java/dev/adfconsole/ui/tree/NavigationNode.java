package dev.adfconsole.ui.tree;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One node of the navigation tree, without any scene-graph type: what it shows, what it stands for, and how its
 * children load (lazily, asynchronously, with a placeholder while loading and the reason plus Retry when it fails).
 */
public final class NavigationNode {

    /** What a node stands for; decides its icon and what the detail area shows. */
    public enum Kind { CONNECTION, SUBSCRIPTION, FACTORY, RUNTIMES, RUNTIME, NODE, PIPELINES, PIPELINE, LOADING, ERROR, EMPTY }

    /** Where the children are in their loading. */
    public enum LoadState { NOT_LOADED, LOADING, LOADED, FAILED }

    private final Kind kind;
    private final StringProperty label = new SimpleStringProperty();
    private final StringProperty detail = new SimpleStringProperty();
    private final StringProperty state = new SimpleStringProperty();
    private final Object value;
    private final Supplier<CompletableFuture<List<NavigationNode>>> loader;
    private final ObservableList<NavigationNode> children = FXCollections.observableArrayList();
    private final ObjectProperty<LoadState> loadState = new SimpleObjectProperty<>(LoadState.NOT_LOADED);
    private final javafx.beans.property.BooleanProperty expanded = new javafx.beans.property.SimpleBooleanProperty();
    private NavigationNode parent;
    private CompletableFuture<List<NavigationNode>> pending;
    /** For an ERROR leaf: why its parent's load failed. */
    private Throwable failure;

    public NavigationNode(Kind kind, String label, Object value, Supplier<CompletableFuture<List<NavigationNode>>> loader) {
        this.kind = kind;
        this.label.set(label);
        this.value = value;
        this.loader = loader;
    }

    public static NavigationNode leaf(Kind kind, String label, Object value) {
        return new NavigationNode(kind, label, value, null);
    }

    /**
     * An error among loaded children (one tenant of several that failed); Retry reloads its parent. {@code value}:
     * what failed, e.g. the tenant id, for a sign-in at that tenant.
     */
    public static NavigationNode error(String label, Object value, Throwable failure) {
        NavigationNode error = leaf(Kind.ERROR, label, value);
        error.failure = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return error;
    }

    /** For an ERROR leaf, the failure behind it (null otherwise). */
    public Throwable failure() {
        return failure;
    }

    public Kind kind() {
        return kind;
    }

    public StringProperty labelProperty() {
        return label;
    }

    /** A second, quieter line: resource group and region, node counts. */
    public StringProperty detailProperty() {
        return detail;
    }

    /** The state shown as a badge (Online, Limited, Stopped…); null when it has none. */
    public StringProperty stateProperty() {
        return state;
    }

    /** The reference the node stands for (a FactoryRef, RuntimeRef, NodeRef, pipeline name…). */
    public Object value() {
        return value;
    }

    public <T> T value(Class<T> type) {
        return type.cast(value);
    }

    public NavigationNode parent() {
        return parent;
    }

    public boolean isLeaf() {
        return loader == null;
    }

    public ObservableList<NavigationNode> children() {
        return children;
    }

    /** Whether the node is open in the tree; opening it loads its children. */
    public javafx.beans.property.BooleanProperty expandedProperty() {
        return expanded;
    }

    public ObjectProperty<LoadState> loadStateProperty() {
        return loadState;
    }

    /**
     * Runs {@code then} once the children have loaded or failed to: at once if they already have, else when the
     * load ends (on the UI thread, where load states change). Does not start a load.
     */
    public void whenLoaded(java.util.function.Consumer<LoadState> then) {
        LoadState now = loadState.get();
        if (now == LoadState.LOADED || now == LoadState.FAILED) {
            then.accept(now);
            return;
        }
        loadState.addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends LoadState> obs, LoadState old, LoadState state) {
                if (state == LoadState.LOADED || state == LoadState.FAILED) {
                    obs.removeListener(this);
                    then.accept(state);
                }
            }
        });
    }

    /** Loads the children unless loaded or loading; {@code ui} hands the results to the FX thread. */
    public void loadChildren(java.util.concurrent.Executor ui, Function<Throwable, String> describe) {
        if (loader == null || loadState.get() == LoadState.LOADING || loadState.get() == LoadState.LOADED) {
            return;
        }
        loadState.set(LoadState.LOADING);
        children.setAll(leaf(Kind.LOADING, "Loading…", null));
        CompletableFuture<List<NavigationNode>> future;
        try {
            future = loader.get();
        } catch (RuntimeException e) {
            future = CompletableFuture.failedFuture(e);
        }
        pending = future;
        CompletableFuture<List<NavigationNode>> started = future;
        future.whenComplete((nodes, failure) -> ui.execute(() -> {
            if (pending != started) {
                return;
            }
            if (failure != null) {
                NavigationNode error = leaf(Kind.ERROR, describe.apply(failure), this);
                error.failure = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                error.parent = this;
                children.setAll(error);
                loadState.set(LoadState.FAILED);
            } else {
                nodes.forEach(n -> n.parent = this);
                children.setAll(nodes.isEmpty() ? List.of(leaf(Kind.EMPTY, "(none)", null)) : nodes);
                loadState.set(LoadState.LOADED);
            }
        }));
    }

    /** Forgets the children and loads them again (F5, Retry). */
    public void reload(java.util.concurrent.Executor ui, Function<Throwable, String> describe) {
        if (pending != null && !pending.isDone()) {
            pending.cancel(true);
        }
        loadState.set(LoadState.NOT_LOADED);
        loadChildren(ui, describe);
    }

    @Override
    public String toString() {
        return label.get();
    }
}
