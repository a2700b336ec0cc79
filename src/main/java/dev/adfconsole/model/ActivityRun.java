package dev.adfconsole.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** An activity run ({@code ActivityRun}); input, output and error stay JSON, shown on demand. */
public record ActivityRun(String pipelineName, String pipelineRunId, String activityName, String activityType,
                          String activityRunId, String linkedServiceName, String status, Instant activityRunStart,
                          Instant activityRunEnd, Long durationInMs, JsonNode input, JsonNode output, JsonNode error,
                          @JsonIgnore JsonNode raw) implements RawJson<ActivityRun> {

    /** The error's message, the line operators look for first. */
    public String errorMessage() {
        return error == null || error.path("message").asText("").isEmpty() ? null : error.path("message").asText();
    }

    @Override
    public ActivityRun withRaw(JsonNode json) {
        return new ActivityRun(pipelineName, pipelineRunId, activityName, activityType, activityRunId,
                linkedServiceName, status, activityRunStart, activityRunEnd, durationInMs, input, output, error, json);
    }
}
