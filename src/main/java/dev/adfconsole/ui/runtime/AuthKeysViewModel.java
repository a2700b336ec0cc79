package dev.adfconsole.ui.runtime;

import dev.adfconsole.model.IntegrationRuntimeAuthKeys;
import dev.adfconsole.service.Failures;
import dev.adfconsole.service.RuntimeRef;
import dev.adfconsole.ui.common.AsyncAction;
import dev.adfconsole.ui.common.ClipboardAccess;
import dev.adfconsole.ui.common.Confirmation;
import dev.adfconsole.ui.common.DialogService;
import dev.adfconsole.ui.common.UiExecutor;
import dev.adfconsole.ui.common.UiTimer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Keys tab of a self-hosted runtime: both auth keys masked to their last 4 characters. Reveal shows one for 30 s
 * (or until the pane loses focus); Copy puts it on the clipboard and clears the clipboard 30 s later if it still holds
 * that key; Regenerate asks for the runtime's name, since nodes registered with the old key must be re-registered.
 */
public final class AuthKeysViewModel {

    static final Duration EXPOSURE = Duration.ofSeconds(30);

    /** One of the two keys. */
    public final class Key {
        private final String wireName;
        private final StringProperty shown = new SimpleStringProperty("");
        private final BooleanProperty revealed = new SimpleBooleanProperty();
        private final AsyncAction<IntegrationRuntimeAuthKeys> regenerate;
        private String secret;
        private Runnable remask = () -> { };

        private Key(String wireName) {
            this.wireName = wireName;
            regenerate = new AsyncAction<>(ui, this::confirmRegenerate, loaded, Failures::describe).onSuccess(found -> {
                // Azure answers with the regenerated key only: the other one stays as it was.
                if (found.authKey1() != null) {
                    key1.set(found.authKey1());
                }
                if (found.authKey2() != null) {
                    key2.set(found.authKey2());
                }
                status.set(null);
                guide.show(wireName, wireName.equals("authKey1") ? found.authKey1() : found.authKey2(), nodes.get());
            });
        }

        public String name() { return wireName; }
        public StringProperty shownProperty() { return shown; }
        public BooleanProperty revealedProperty() { return revealed; }
        public AsyncAction<IntegrationRuntimeAuthKeys> regenerate() { return regenerate; }

        public void reveal() {
            if (secret == null) {
                return;
            }
            remask.run();
            shown.set(secret);
            revealed.set(true);
            remask = timer.after(EXPOSURE, this::mask);
        }

        public void mask() {
            remask.run();
            shown.set(secret == null ? "" : IntegrationRuntimeAuthKeys.mask(secret));
            revealed.set(false);
        }

        public void copy() {
            if (secret == null) {
                return;
            }
            String copied = secret;
            clipboard.putText(copied);
            status.set(wireName + " copied; the clipboard is cleared in " + EXPOSURE.toSeconds() + " s.");
            timer.after(EXPOSURE, () -> {
                if (copied.equals(clipboard.text())) {
                    clipboard.putText("");
                }
            });
        }

        private void set(String value) {
            secret = value;
            mask();
        }

        private CompletableFuture<IntegrationRuntimeAuthKeys> confirmRegenerate() {
            RuntimeRef ref = runtime.get();
            return dialogs.confirm(new Confirmation("Regenerate " + wireName + " of " + ref.name() + "?",
                    "The current " + wireName + " stops working at once. Nodes keep running, but any node you register "
                            + "or re-register later needs the new key.", "Regenerate " + wireName, ref.name()))
                    .thenCompose(yes -> yes ? keys.regenerate(ref, wireName)
                            : CompletableFuture.failedFuture(new java.util.concurrent.CancellationException()));
        }
    }

    /** The two calls this tab makes; the runtime service in the app. */
    public interface KeyCalls {
        CompletableFuture<IntegrationRuntimeAuthKeys> list(RuntimeRef runtime);

        CompletableFuture<IntegrationRuntimeAuthKeys> regenerate(RuntimeRef runtime, String keyName);
    }

    private final UiExecutor ui;
    private final DialogService dialogs;
    private final UiTimer timer;
    private final ClipboardAccess clipboard;
    private final KeyCalls keys;
    private final Supplier<RuntimeRef> runtime;
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty();
    private final Key key1;
    private final Key key2;
    private final Supplier<List<NodeRow>> nodes;
    private final KeyRotationGuideViewModel guide;

    public AuthKeysViewModel(UiExecutor ui, DialogService dialogs, UiTimer timer, ClipboardAccess clipboard, KeyCalls keys,
                             Supplier<RuntimeRef> runtime) {
        this(ui, dialogs, timer, clipboard, keys, runtime, List::of);
    }

    /** {@code nodes}: the runtime's nodes as last read, for the guidance shown after a key is regenerated. */
    public AuthKeysViewModel(UiExecutor ui, DialogService dialogs, UiTimer timer, ClipboardAccess clipboard, KeyCalls keys,
                             Supplier<RuntimeRef> runtime, Supplier<List<NodeRow>> nodes) {
        this.nodes = nodes;
        this.guide = new KeyRotationGuideViewModel(timer, clipboard);
        this.ui = ui;
        this.dialogs = dialogs;
        this.timer = timer;
        this.clipboard = clipboard;
        this.keys = keys;
        this.runtime = runtime;
        key1 = new Key("authKey1");
        key2 = new Key("authKey2");
    }

    /** Fetches the keys (a POST Azure records); called when the Keys tab is opened, not before. */
    public void load() {
        clear();
        status.set("Loading keys…");
        RuntimeRef ref = runtime.get();
        keys.list(ref).whenComplete((found, failure) -> ui.execute(() -> {
            if (!ref.equals(runtime.get())) {
                return;
            }
            if (failure != null) {
                status.set("Cannot list the keys: " + Failures.describe(failure));
            } else {
                apply(found);
            }
        }));
    }

    private void apply(IntegrationRuntimeAuthKeys found) {
        key1.set(found.authKey1());
        key2.set(found.authKey2());
        loaded.set(true);
        status.set(null);
    }

    /** Another runtime is shown, or the app hides the keys: forget them. */
    public void clear() {
        guide.dismiss();
        key1.set(null);
        key2.set(null);
        loaded.set(false);
        status.set(null);
    }

    /** The pane lost focus: nothing stays revealed. */
    public void maskAll() {
        key1.mask();
        key2.mask();
    }

    public List<Key> keys() { return List.of(key1, key2); }
    /** What to do on each node after a key was regenerated. */
    public KeyRotationGuideViewModel guide() { return guide; }
    public BooleanProperty loadedProperty() { return loaded; }
    public StringProperty statusProperty() { return status; }
}
