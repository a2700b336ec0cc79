package dev.adfconsole.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;

/** A pipeline run ({@code PipelineRun}); every field of the spec, and the parameters as Data Factory echoes them. */
public record PipelineRun(String runId, String runGroupId, Boolean isLatest, String pipelineName,
                          Map<String, String> parameters, Map<String, String> runDimensions, InvokedBy invokedBy,
                          Instant lastUpdated, Instant runStart, Instant runEnd, Long durationInMs,
                          WireValue<PipelineRunStatus> status, String message, @JsonIgnore JsonNode raw)
        implements RawJson<PipelineRun> {

    /** {@code PipelineRunInvokedBy}: who started it (manual, a trigger, a parent pipeline). */
    public record InvokedBy(String name, String id, String invokedByType, String pipelineName, String pipelineRunId) {
    }

    @Override
    public PipelineRun withRaw(JsonNode json) {
        return new PipelineRun(runId, runGroupId, isLatest, pipelineName, parameters, runDimensions, invokedBy,
                lastUpdated, runStart, runEnd, durationInMs, status, message, json);
    }
}
