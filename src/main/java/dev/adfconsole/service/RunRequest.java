package dev.adfconsole.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A pipeline run to create, with Data Factory's recovery options.
 *
 * @param parameters only the parameters to send; those left out take their default (or, with a reference run, that
 *                   run's value)
 * @param referencePipelineRunId rerun of this run (its parameters are reused unless given)
 * @param isRecovery the new run joins the reference run's group
 * @param startActivityName start at this activity; wins over {@code startFromFailure} in Data Factory, so the two
 *                          are refused together here
 * @param startFromFailure rerun only the failed activities and what depends on them
 */
public record RunRequest(String pipelineName, Map<String, JsonNode> parameters, String referencePipelineRunId,
                         boolean isRecovery, String startActivityName, boolean startFromFailure) {

    public RunRequest {
        parameters = Map.copyOf(parameters);
        ResourceNames.pipeline(pipelineName);
        if (referencePipelineRunId != null && !referencePipelineRunId.isBlank()) {
            ResourceNames.runId("Reference run id", referencePipelineRunId);
        } else {
            referencePipelineRunId = null;
            if (isRecovery || startFromFailure || startActivityName != null) {
                throw new InvalidInputException("Reference run", "Recovery mode, start from failure and start activity "
                        + "need a reference run: pick the run to rerun first.");
            }
        }
        if (startActivityName != null && startActivityName.isBlank()) {
            startActivityName = null;
        }
        if (startActivityName != null) {
            ResourceNames.activity(startActivityName);
            if (startFromFailure) {
                throw new InvalidInputException("Start from", "Choose either a start activity or start from failure, not both.");
            }
        }
    }

    public static RunRequest simple(String pipelineName, Map<String, JsonNode> parameters) {
        return new RunRequest(pipelineName, parameters, null, false, null, false);
    }
}
