package dev.adfconsole.ui.common;

import java.util.concurrent.CompletableFuture;

/** How view models ask and tell the user without touching a window; tests pass their own answers. */
public interface DialogService {

    /** Completes with true when the user confirmed. */
    CompletableFuture<Boolean> confirm(Confirmation confirmation);

    /** A failure the user should read, with what to do next. */
    void showError(String title, String message);
}
