package dev.adfconsole.service;

import dev.adfconsole.arm.ArmException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** The sentence a user reads for any failure of a service call. */
public final class Failures {

    private Failures() {
    }

    public static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    public static String describe(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof ArmException arm) {
            return arm.userMessage();
        }
        if (cause instanceof CancellationException) {
            return "Cancelled.";
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
