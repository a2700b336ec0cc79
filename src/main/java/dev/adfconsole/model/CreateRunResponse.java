package dev.adfconsole.model;

/** Answer of {@code createRun}: the new run's id. */
public record CreateRunResponse(String runId) {
}
