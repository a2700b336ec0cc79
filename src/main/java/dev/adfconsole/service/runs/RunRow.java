package dev.adfconsole.service.runs;

import dev.adfconsole.model.PipelineRun;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One line of {@code runs list}: a run with its factory, or a failure ({@code error}) of the subscription or factory
 * it concerns. Any field may be null when unknown.
 */
public record RunRow(String subscriptionId, String resourceGroupName, String factoryName, String pipelineName,
                     String runId, String runGroupId, Boolean isLatest, String status, Instant runStart, Instant runEnd,
                     Long durationInMs, String invokedByType, String invokedBy, String message, String error) {

    /** The JSON keys and CSV header, in order. Scripts depend on them: never rename one, add new ones at the end. */
    public static final List<String> COLUMNS = List.of("subscriptionId", "resourceGroupName", "factoryName",
            "pipelineName", "runId", "runGroupId", "isLatest", "status", "runStart", "runEnd", "durationInMs",
            "invokedByType", "invokedBy", "message", "error");

    public static RunRow of(FactoryRun factoryRun) {
        PipelineRun run = factoryRun.run();
        PipelineRun.InvokedBy by = run.invokedBy();
        return new RunRow(factoryRun.factory().subscriptionId(), factoryRun.factory().resourceGroupName(),
                factoryRun.factory().factoryName(), run.pipelineName(), run.runId(), run.runGroupId(), run.isLatest(),
                run.status() == null ? null : run.status().raw(), run.runStart(), run.runEnd(), run.durationInMs(),
                by == null ? null : by.invokedByType(), by == null ? null : by.name(), blankToNull(run.message()), null);
    }

    public static RunRow of(ScopeFailure failure) {
        return new RunRow(failure.subscriptionId(), failure.factory() == null ? null : failure.factory().resourceGroupName(),
                failure.factory() == null ? null : failure.factory().factoryName(), null, null, null, null, null, null,
                null, null, null, null, null, failure.message());
    }

    public List<Object> values() {
        return Arrays.asList(subscriptionId, resourceGroupName, factoryName, pipelineName, runId, runGroupId, isLatest,
                status, runStart, runEnd, durationInMs, invokedByType, invokedBy, message, error);
    }

    public boolean failed() {
        return error != null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
