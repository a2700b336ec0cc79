package dev.adfconsole.ui.runmonitor;

import dev.adfconsole.model.PipelineRun;
import dev.adfconsole.ui.common.TimeText;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The lines of a run's detail, in the order operators read them; "—" where Data Factory gave nothing. */
public final class RunFacts {

    private RunFacts() {
    }

    public static Map<String, String> of(PipelineRun run, Instant now, ZoneId zone) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Pipeline", run.pipelineName());
        facts.put("Status", run.status().raw());
        facts.put("Run id", run.runId());
        facts.put("Run group id", text(run.runGroupId()));
        facts.put("Latest in group", run.isLatest() == null ? "—" : run.isLatest() ? "yes" : "no (a later rerun exists)");
        facts.put("Invoked by", invokedBy(run.invokedBy()));
        facts.put("Start", TimeText.localWithAge(run.runStart(), now, zone));
        facts.put("End", run.runEnd() == null ? "—" : TimeText.localWithAge(run.runEnd(), now, zone));
        facts.put("Duration", duration(run, now));
        facts.put("Parameters", run.parameters() == null || run.parameters().isEmpty() ? "—"
                : run.parameters().entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
                        .collect(Collectors.joining("\n")));
        facts.put("Message", text(run.message()));
        return facts;
    }

    /** A finished run's duration as Data Factory measured it; a running one's time so far. */
    public static String duration(PipelineRun run, Instant now) {
        if (run.durationInMs() != null) {
            return TimeText.duration(Duration.ofMillis(run.durationInMs()));
        }
        return run.runStart() == null ? "—" : TimeText.duration(Duration.between(run.runStart(), now)) + " so far";
    }

    private static String invokedBy(PipelineRun.InvokedBy by) {
        if (by == null) {
            return "—";
        }
        String who = by.invokedByType() == null ? text(by.name()) : by.invokedByType() + ": " + text(by.name());
        return by.pipelineRunId() == null ? who : who + " (parent run " + by.pipelineRunId() + ")";
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
