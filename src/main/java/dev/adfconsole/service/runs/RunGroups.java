package dev.adfconsole.service.runs;

import dev.adfconsole.model.PipelineRun;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups runs by factory and run group, newest group first (by the start of its latest attempt). */
public final class RunGroups {

    private RunGroups() {
    }

    public static List<RunGroup> of(Collection<FactoryRun> runs) {
        Map<String, List<FactoryRun>> byGroup = new LinkedHashMap<>();
        for (FactoryRun run : runs) {
            byGroup.computeIfAbsent(run.groupKey(), key -> new ArrayList<>()).add(run);
        }
        List<RunGroup> groups = new ArrayList<>();
        byGroup.values().forEach(members -> {
            FactoryRun first = members.get(0);
            String id = first.run().runGroupId() == null ? first.run().runId() : first.run().runGroupId();
            groups.add(new RunGroup(first.factory(), id, members.stream().map(FactoryRun::run).toList()));
        });
        // The latest attempt of each group once, not once per comparison.
        Map<RunGroup, PipelineRun> latest = new java.util.IdentityHashMap<>();
        groups.forEach(group -> latest.put(group, group.latest()));
        groups.sort(java.util.Comparator.comparing((RunGroup group) -> latest.get(group), RunGroup.BY_START).reversed());
        return groups;
    }

    /** The group a run belongs to, among {@code runs}. */
    public static RunGroup groupOf(FactoryRun run, Collection<FactoryRun> runs) {
        String key = run.groupKey();
        List<PipelineRun> members = new ArrayList<>();
        runs.stream().filter(r -> r.groupKey().equals(key)).forEach(r -> members.add(r.run()));
        if (members.stream().noneMatch(r -> r.runId().equalsIgnoreCase(run.run().runId()))) {
            members.add(run.run());
        }
        String id = run.run().runGroupId() == null ? run.run().runId() : run.run().runGroupId();
        return new RunGroup(run.factory(), id, members);
    }
}
