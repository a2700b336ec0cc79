package dev.adfconsole.ui.common;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * A button's worth of asynchronous work (Start, Stop, Upgrade, Regenerate key…): it is idle, running or done, can be
 * cancelled while running, and ends in a result or a sentence for the user. Buttons bind {@link #disabledProperty()}
 * so the same action cannot be fired twice while the first is still under way.
 *
 * @param <T> what the work yields
 */
public final class AsyncAction<T> {

    /** Where the action is in its life. */
    public enum State { IDLE, RUNNING, SUCCEEDED, FAILED, CANCELLED }

    private final UiExecutor ui;
    private final Supplier<CompletableFuture<T>> work;
    private final Function<Throwable, String> describeFailure;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<T> result = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding disabled;
    private Consumer<T> onSuccess = value -> { };
    private CompletableFuture<T> current;

    /**
     * @param enabledWhen extra condition (e.g. "a runtime is selected and it is Stopped")
     * @param describeFailure turns a failure into the sentence the user reads
     */
    public AsyncAction(UiExecutor ui, Supplier<CompletableFuture<T>> work, ObservableBooleanValue enabledWhen,
                       Function<Throwable, String> describeFailure) {
        this.ui = ui;
        this.work = work;
        this.describeFailure = describeFailure;
        this.disabled = Bindings.createBooleanBinding(() -> running.get() || !enabledWhen.get(), running, enabledWhen);
    }

    public AsyncAction<T> onSuccess(Consumer<T> handler) {
        this.onSuccess = handler;
        return this;
    }

    /** Starts the work unless it is disabled; returns the future so callers can chain, or null when not started. */
    public CompletableFuture<T> execute() {
        if (disabled.get()) {
            return null;
        }
        running.set(true);
        state.set(State.RUNNING);
        error.set(null);
        CompletableFuture<T> future;
        try {
            future = work.get();
        } catch (RuntimeException e) {
            // Validation before any request: report it like any other failure, keep the user's input.
            future = CompletableFuture.failedFuture(e);
        }
        current = future;
        CompletableFuture<T> started = future;
        future.whenComplete((value, failure) -> ui.execute(() -> finish(started, value, failure)));
        return future;
    }

    /** Cancels the running work; the service cancels its HTTP call. */
    public void cancel() {
        if (current != null && !current.isDone()) {
            current.cancel(true);
        }
    }

    private void finish(CompletableFuture<T> future, T value, Throwable failure) {
        if (future != current) {
            return;
        }
        running.set(false);
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause == null) {
            result.set(value);
            // Its effects first (keys shown, guide filled), so whoever sees SUCCEEDED sees them too.
            onSuccess.accept(value);
            state.set(State.SUCCEEDED);
        } else if (cause instanceof CancellationException) {
            state.set(State.CANCELLED);
        } else {
            error.set(describeFailure.apply(cause));
            state.set(State.FAILED);
        }
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public BooleanBinding disabledProperty() {
        return disabled;
    }

    /** The user's sentence for the last failure; null after a success. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<T> resultProperty() {
        return result.getReadOnlyProperty();
    }
}
