package dev.adfconsole.service;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Futures of lists, run side by side: one list of all their items, in the order the futures were given. */
public final class Futures {

    private Futures() {
    }

    /** Completes when all have; fails as soon as one does. */
    public static <T> CompletableFuture<List<T>> concat(List<CompletableFuture<List<T>>> futures) {
        return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).thenApply(done -> {
            List<T> all = new ArrayList<>();
            futures.forEach(f -> all.addAll(f.join()));
            return all;
        });
    }
}
