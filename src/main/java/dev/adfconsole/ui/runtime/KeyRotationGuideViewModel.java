package dev.adfconsole.ui.runtime;

import dev.adfconsole.model.IntegrationRuntimeAuthKeys;
import dev.adfconsole.ui.common.ClipboardAccess;
import dev.adfconsole.ui.common.UiTimer;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What to do after a key was regenerated, node by node. Azure invalidates the previous key at once
 * (New-AzDataFactoryV2IntegrationRuntimeKey), and a node uses the auth key when it registers: nodes already
 * registered stay registered. Each node gets the self-hosted runtime's documented registration command,
 * {@code dmgcmd.exe -RegisterNewNode "<key>" "<node name>"}, for when it is registered again, shown with the key
 * masked; Copy puts the real command on the clipboard and clears it 30 s later if it still holds it.
 */
public final class KeyRotationGuideViewModel {

    /** A node of the runtime: what the new key means for it, and its registration command with the key masked. */
    public record NodeStep(String node, String machine, String status, String effect, String shownCommand) {
    }

    private final UiTimer timer;
    private final ClipboardAccess clipboard;
    private final BooleanProperty shown = new SimpleBooleanProperty();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty updateKeyCommand = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final ObservableList<NodeStep> steps = FXCollections.observableArrayList();
    /** The new key, kept here only: the steps the view shows (and any toString of them) hold it masked. */
    private String secret;
    private String folder = folder(null);

    public KeyRotationGuideViewModel(UiTimer timer, ClipboardAccess clipboard) {
        this.timer = timer;
        this.clipboard = clipboard;
    }

    /** {@code keyName} was regenerated and is now {@code newKey}; {@code nodes} are the runtime's nodes as last read. */
    public void show(String keyName, String newKey, List<NodeRow> nodes) {
        secret = newKey;
        folder = folder(nodes.stream().map(NodeRow::version).filter(v -> v != null && !v.isBlank()).findFirst().orElse(null));
        String masked = IntegrationRuntimeAuthKeys.mask(newKey);
        title.set(keyName + " was regenerated: what to do on each node");
        summary.set("The previous " + keyName + " no longer works: Azure invalidates it at once, so no node can register"
                + " with it. Nodes already registered are not affected: a node uses the auth key when it registers, and"
                + " stays registered after. Run a node's command, in PowerShell as administrator on its machine, only when"
                + " that node is registered again (a rebuilt machine, a reinstalled runtime); a new node is registered the"
                + " same way with a name of its own. " + (nodes.isEmpty() ? "This runtime has no node yet: register the first"
                + " one with the command below." : ""));
        updateKeyCommand.set(updateKey(masked));
        steps.setAll(nodes.isEmpty() ? List.of(new NodeStep("(new node)", "", "", "Registers a first node with the new key;"
                + " replace the name with the node's own.", register(masked, "NODE-NAME")))
                : nodes.stream().map(n -> new NodeStep(n.name(), n.machine(), n.status(), effect(n.status()), register(masked, n.name())))
                .toList());
        status.set("");
        shown.set(true);
    }

    private static String effect(String status) {
        String s = status == null ? "" : status.toLowerCase(Locale.ROOT);
        return switch (s) {
            case "offline" -> "Stays registered; when its machine is back it reconnects without the key. If the machine was"
                    + " rebuilt, register it again with this command.";
            case "needregistration" -> "Waits for a registration: run this command on its machine.";
            default -> "Stays registered and keeps running: nothing to do now.";
        };
    }

    /** Copies a node's command with the real key; the clipboard is cleared 30 s later if it still holds it. */
    public void copy(NodeStep step) {
        if (secret == null) {
            return;
        }
        copyText(register(secret, step.node().equals("(new node)") ? "NODE-NAME" : step.node()), "The command for " + step.node());
    }

    /** Copies the command that gives a registered node the new key without registering it again. */
    public void copyUpdateKey() {
        if (secret != null) {
            copyText(updateKey(secret), "The -Key command");
        }
    }

    private void copyText(String text, String what) {
        clipboard.putText(text);
        status.set(what + " is copied with the real key; the clipboard is cleared in "
                + AuthKeysViewModel.EXPOSURE.toSeconds() + " s.");
        timer.after(AuthKeysViewModel.EXPOSURE, () -> {
            if (text.equals(clipboard.text())) {
                clipboard.putText("");
            }
        });
    }

    /** Another runtime is shown, or the guide was read: the key goes. */
    public void dismiss() {
        secret = null;
        steps.clear();
        shown.set(false);
        status.set("");
    }

    private String register(String key, String node) {
        return "& \"" + folder + "dmgcmd.exe\" -RegisterNewNode \"" + key + "\" \"" + node + "\"";
    }

    private String updateKey(String key) {
        return "& \"" + folder + "dmgcmd.exe\" -Key \"" + key + "\"";
    }

    /** The installer's folder is named after the major version ("5.0" for 5.46.9012.1). */
    static String folder(String version) {
        String major = version == null || !version.matches("\\d+\\..*") ? "5" : version.substring(0, version.indexOf('.'));
        return "C:\\Program Files\\Microsoft Integration Runtime\\" + major + ".0\\Shared\\";
    }

    public BooleanProperty shownProperty() { return shown; }
    public StringProperty titleProperty() { return title; }
    public StringProperty summaryProperty() { return summary; }
    /** {@code dmgcmd.exe -Key "<new key>"} with the key masked: a registered node keeps the new key. */
    public StringProperty updateKeyCommandProperty() { return updateKeyCommand; }
    public StringProperty statusProperty() { return status; }
    public ObservableList<NodeStep> steps() { return steps; }
}
