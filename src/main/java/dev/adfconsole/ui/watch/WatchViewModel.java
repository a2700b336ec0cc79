package dev.adfconsole.ui.watch;

import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.settings.SettingsService;
import dev.adfconsole.service.settings.WatchedItem;
import dev.adfconsole.service.watch.WatchPoller;
import dev.adfconsole.ui.common.UiExecutor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The watch list and the notification area: what is watched (kept in settings), the notifications raised while the
 * app runs (newest first, with an unread count), and what opening one does. The poller gets the watched items whose
 * connection is in the tree; with none, it pauses.
 */
public final class WatchViewModel {

    /** One notification: when, what, about which item, and for a failed run its id (opening it selects the run). */
    public record Notice(Instant at, String title, String text, WatchedItem item, String runId) {
        public boolean isRun() {
            return runId != null;
        }
    }

    static final int HISTORY = 200;

    private final UiExecutor ui;
    private final SettingsService settings;
    private final WatchPoller poller;
    private final ObservableList<WatchedItem> watched = FXCollections.observableArrayList();
    private final ObservableList<Notice> notices = FXCollections.observableArrayList();
    private final IntegerProperty unread = new SimpleIntegerProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private Function<WatchedItem, Optional<DataFactoryServices>> services = item -> Optional.empty();
    private Consumer<Notice> opener = notice -> { };
    private Consumer<Notice> shown = notice -> { };

    /** {@code poller}'s events must reach {@link #raise} (the composition root connects the two). */
    public WatchViewModel(UiExecutor ui, SettingsService settings, WatchPoller poller) {
        this.ui = ui;
        this.settings = settings;
        this.poller = poller;
        watched.setAll(settings.current().watchList());
    }

    /** Which services read an item (empty while its connection is not in the tree); call {@link #resync} on changes. */
    public void setServices(Function<WatchedItem, Optional<DataFactoryServices>> value) {
        this.services = value;
        resync();
    }

    /** What opening a notification does: the runtime in the tree, or the run in its factory's monitor. */
    public void setOpener(Consumer<Notice> value) {
        this.opener = value;
    }

    /** Told of each new notification on the UI thread (the popup and the desktop's notification). */
    public void setShown(Consumer<Notice> value) {
        this.shown = value;
    }

    public boolean isWatched(WatchedItem item) {
        return watched.stream().anyMatch(w -> w.key().equals(item.key()));
    }

    /** Right-click › Watch / Stop watching. */
    public void toggle(WatchedItem item) {
        if (!watched.removeIf(w -> w.key().equals(item.key()))) {
            watched.add(item);
        }
        List<WatchedItem> copy = List.copyOf(watched);
        settings.update(s -> s.withWatchList(copy));
        resync();
    }

    /** Hands the poller every watched item whose connection is there now. */
    public void resync() {
        List<WatchPoller.Target> targets = watched.stream()
                .flatMap(item -> services.apply(item).map(s -> new WatchPoller.Target(item, s)).stream()).toList();
        poller.watch(targets);
        long waiting = watched.size() - targets.size();
        status.set(poller.describe() + (waiting == 0 ? "" : " " + waiting + " waiting for their connection."));
    }

    /** A poller event, from any thread: a notification in the history, and shown. */
    public void raise(WatchPoller.Event event) {
        Notice notice = event instanceof WatchPoller.RuntimeDown down
                ? new Notice(down.at(), down.item().runtimeName() + " is " + down.state(),
                        down.item().factoryName() + ": was " + down.previous() + ", now " + down.state() + ".", down.item(), null)
                : runFailed((WatchPoller.RunFailed) event);
        ui.execute(() -> {
            notices.add(0, notice);
            if (notices.size() > HISTORY) {
                notices.remove(HISTORY, notices.size());
            }
            unread.set(unread.get() + 1);
            shown.accept(notice);
        });
    }

    private static Notice runFailed(WatchPoller.RunFailed failed) {
        return new Notice(failed.at(), failed.pipelineName() + " failed", failed.item().factoryName() + ": run "
                + failed.runId() + (failed.message() == null || failed.message().isBlank() ? "" : " · " + failed.message()),
                failed.item(), failed.runId());
    }

    /** Clicking a notification (popup, desktop or history). */
    public void open(Notice notice) {
        opener.accept(notice);
    }

    /** The notification area was looked at. */
    public void markRead() {
        unread.set(0);
    }

    public ObservableList<WatchedItem> watched() { return watched; }
    public ObservableList<Notice> notices() { return notices; }
    public IntegerProperty unreadProperty() { return unread; }
    public StringProperty statusProperty() { return status; }
    public boolean paused() { return poller.paused(); }
}
