package dev.adfconsole.service;

import java.util.List;

/**
 * One page of a run query as the monitor shows it: the runs and Data Factory's {@code continuationToken} for the next
 * page, kept so the next page is asked for only when the user scrolls to the end.
 */
public record RunsPage<T>(List<T> items, String continuationToken) {

    public boolean hasMore() {
        return continuationToken != null && !continuationToken.isBlank();
    }
}
