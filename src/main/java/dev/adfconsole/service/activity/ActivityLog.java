package dev.adfconsole.service.activity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The session's record of user actions. Services append from any thread; listeners (the activity-log panel's view
 * model) are told on the appending thread and hop to the UI thread themselves. Only the newest entries are kept so
 * that a long session does not grow without bound.
 */
public final class ActivityLog {

    private final int capacity;
    private final Deque<ActivityEntry> entries = new ArrayDeque<>();
    private final List<Consumer<ActivityEntry>> listeners = new CopyOnWriteArrayList<>();

    public ActivityLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    public void record(ActivityEntry entry) {
        synchronized (entries) {
            entries.addLast(entry);
            while (entries.size() > capacity) {
                entries.removeFirst();
            }
        }
        listeners.forEach(listener -> listener.accept(entry));
    }

    /** Oldest first. */
    public List<ActivityEntry> entries() {
        synchronized (entries) {
            return List.copyOf(new ArrayList<>(entries));
        }
    }

    public int capacity() {
        return capacity;
    }

    public void addListener(Consumer<ActivityEntry> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<ActivityEntry> listener) {
        listeners.remove(listener);
    }
}
