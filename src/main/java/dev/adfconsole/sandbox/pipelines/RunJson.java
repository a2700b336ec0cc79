package dev.adfconsole.sandbox.pipelines;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.adfconsole.sandbox.Json;
import java.time.Duration;
import java.time.Instant;

/** Pipeline runs and activity runs as Data Factory writes them (PipelineRun, ActivityRun). */
final class RunJson {

    private RunJson() {
    }

    static ObjectNode run(SandboxRun run, Instant now, java.util.Map<String, PipelineDef.Parameter> types) {
        ObjectNode json = Json.object();
        json.put("runId", run.runId);
        json.put("runGroupId", run.runGroupId);
        json.put("isLatest", run.isLatest);
        json.put("pipelineName", run.pipelineName);
        ObjectNode parameters = json.putObject("parameters");
        run.parameters.forEach((name, value) -> {
            PipelineDef.Parameter type = types.get(name);
            // Data Factory never echoes a SecureString's value.
            parameters.put(name, type != null && type.type().equalsIgnoreCase("SecureString") ? "**********"
                    : value.isTextual() ? value.asText() : value.toString());
        });
        ObjectNode invokedBy = json.putObject("invokedBy");
        invokedBy.put("id", Integer.toHexString(run.runId.hashCode()));
        invokedBy.put("name", run.invokedBy);
        invokedBy.put("invokedByType", run.invokedBy.equals("Manual") ? "Manual" : "ScheduleTrigger");
        json.put("runStart", Json.time(run.start));
        Instant end = run.end(now);
        json.put("runEnd", Json.time(end));
        if (end != null) {
            json.put("durationInMs", Duration.between(run.start, end).toMillis());
        } else {
            json.putNull("durationInMs");
        }
        String status = run.status(now);
        json.put("status", status);
        json.put("message", status.equals("Failed") ? run.failureMessage() : "");
        json.put("lastUpdated", Json.time(run.lastUpdated(now)));
        json.putArray("annotations");
        json.putObject("runDimension");
        return json;
    }

    static ObjectNode activity(SandboxRun run, SandboxRun.ActivityPlan plan, String status, Instant now) {
        ObjectNode json = Json.object();
        json.put("pipelineName", run.pipelineName);
        json.put("pipelineRunId", run.runId);
        json.put("activityName", plan.name());
        json.put("activityType", plan.type());
        json.put("activityRunId", plan.activityRunId());
        json.put("linkedServiceName", "");
        json.put("status", status);
        json.put("activityRunStart", Json.time(plan.start()));
        boolean ended = !status.equals("InProgress");
        Instant end = ended ? (status.equals("Cancelled") ? run.cancelledAt : plan.end()) : null;
        json.put("activityRunEnd", Json.time(end));
        if (end != null) {
            json.put("durationInMs", Duration.between(plan.start(), end).toMillis());
        }
        json.putObject("input").put("source", plan.type().equals("Copy") ? "SqlServerSource" : "").put("sandbox", true);
        ObjectNode output = json.putObject("output");
        if (status.equals("Succeeded") && plan.type().equals("Copy")) {
            output.put("dataRead", 1_048_576L + plan.activityRunId().hashCode() % 10_000).put("rowsCopied", 12_345)
                    .put("copyDuration", Duration.between(plan.start(), plan.end()).toSeconds());
        }
        ObjectNode error = json.putObject("error");
        error.put("errorCode", status.equals("Failed") ? "2200" : "");
        error.put("message", status.equals("Failed") ? plan.error() : "");
        error.put("failureType", status.equals("Failed") ? "UserError" : "");
        error.put("target", plan.name());
        json.putArray("userProperties");
        return json;
    }
}
