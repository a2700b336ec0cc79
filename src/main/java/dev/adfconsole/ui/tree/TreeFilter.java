package dev.adfconsole.ui.tree;

import java.util.EnumSet;
import dev.adfconsole.ui.common.TextSearch;
import java.util.Set;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The filter box over the tree: narrows what is loaded to factories, runtimes, nodes and pipelines whose name or
 * state contains the text, with the levels above them (to see where they are) and below them (to act on them).
 */
public final class TreeFilter {

    private static final Set<NavigationNode.Kind> NAMED = EnumSet.of(NavigationNode.Kind.FACTORY,
            NavigationNode.Kind.RUNTIME, NavigationNode.Kind.NODE, NavigationNode.Kind.PIPELINE);

    private final StringProperty text = new SimpleStringProperty("");

    public StringProperty textProperty() {
        return text;
    }

    public boolean isActive() {
        return !needle().isEmpty();
    }

    /** Whether {@code node} stays in the tree under the current filter. */
    public boolean shows(NavigationNode node) {
        if (!isActive()) {
            return true;
        }
        for (NavigationNode n = node; n != null; n = n.parent()) {
            if (matches(n)) {
                return true;
            }
        }
        return hasMatchBelow(node);
    }

    /** A node the filter found itself (not just kept for context). */
    public boolean matches(NavigationNode node) {
        String needle = needle();
        return !needle.isEmpty() && NAMED.contains(node.kind()) && (TextSearch.contains(node.labelProperty().get(), needle)
                || TextSearch.contains(node.stateProperty().get(), needle));
    }

    private boolean hasMatchBelow(NavigationNode node) {
        for (NavigationNode child : node.children()) {
            if (matches(child) || hasMatchBelow(child)) {
                return true;
            }
        }
        return false;
    }

    private String needle() {
        return TextSearch.needle(text.get());
    }
}
