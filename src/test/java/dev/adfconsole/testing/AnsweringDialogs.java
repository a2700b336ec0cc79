package dev.adfconsole.testing;

import dev.adfconsole.ui.common.Confirmation;
import dev.adfconsole.ui.common.DialogService;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** Answers confirmations as the test says and keeps what was asked and shown, for view-model tests without a window. */
public final class AnsweringDialogs implements DialogService {

    public final List<Confirmation> asked = new CopyOnWriteArrayList<>();
    public final List<String> errors = new CopyOnWriteArrayList<>();
    private volatile boolean answer;

    public AnsweringDialogs answer(boolean value) {
        answer = value;
        return this;
    }

    @Override
    public CompletableFuture<Boolean> confirm(Confirmation confirmation) {
        asked.add(confirmation);
        return CompletableFuture.completedFuture(answer);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }
}
