package dev.adfconsole.ui.node;

import dev.adfconsole.model.SelfHostedIntegrationRuntimeNode;
import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.Failures;
import dev.adfconsole.service.NodeRef;
import dev.adfconsole.ui.common.AsyncAction;
import dev.adfconsole.ui.common.Confirmation;
import dev.adfconsole.ui.common.DialogService;
import dev.adfconsole.ui.common.UiExecutor;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The node pane beside the runtime's node table: the node's facts, its concurrent-jobs limit (checked against the
 * node's maximum before anything is sent), its IP address on demand, and Delete, which needs the node's name typed.
 */
public final class NodeDetailsViewModel {

    /** The node shown, with what reaches it and the runtime's latest version to compare with. */
    public record Target(DataFactoryServices services, NodeRef ref, SelfHostedIntegrationRuntimeNode node, String latestVersion) {
    }

    private final UiExecutor ui;
    private final ObjectProperty<Target> target = new SimpleObjectProperty<>();
    private final StringProperty limitText = new SimpleStringProperty("");
    private final StringProperty ipAddress = new SimpleStringProperty("");
    private final StringBinding limitError;
    private final AsyncAction<SelfHostedIntegrationRuntimeNode> applyLimit;
    private final AsyncAction<Void> delete;

    /** {@code onChanged} reloads the runtime after a change, so the table and the pane show what Azure now says. */
    public NodeDetailsViewModel(UiExecutor ui, DialogService dialogs, Runnable onChanged) {
        this.ui = ui;
        limitError = Bindings.createStringBinding(this::checkLimit, limitText, target);
        var editable = Bindings.createBooleanBinding(() -> target.get() != null && checkLimit() == null
                && !limitText.get().trim().equals(String.valueOf(target.get().node().concurrentJobsLimit())), limitText, target);
        applyLimit = new AsyncAction<>(ui, this::sendLimit, editable, Failures::describe).onSuccess(node -> onChanged.run());
        delete = new AsyncAction<>(ui, () -> confirmDelete(dialogs), target.isNotNull(), Failures::describe)
                .onSuccess(done -> onChanged.run());
    }

    public void show(Target value) {
        target.set(value);
        ipAddress.set("");
        limitText.set(value == null || value.node().concurrentJobsLimit() == null ? ""
                : String.valueOf(value.node().concurrentJobsLimit()));
    }

    private String checkLimit() {
        Target t = target.get();
        if (t == null) {
            return null;
        }
        Integer max = t.node().maxConcurrentJobs();
        String text = limitText.get() == null ? "" : limitText.get().trim();
        String rule = "Concurrent jobs limit: a whole number from 1 to " + (max == null ? "the node's maximum" : max) + ".";
        if (!text.matches("\\d{1,6}")) {
            return rule;
        }
        int limit = Integer.parseInt(text);
        return limit < 1 || (max != null && limit > max) ? rule : null;
    }

    private CompletableFuture<SelfHostedIntegrationRuntimeNode> sendLimit() {
        Target t = target.get();
        return t.services().nodes().updateConcurrentJobsLimit(t.ref(), Integer.parseInt(limitText.get().trim()),
                t.node().maxConcurrentJobs());
    }

    /** "Show IP": one POST, only when asked. */
    public void fetchIpAddress() {
        Target t = target.get();
        if (t == null) {
            return;
        }
        ipAddress.set("Asking the node…");
        t.services().nodes().getIpAddress(t.ref()).whenComplete((ip, failure) -> ui.execute(() -> {
            if (target.get() == t) {
                ipAddress.set(failure != null ? "Cannot get the IP address: " + Failures.describe(failure)
                        : ip.ipAddress() == null ? "—" : ip.ipAddress());
            }
        }));
    }

    private CompletableFuture<Void> confirmDelete(DialogService dialogs) {
        Target t = target.get();
        String name = t.ref().name();
        return dialogs.confirm(new Confirmation("Delete node " + name + "?", "Node " + name + " (" + t.node().machineName()
                        + ") is removed from " + t.ref().runtime().name() + ". Jobs running on it fail; to use the machine "
                        + "again, re-register it with an auth key.", "Delete node", name))
                .thenCompose(yes -> yes ? t.services().nodes().delete(t.ref()) : CompletableFuture.failedFuture(new CancellationException()));
    }

    public ObjectProperty<Target> targetProperty() { return target; }
    public StringProperty limitTextProperty() { return limitText; }
    public StringBinding limitErrorProperty() { return limitError; }
    public StringProperty ipAddressProperty() { return ipAddress; }
    public AsyncAction<SelfHostedIntegrationRuntimeNode> applyLimit() { return applyLimit; }
    public AsyncAction<Void> delete() { return delete; }
}
