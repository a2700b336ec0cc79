package dev.adfconsole.ui.runs;

import dev.adfconsole.service.FactoryRef;
import dev.adfconsole.service.runs.DurationBaselines;
import dev.adfconsole.service.runs.FactoryRun;
import dev.adfconsole.service.runs.RunGroup;
import dev.adfconsole.service.runs.RunGroups;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The monitor's rows from the runs seen: grouped, "failed and not yet recovered" applied, long runs marked. */
final class GroupRows {

    private GroupRows() {
    }

    static List<GroupRow> build(Collection<FactoryRun> runs, boolean unrecoveredOnly,
                                Map<FactoryRef, Map<String, DurationBaselines.Baseline>> baselines,
                                Function<FactoryRef, String> subscriptionName, Instant now) {
        List<GroupRow> rows = new ArrayList<>();
        for (RunGroup group : RunGroups.of(runs)) {
            if (unrecoveredOnly && !group.hasUnrecoveredFailure()) {
                continue;
            }
            var baseline = baselines.getOrDefault(group.factory(), Map.of())
                    .get(group.latest().pipelineName().toLowerCase(Locale.ROOT));
            rows.add(new GroupRow(group, subscriptionName.apply(group.factory()), baseline,
                    DurationBaselines.longRunning(group.latest(), baseline, now)));
        }
        return rows;
    }
}
