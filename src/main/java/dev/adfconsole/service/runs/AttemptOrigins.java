package dev.adfconsole.service.runs;

import dev.adfconsole.model.ActivityRun;
import dev.adfconsole.model.PipelineRun;
import dev.adfconsole.model.RunFilterParameters;
import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.FactoryRef;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * How each attempt of a run group was started. A run does not say so itself, so it is read from what Data Factory
 * does keep: the original is the run whose id is the group's; a recovery run that reran only part of the pipeline
 * started at its first activity — "from failure" when that activity had failed in the attempt before.
 */
public final class AttemptOrigins {

    private final DataFactoryServices services;

    public AttemptOrigins(DataFactoryServices services) {
        this.services = services;
    }

    /** One sentence per attempt, in the group's order (oldest first). */
    public CompletableFuture<List<String>> describe(FactoryRef factory, RunGroup group) {
        List<CompletableFuture<List<ActivityRun>>> activities = group.attempts().stream()
                .map(run -> activities(factory, run)).toList();
        return CompletableFuture.allOf(activities.toArray(CompletableFuture[]::new)).handle((done, failure) -> {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < group.attempts().size(); i++) {
                PipelineRun run = group.attempts().get(i);
                List<ActivityRun> mine = activities.get(i).isCompletedExceptionally() ? null : activities.get(i).join();
                List<ActivityRun> before = i == 0 || activities.get(i - 1).isCompletedExceptionally() ? null
                        : activities.get(i - 1).join();
                lines.add(origin(run, group, mine, before));
            }
            return lines;
        });
    }

    static String origin(PipelineRun run, RunGroup group, List<ActivityRun> mine, List<ActivityRun> before) {
        if (run.runId().equalsIgnoreCase(group.runGroupId())) {
            return "Original run";
        }
        if (mine == null || before == null || mine.isEmpty()) {
            return "Recovery rerun";
        }
        ActivityRun first = mine.stream().min(Comparator.comparing(a -> a.activityRunStart() == null ? Instant.MAX
                : a.activityRunStart())).orElseThrow();
        boolean failedBefore = before.stream().anyMatch(a -> a.activityName().equals(first.activityName())
                && "Failed".equalsIgnoreCase(a.status()));
        boolean whole = before.stream().map(ActivityRun::activityName).distinct().count()
                <= mine.stream().map(ActivityRun::activityName).distinct().count()
                && before.stream().noneMatch(a -> "Succeeded".equals(a.status())
                        && mine.stream().noneMatch(m -> m.activityName().equals(a.activityName())));
        if (whole && !failedBefore) {
            return "Recovery rerun of the whole pipeline";
        }
        return failedBefore ? "Recovery rerun from failure (at " + first.activityName() + ")"
                : "Recovery rerun from activity " + first.activityName();
    }

    private CompletableFuture<List<ActivityRun>> activities(FactoryRef factory, PipelineRun run) {
        Instant start = run.runStart() == null ? Instant.now().minus(Duration.ofDays(45)) : run.runStart();
        Instant end = run.runEnd() == null ? Instant.now().plusSeconds(60) : run.runEnd().plusSeconds(60);
        List<ActivityRun> all = new ArrayList<>();
        return services.runs().queryActivityRuns(factory, run.runId(), new RunFilterParameters(null,
                start.minusSeconds(60), end, null, null), page -> all.addAll(page)).thenApply(n -> all);
    }
}
