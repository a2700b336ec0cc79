package dev.adfconsole.ui.tree;

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
        tree.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.F5) {
                model.refreshSelected();
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER && model.selectedProperty().get() != null
                    && model.selectedProperty().get().kind() == NavigationNode.Kind.ERROR) {
                model.retry(model.selectedProperty().get());
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

    private static final class NodeCell extends TreeCell<NavigationNode> {
        private final NavigationTreeViewModel model;
        private final java.util.function.Function<NavigationNode, java.util.List<MenuItem>> actions;

        NodeCell(NavigationTreeViewModel model, java.util.function.Function<NavigationNode, java.util.List<MenuItem>> actions) {
            this.model = model;
            this.actions = actions;
        }

        @Override
        protected void updateItem(NavigationNode node, boolean empty) {
            super.updateItem(node, empty);
            textProperty().unbind();
            if (empty || node == null) {
                setText(null);
                setGraphic(null);
                setContextMenu(null);
                return;
            }
            textProperty().bind(node.labelProperty());
            FontIcon icon = new FontIcon(ICONS.getOrDefault(node.kind(), "mdal-folder"));
            icon.getStyleClass().add("tree-icon");
            Label badge = new Label();
            badge.textProperty().bind(node.stateProperty());
            badge.visibleProperty().bind(node.stateProperty().isNotEmpty());
            badge.managedProperty().bind(badge.visibleProperty());
            badge.getStyleClass().setAll("state-badge", "state-" + String.valueOf(node.stateProperty().get()).toLowerCase());
            node.stateProperty().addListener((obs, old, state) ->
                    badge.getStyleClass().setAll("state-badge", "state-" + String.valueOf(state).toLowerCase()));
            Label detail = new Label();
            detail.textProperty().bind(node.detailProperty());
            detail.getStyleClass().add("tree-detail");
            HBox graphic = new HBox(6, icon, badge);
            setGraphic(graphic);
            setContentDisplay(javafx.scene.control.ContentDisplay.LEFT);
            if (node.detailProperty().get() != null) {
                setTooltip(new javafx.scene.control.Tooltip(node.detailProperty().get()));
            }
            getStyleClass().removeAll("tree-error");
            if (node.kind() == NavigationNode.Kind.ERROR) {
                getStyleClass().add("tree-error");
                MenuItem retry = new MenuItem("Retry");
                retry.setOnAction(e -> model.retry(node));
                setContextMenu(new ContextMenu(retry));
            } else {
                MenuItem refresh = new MenuItem("Refresh (F5)");
                refresh.setOnAction(e -> model.refreshSelected());
                ContextMenu menu = new ContextMenu();
                menu.getItems().addAll(actions.apply(node));
                if (!menu.getItems().isEmpty()) {
                    menu.getItems().add(new javafx.scene.control.SeparatorMenuItem());
                }
                menu.getItems().add(refresh);
                setContextMenu(menu);
            }
        }
    }
}
