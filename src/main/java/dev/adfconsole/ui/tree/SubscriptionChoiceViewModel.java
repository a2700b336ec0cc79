package dev.adfconsole.ui.tree;

import dev.adfconsole.service.Failures;
import dev.adfconsole.ui.common.UiExecutor;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * "Choose subscriptions…" on a connection: every subscription it reaches, in every tenant, hidden ones included,
 * each with a check box; Apply keeps the unchecked ones out of the tree (and the fleet) from then on, in settings.
 */
public final class SubscriptionChoiceViewModel {

    /** One subscription: checked when shown. */
    public static final class Choice {
        private final String subscriptionId;
        private final String label;
        private final BooleanProperty shown = new SimpleBooleanProperty();

        Choice(String subscriptionId, String label, boolean shown) {
            this.subscriptionId = subscriptionId;
            this.label = label;
            this.shown.set(shown);
        }

        public String subscriptionId() { return subscriptionId; }
        public String label() { return label; }
        public BooleanProperty shownProperty() { return shown; }

        @Override
        public String toString() {
            return label;
        }
    }

    private final UiExecutor ui;
    private final NavigationTreeViewModel tree;
    private final NavigationNode connection;
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final FilteredList<Choice> shownChoices = new FilteredList<>(choices);
    private final StringProperty filter = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("Reading the subscriptions…");
    private final BooleanProperty loaded = new SimpleBooleanProperty();

    public SubscriptionChoiceViewModel(UiExecutor ui, NavigationTreeViewModel tree, NavigationNode connection) {
        this.ui = ui;
        this.tree = tree;
        this.connection = connection;
        filter.addListener((obs, old, text) -> shownChoices.setPredicate(
                dev.adfconsole.ui.common.TextSearch.matching(text, c -> List.of(c.label(), c.subscriptionId()))));
    }

    /** Lists every subscription of the connection, whatever is hidden now. */
    public void load() {
        TenantSubscriptions.load(connection.value(NavigationTreeViewModel.Connection.class), Failures::describe)
                .whenComplete((items, failure) -> ui.execute(() -> {
                    if (failure != null) {
                        status.set("The subscriptions could not be read: " + Failures.describe(failure));
                        return;
                    }
                    items.forEach(item -> {
                        if (item.subscription() != null) {
                            var s = item.subscription();
                            choices.add(new Choice(s.subscriptionId(), s.displayName()
                                    + (item.tenantName() == null ? "" : " · " + item.tenantName()) + "   " + s.subscriptionId(),
                                    !tree.hiddenSubscriptions().contains(s.subscriptionId())));
                        }
                    });
                    long unreachable = items.stream().filter(i -> i.subscription() == null).count();
                    status.set(choices.size() + " subscriptions" + (unreachable == 0 ? "."
                            : "; " + unreachable + " tenant(s) could not be read (see the tree)."));
                    loaded.set(true);
                }));
    }

    /** Checks or unchecks every subscription the filter shows. */
    public void setAllShown(boolean value) {
        shownChoices.forEach(c -> c.shownProperty().set(value));
    }

    /** Keeps the unchecked subscriptions out of the tree and reloads the connection. */
    public void apply() {
        choices.forEach(c -> {
            if (c.shownProperty().get()) {
                tree.hiddenSubscriptions().remove(c.subscriptionId());
            } else {
                tree.hiddenSubscriptions().add(c.subscriptionId());
            }
        });
        tree.reload(connection);
    }

    public ObservableList<Choice> choices() { return choices; }
    public FilteredList<Choice> shownChoices() { return shownChoices; }
    public StringProperty filterProperty() { return filter; }
    public StringProperty statusProperty() { return status; }
    public BooleanProperty loadedProperty() { return loaded; }
}
