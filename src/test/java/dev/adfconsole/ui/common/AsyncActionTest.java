package dev.adfconsole.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

class AsyncActionTest {

    private final List<CompletableFuture<String>> calls = new ArrayList<>();
    private final SimpleBooleanProperty selected = new SimpleBooleanProperty(true);
    private final AsyncAction<String> action = new AsyncAction<>(UiExecutor.direct(), this::call, selected,
            failure -> "Could not start: " + failure.getMessage());

    private CompletableFuture<String> call() {
        CompletableFuture<String> future = new CompletableFuture<>();
        calls.add(future);
        return future;
    }

    @Test
    void runsOnceAtATimeAndReportsTheResult() {
        List<String> delivered = new ArrayList<>();
        action.onSuccess(delivered::add);

        action.execute();
        assertThat(action.disabledProperty().get()).as("button disabled while running").isTrue();
        assertThat(action.execute()).as("a second click does nothing").isNull();
        assertThat(calls).hasSize(1);

        calls.get(0).complete("Started");
        assertThat(action.stateProperty().get()).isEqualTo(AsyncAction.State.SUCCEEDED);
        assertThat(action.resultProperty().get()).isEqualTo("Started");
        assertThat(delivered).containsExactly("Started");
        assertThat(action.disabledProperty().get()).isFalse();
    }

    @Test
    void failureBecomesTheUsersSentence() {
        action.execute();
        calls.get(0).completeExceptionally(new IllegalStateException("the runtime is already starting"));

        assertThat(action.stateProperty().get()).isEqualTo(AsyncAction.State.FAILED);
        assertThat(action.errorProperty().get()).isEqualTo("Could not start: the runtime is already starting");
    }

    @Test
    void cancelStopsTheWorkAndIsNotAnError() {
        action.execute();
        action.cancel();

        assertThat(calls.get(0)).isCancelled();
        assertThat(action.stateProperty().get()).isEqualTo(AsyncAction.State.CANCELLED);
        assertThat(action.errorProperty().get()).isNull();
    }

    @Test
    void disabledWhenItsConditionDoesNotHold() {
        selected.set(false);

        assertThat(action.disabledProperty().get()).isTrue();
        assertThat(action.execute()).isNull();
        assertThat(calls).isEmpty();
    }

    @Test
    void validationThrownBeforeAnyRequestIsReportedLikeAFailure() {
        AsyncAction<String> validating = new AsyncAction<>(UiExecutor.direct(), () -> {
            throw new IllegalArgumentException("Node name must not be empty");
        }, selected, Throwable::getMessage);

        validating.execute();

        assertThat(validating.stateProperty().get()).isEqualTo(AsyncAction.State.FAILED);
        assertThat(validating.errorProperty().get()).isEqualTo("Node name must not be empty");
    }
}
