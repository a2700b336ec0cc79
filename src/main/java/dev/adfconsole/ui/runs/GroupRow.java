package dev.adfconsole.ui.runs;

import dev.adfconsole.model.PipelineRun;
import dev.adfconsole.service.runs.DurationBaselines;
import dev.adfconsole.service.runs.FactoryRun;
import dev.adfconsole.service.runs.RunGroup;
import java.util.List;

/**
 * One line of the runs monitor: a run group shown by its latest attempt, the attempts before it nested below.
 *
 * @param baseline the pipeline's usual duration, or null when unknown
 * @param longRunning still going, and for longer than {@code baseline}
 */
public record GroupRow(RunGroup group, String subscription, DurationBaselines.Baseline baseline, boolean longRunning) {

    public PipelineRun latest() {
        return group.latest();
    }

    public FactoryRun latestRun() {
        return new FactoryRun(group.factory(), group.latest());
    }

    /** The attempts before the latest, newest first (the rows nested under the group). */
    public List<FactoryRun> earlier() {
        List<PipelineRun> attempts = group.attempts();
        PipelineRun latest = latest();
        return attempts.stream().filter(run -> run != latest).map(run -> new FactoryRun(group.factory(), run))
                .sorted((a, b) -> b.run().runStart() == null || a.run().runStart() == null ? 0
                        : b.run().runStart().compareTo(a.run().runStart())).toList();
    }

    /** "1 attempt", "2 attempts · recovered". */
    public String attemptsText() {
        int n = group.attempts().size();
        String text = n + (n == 1 ? " attempt" : " attempts");
        if (n > 1 && group.latest().status().is(dev.adfconsole.model.PipelineRunStatus.SUCCEEDED)) {
            text += " · recovered";
        }
        return text;
    }

    /** The factory and group: the row's identity across refreshes. */
    public String key() {
        return latestRun().groupKey();
    }
}
