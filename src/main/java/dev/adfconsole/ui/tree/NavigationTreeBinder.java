package dev.adfconsole.ui.tree;

import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.control.Label;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Shows {@link NavigationTreeViewModel} in a TreeView: TreeItems mirror the view model's nodes, expanding loads,
 * cells show an icon by kind, a state badge coloured by state, and a quieter detail. F5 refreshes; Enter on an
 * error retries.
 */
public final class NavigationTreeBinder {

    private static final Map<NavigationNode.Kind, String> ICONS = Map.ofEntries(
            Map.entry(NavigationNode.Kind.CONNECTION, "mdal-cloud_queue"), Map.entry(NavigationNode.Kind.SUBSCRIPTION, "mdmz-vpn_key"),
            Map.entry(NavigationNode.Kind.FACTORY, "mdal-dns"), Map.entry(NavigationNode.Kind.RUNTIMES, "mdal-folder"),
            Map.entry(NavigationNode.Kind.RUNTIME, "mdmz-settings_ethernet"), Map.entry(NavigationNode.Kind.NODE, "mdal-computer"),
            Map.entry(NavigationNode.Kind.PIPELINES, "mdal-folder"), Map.entry(NavigationNode.Kind.PIPELINE, "mdal-account_tree"),
            Map.entry(NavigationNode.Kind.LOADING, "mdal-hourglass_empty"), Map.entry(NavigationNode.Kind.ERROR, "mdal-error_outline"),
            Map.entry(NavigationNode.Kind.EMPTY, "mdal-folder"));

    private NavigationTreeBinder() {
    }

    public static void bind(TreeView<NavigationNode> tree, NavigationTreeViewModel model) {
        bind(tree, model, node -> java.util.List.of());
    }

