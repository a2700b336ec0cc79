package dev.adfconsole.sandbox.pipelines;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A pipeline run. Its course is planned when it is created (which activity runs when, and how it ends), so its
 * state at any moment follows from the clock: Queued, InProgress activity by activity, then Succeeded or Failed.
 */
final class SandboxRun {

    static final Duration QUEUED = Duration.ofMillis(200);

    /** One activity's planned run; {@code outcome} is Succeeded, Failed or Skipped. */
    record ActivityPlan(String activityRunId, String name, String type, Instant start, Instant end, String outcome, String error) {
    }

    final String runId;
    String runGroupId;
    final String pipelineName;
    final Map<String, JsonNode> parameters;
    final Instant start;
    final List<ActivityPlan> activities;
    final String invokedBy;
    boolean isLatest = true;
    Instant cancelledAt;
    /** When the run may start: later than {@code start} while its pipeline's concurrency is used up (it is Queued). */
    Instant slotFrom;

    SandboxRun(String runId, String runGroupId, String pipelineName, Map<String, JsonNode> parameters, Instant start,
               List<ActivityPlan> activities, String invokedBy) {
        this.runId = runId;
        this.runGroupId = runGroupId;
        this.pipelineName = pipelineName;
        this.parameters = parameters;
        this.start = start;
        this.activities = activities;
        this.invokedBy = invokedBy;
        this.slotFrom = start;
    }

    Instant plannedEnd() {
        return activities.stream().map(ActivityPlan::end).max(Instant::compareTo).orElse(slotFrom.plus(QUEUED));
    }

    String status(Instant now) {
        if (cancelledAt != null) {
            return now.isBefore(cancelledAt.plusMillis(300)) ? "Canceling" : "Cancelled";
        }
        if (now.isBefore(slotFrom.plus(QUEUED))) {
            return "Queued";
        }
        if (now.isBefore(plannedEnd())) {
            return "InProgress";
        }
        return activities.stream().anyMatch(a -> a.outcome().equals("Failed")) ? "Failed" : "Succeeded";
    }

    boolean finished(Instant now) {
        String status = status(now);
        return status.equals("Succeeded") || status.equals("Failed") || status.equals("Cancelled");
    }

    Instant end(Instant now) {
        if (!finished(now)) {
            return null;
        }
        return cancelledAt != null ? cancelledAt.plusMillis(300) : plannedEnd();
    }

    Instant lastUpdated(Instant now) {
        Instant end = end(now);
        if (end != null) {
            return end;
        }
        Instant latest = start;
        for (ActivityPlan plan : activities) {
            if (!plan.start().isAfter(now) && plan.start().isAfter(latest)) {
                latest = plan.start();
            }
        }
        return latest;
    }

    /** The activity's status now: not yet started activities are not reported at all. */
    String activityStatus(ActivityPlan plan, Instant now) {
        if (cancelledAt != null && !plan.end().isBefore(cancelledAt)) {
            return plan.start().isBefore(cancelledAt) ? "Cancelled" : null;
        }
        if (now.isBefore(plan.start())) {
            return null;
        }
        if (now.isBefore(plan.end())) {
            return "InProgress";
        }
        return plan.outcome();
    }

    String failureMessage() {
        return activities.stream().filter(a -> a.outcome().equals("Failed")).findFirst()
                .map(a -> "Operation on target " + a.name() + " failed: " + a.error()).orElse("");
    }
}
