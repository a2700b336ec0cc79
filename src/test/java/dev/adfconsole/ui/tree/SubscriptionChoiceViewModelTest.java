package dev.adfconsole.ui.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adfconsole.sandbox.SandboxOptions;
import dev.adfconsole.sandbox.fleet.FleetSpec;
import dev.adfconsole.testing.SandboxFixture;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** "Choose subscriptions…": every subscription with a check box, hidden ones included; Apply changes the tree. */
class SubscriptionChoiceViewModelTest {

    private SandboxFixture fx;
    private final ConcurrentLinkedQueue<Runnable> ui = new ConcurrentLinkedQueue<>();

    @AfterEach
    void stop() {
        fx.close();
    }

    private void runUi(java.util.function.BooleanSupplier until) throws InterruptedException {
        for (int i = 0; i < 300 && !until.getAsBoolean(); i++) {
            for (Runnable task = ui.poll(); task != null; task = ui.poll()) {
                task.run();
            }
            Thread.sleep(10);
        }
        assertThat(until.getAsBoolean()).isTrue();
    }

    @Test
    void uncheckedSubscriptionsLeaveTheTreeAndComeBackWhenCheckedAgain() throws Exception {
        fx = SandboxFixture.start(SandboxOptions.defaults().withFleet(new FleetSpec(3, 1, 1, 1)));
        NavigationTreeViewModel tree = new NavigationTreeViewModel(ui::add);
        NavigationNode connection = tree.addConnection("Sandbox", fx.services);
        tree.expand(connection);
        runUi(() -> connection.loadStateProperty().get() == NavigationNode.LoadState.LOADED);
        assertThat(connection.children()).hasSize(3);

        SubscriptionChoiceViewModel choice = new SubscriptionChoiceViewModel(ui::add, tree, connection);
        choice.load();
        runUi(() -> choice.loadedProperty().get());
        assertThat(choice.choices()).hasSize(3).allMatch(c -> c.shownProperty().get());
        assertThat(choice.statusProperty().get()).isEqualTo("3 subscriptions.");

        choice.filterProperty().set("dev");
        assertThat(choice.shownChoices()).singleElement().satisfies(c -> assertThat(c.label()).startsWith("Data Platform Dev"));
        choice.setAllShown(false);
        choice.filterProperty().set("");
        String dev = choice.choices().stream().filter(c -> !c.shownProperty().get()).findFirst().orElseThrow().subscriptionId();
        choice.apply();
        runUi(() -> connection.loadStateProperty().get() == NavigationNode.LoadState.LOADED);

        assertThat(tree.hiddenSubscriptions()).containsExactly(dev);
        assertThat(connection.children()).hasSize(2).noneMatch(n -> n.detailProperty().get().startsWith(dev));

        SubscriptionChoiceViewModel again = new SubscriptionChoiceViewModel(ui::add, tree, connection);
        again.load();
        runUi(() -> again.loadedProperty().get());
        assertThat(again.choices()).hasSize(3).filteredOn(c -> !c.shownProperty().get()).singleElement()
                .satisfies(c -> assertThat(c.subscriptionId()).isEqualTo(dev));
        again.setAllShown(true);
        again.apply();
        runUi(() -> connection.loadStateProperty().get() == NavigationNode.LoadState.LOADED && connection.children().size() == 3);
        assertThat(tree.hiddenSubscriptions()).isEmpty();
    }
}
