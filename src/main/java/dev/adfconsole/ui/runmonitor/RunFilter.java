package dev.adfconsole.ui.runmonitor;

import dev.adfconsole.service.ResourceNames;
import dev.adfconsole.model.RunFilterParameters;
import dev.adfconsole.model.RunFilterParameters.RunQueryFilter;
import dev.adfconsole.model.RunFilterParameters.RunQueryOrderBy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the monitor's filter fields into a {@code queryPipelineRuns} body, or into the message naming the field and
 * the rule that is broken. Custom times are the user's local time, as everywhere else in the window.
 */
public record RunFilter(TimeWindow window, String from, String to, String status, String pipelineName, String runId) {

    public static final String ANY_STATUS = "Any status";
    public static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The run id to look up directly (queries cannot filter by run id), or null. */
    public String runIdOrNull() {
        String id = runId == null ? "" : runId.trim();
        if (id.isEmpty()) {
            return null;
        }
        if (!ResourceNames.isGuid(id)) {
            throw new IllegalArgumentException("Run id: '" + id + "' is not a run id (a GUID such as 2f7fdb90-5df1-4b8e-ac2f-064cfa58202b).");
        }
        return id;
    }

    /** The query body: the time window, the status and pipeline filters, newest run first. */
    public RunFilterParameters toParameters(Clock clock) {
        Instant now = clock.instant();
        Instant after;
        Instant before;
        if (window == TimeWindow.CUSTOM) {
            after = local("From", from, clock);
            before = to == null || to.isBlank() ? now : local("To", to, clock);
            if (!after.isBefore(before)) {
                throw new IllegalArgumentException("From must be before To.");
            }
        } else {
            after = now.minus(window.length());
            // Runs updated in the last instant (a run started a moment ago) must still be inside the window.
            before = now.plusSeconds(60);
        }
        List<RunQueryFilter> filters = new ArrayList<>();
        if (status != null && !status.isBlank() && !status.equals(ANY_STATUS)) {
            filters.add(new RunQueryFilter("Status", "Equals", List.of(status)));
        }
        if (pipelineName != null && !pipelineName.isBlank()) {
            filters.add(new RunQueryFilter("PipelineName", "Equals", List.of(pipelineName.trim())));
        }
        return new RunFilterParameters(null, after, before, filters, List.of(new RunQueryOrderBy("RunStart", "DESC")));
    }

    private static Instant local(String field, String text, Clock clock) {
        try {
            return LocalDateTime.parse(text == null ? "" : text.trim(), LOCAL).atZone(clock.getZone()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": '" + text + "' is not a time; write it as 2026-11-24 08:00 (your local time).");
        }
    }
}