    /** {@code actions} adds, per node, the same actions the toolbar and the detail pane offer for it. */
    public static void bind(TreeView<NavigationNode> tree, NavigationTreeViewModel model,
                            java.util.function.Function<NavigationNode, java.util.List<MenuItem>> actions) {
        TreeItem<NavigationNode> root = new TreeItem<>();
        tree.setRoot(root);
        tree.setShowRoot(false);
        mirror(model.roots(), root, model);
        // A new filter rebuilds the items (expansion lives in the nodes, so it survives) and opens the way to matches.
        model.filter().textProperty().addListener((obs, old, text) -> {
            NavigationNode selected = model.selectedProperty().get();
            root.getChildren().setAll(shown(model.roots(), model));
            if (model.filter().isActive()) {
                model.roots().forEach(node -> expandToMatches(node, model.filter()));
            }
            select(tree, selected);
        });
        tree.setCellFactory(view -> new NodeCell(model, actions));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) ->
                model.selectedProperty().set(item == null ? null : item.getValue()));
        // A selection made by the view model (reveal from the fleet view) shows in the tree, scrolled into view.
        model.selectedProperty().addListener((obs, old, node) -> {
            TreeItem<NavigationNode> item = tree.getSelectionModel().getSelectedItem();
            if (node != null && (item == null || item.getValue() != node)) {
                select(tree, node);
                int row = tree.getSelectionModel().getSelectedIndex();
                if (row >= 0) {
                    tree.scrollTo(Math.max(0, row - 3));
                }
            }
        });
        tree.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.F5) {
                model.refreshSelected();
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER && model.selectedProperty().get() != null
                    && model.selectedProperty().get().kind() == NavigationNode.Kind.ERROR) {
                NavigationNode error = model.selectedProperty().get();
                if (model.needsSignIn(error)) {
                    model.signInAgain(error);
                } else {
                    model.retry(error);
                }
                event.consume();
            }
        });
    }

    private static void mirror(javafx.collections.ObservableList<NavigationNode> nodes, TreeItem<NavigationNode> parent,
                               NavigationTreeViewModel model) {
        parent.getChildren().setAll(shown(nodes, model));
        nodes.addListener((ListChangeListener<NavigationNode>) change -> parent.getChildren().setAll(shown(nodes, model)));
    }

    private static java.util.List<TreeItem<NavigationNode>> shown(java.util.List<NavigationNode> nodes, NavigationTreeViewModel model) {
        return nodes.stream().filter(model.filter()::shows).map(n -> item(n, model)).toList();
    }

    private static boolean expandToMatches(NavigationNode node, TreeFilter filter) {
        boolean below = false;
        for (NavigationNode child : node.children()) {
            below |= expandToMatches(child, filter) || filter.matches(child);
        }
        if (below) {
            node.expandedProperty().set(true);
        }
        return below;
    }

    private static void select(TreeView<NavigationNode> tree, NavigationNode node) {
        if (node == null) {
            return;
        }
        for (int i = 0; i < tree.getExpandedItemCount(); i++) {
            TreeItem<NavigationNode> item = tree.getTreeItem(i);
            if (item != null && item.getValue() == node) {
                tree.getSelectionModel().select(i);
                return;
            }
        }
    }

    private static TreeItem<NavigationNode> item(NavigationNode node, NavigationTreeViewModel model) {
        TreeItem<NavigationNode> item = new TreeItem<>(node);
        if (!node.isLeaf()) {
            if (node.loadStateProperty().get() == NavigationNode.LoadState.NOT_LOADED) {
                // A placeholder child makes the expand arrow show before anything is loaded.
                item.getChildren().add(new TreeItem<>(NavigationNode.leaf(NavigationNode.Kind.LOADING, "Loading…", null)));
            } else {
                item.getChildren().setAll(shown(node.children(), model));
            }
            item.expandedProperty().addListener((obs, was, expanded) -> {
                if (expanded) {
                    model.expand(node);
                }
            });
            item.expandedProperty().bindBidirectional(node.expandedProperty());
            node.children().addListener((ListChangeListener<NavigationNode>) change ->
                    item.getChildren().setAll(shown(node.children(), model)));
        }
        return item;
    }

    /**
     * One cell, reused as the tree scrolls: its icon, badge, tooltip and menu are made once and only refilled, so
     * scrolling through a thousand runtimes creates no popups and leaves no listeners behind.
     */
    private static final java.util.Map<NavigationNode.Kind, String> KIND_NAMES = java.util.Map.of(
            NavigationNode.Kind.CONNECTION, "connection", NavigationNode.Kind.SUBSCRIPTION, "subscription",
            NavigationNode.Kind.FACTORY, "data factory", NavigationNode.Kind.RUNTIMES, "integration runtimes",
            NavigationNode.Kind.RUNTIME, "integration runtime", NavigationNode.Kind.NODE, "node",
            NavigationNode.Kind.PIPELINES, "pipelines", NavigationNode.Kind.PIPELINE, "pipeline",
            NavigationNode.Kind.ERROR, "error", NavigationNode.Kind.LOADING, "loading");

    private static final class NodeCell extends TreeCell<NavigationNode> {
        private final NavigationTreeViewModel model;
        private final java.util.function.Function<NavigationNode, java.util.List<MenuItem>> actions;
        // Icon, badge, tooltip and menu are made for the cell's first item: a tree fills its height with empty
        // cells (about 30 in the first frame), and a tooltip and a context menu are each a popup window.
        private FontIcon icon;
        private Label badge;
        private HBox graphic;
        private javafx.scene.control.Tooltip tooltip;
        private ContextMenu menu;
        private final javafx.beans.value.ChangeListener<String> stateListener = (obs, old, state) -> showState(state);
        private NavigationNode shown;

        NodeCell(NavigationTreeViewModel model, java.util.function.Function<NavigationNode, java.util.List<MenuItem>> actions) {
            this.model = model;
            this.actions = actions;
            setContentDisplay(javafx.scene.control.ContentDisplay.LEFT);
        }

        private void makeParts() {
            icon = new FontIcon("mdal-folder");
            icon.getStyleClass().add("tree-icon");
            badge = new Label();
            graphic = new HBox(6, icon, badge);
            tooltip = new javafx.scene.control.Tooltip();
            menu = new ContextMenu();
            // The menu always has Refresh (an empty ContextMenu never opens); the rest is added when it opens and
            // removed when it closes, so menu items bound to actions never outlive the menu.
            MenuItem refresh = new MenuItem("Refresh (F5)");
            refresh.setOnAction(e -> model.refreshSelected());
            menu.getItems().add(refresh);
            menu.setOnShowing(e -> fillMenu(refresh));
            menu.setOnHidden(e -> {
                menu.getItems().forEach(item -> item.disableProperty().unbind());
                menu.getItems().setAll(refresh);
            });
        }

        @Override
        protected void updateItem(NavigationNode node, boolean empty) {
            super.updateItem(node, empty);
            textProperty().unbind();
            accessibleTextProperty().unbind();
            if (shown != null) {
                shown.stateProperty().removeListener(stateListener);
            }
            shown = empty ? null : node;
            getStyleClass().removeAll("tree-error");
            if (shown == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                setContextMenu(null);
                return;
            }
            if (graphic == null) {
                makeParts();
            }
            textProperty().bind(node.labelProperty());
            // A screen reader hears the name, the state badge beside it and what kind of item it is.
            accessibleTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> node.labelProperty().get()
                    + (node.stateProperty().get() == null || node.stateProperty().get().isEmpty() ? "" : ", " + node.stateProperty().get())
                    + ", " + KIND_NAMES.getOrDefault(node.kind(), ""), node.labelProperty(), node.stateProperty()));
            icon.setIconLiteral(ICONS.getOrDefault(node.kind(), "mdal-folder"));
            node.stateProperty().addListener(stateListener);
            showState(node.stateProperty().get());
            setGraphic(graphic);
            String detail = node.detailProperty().get();
            tooltip.setText(detail);
            setTooltip(detail == null ? null : tooltip);
            if (node.kind() == NavigationNode.Kind.ERROR) {
                getStyleClass().add("tree-error");
            }
            setContextMenu(node.kind() == NavigationNode.Kind.LOADING ? null : menu);
        }

        private void showState(String state) {
            boolean has = state != null && !state.isEmpty();
            badge.setText(state);
            badge.setVisible(has);
            badge.setManaged(has);
            badge.getStyleClass().setAll("state-badge", "state-" + String.valueOf(state).toLowerCase());
        }

        private void fillMenu(MenuItem refresh) {
            NavigationNode node = shown;
            if (node == null) {
                return;
            }
            if (node.kind() == NavigationNode.Kind.ERROR) {
                MenuItem retry = new MenuItem("Retry");
                retry.setOnAction(e -> model.retry(node));
                if (model.needsSignIn(node)) {
                    MenuItem signIn = new MenuItem("Sign in again…");
                    signIn.setOnAction(e -> model.signInAgain(node));
                    menu.getItems().setAll(signIn, retry, refresh);
                } else {
                    menu.getItems().setAll(retry, refresh);
                }
                return;
            }
            List<MenuItem> items = new java.util.ArrayList<>(actions.apply(node));
            if (!items.isEmpty()) {
                items.add(new javafx.scene.control.SeparatorMenuItem());
            }
            items.add(refresh);
            menu.getItems().setAll(items);
        }
    }
}
