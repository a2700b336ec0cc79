package dev.adfconsole.service.runs;

import dev.adfconsole.model.PipelineRun;
import dev.adfconsole.model.PipelineRunStatus;
import dev.adfconsole.service.FactoryRef;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A run and the reruns that recover it (Data Factory's run group: the original's {@code runId} is the group's id,
 * each recovery run joins it and only the newest is {@code isLatest}). Attempts are oldest first.
 */
public record RunGroup(FactoryRef factory, String runGroupId, List<PipelineRun> attempts) {

    static final Comparator<PipelineRun> BY_START = Comparator.comparing(
            (PipelineRun run) -> run.runStart() == null ? Instant.MAX : run.runStart()).thenComparing(PipelineRun::runId);

    public RunGroup {
        // The same run may be handed in twice (seen in a list and selected): it is one attempt.
        java.util.Map<String, PipelineRun> unique = new java.util.LinkedHashMap<>();
        attempts.forEach(run -> unique.putIfAbsent(run.runId().toLowerCase(java.util.Locale.ROOT), run));
        attempts = unique.values().stream().sorted(BY_START).toList();
    }

    /** The attempt that says how the group stands now. */
    public PipelineRun latest() {
        return attempts.stream().filter(run -> Boolean.TRUE.equals(run.isLatest())).reduce((a, b) -> b)
                .orElse(attempts.get(attempts.size() - 1));
    }

    /** A run of this group started after {@code run}, if one is known. */
    public Optional<PipelineRun> laterThan(PipelineRun run) {
        int at = indexOf(run);
        return at < 0 || at == attempts.size() - 1 ? Optional.empty() : Optional.of(attempts.get(attempts.size() - 1));
    }

    /**
     * Failed and not yet recovered: {@code run} failed and no later run of its group succeeded. A run Data Factory
     * says is not the latest, with the later one out of sight (outside the time window), counts as recovered.
     */
    public boolean notRecovered(PipelineRun run) {
        if (!run.status().is(PipelineRunStatus.FAILED)) {
            return false;
        }
        int at = indexOf(run);
        boolean laterKnown = at >= 0 && at < attempts.size() - 1;
        if (!laterKnown) {
            return !Boolean.FALSE.equals(run.isLatest());
        }
        return attempts.subList(at + 1, attempts.size()).stream().noneMatch(r -> r.status().is(PipelineRunStatus.SUCCEEDED));
    }

    /** True when any attempt is failed and not yet recovered (the monitor's "failed and not yet recovered"). */
    public boolean hasUnrecoveredFailure() {
        return attempts.stream().anyMatch(this::notRecovered);
    }

    /** More than one attempt is known: the group nests its reruns. */
    public boolean hasReruns() {
        return attempts.size() > 1;
    }

    private int indexOf(PipelineRun run) {
        for (int i = 0; i < attempts.size(); i++) {
            if (attempts.get(i).runId().equalsIgnoreCase(run.runId())) {
                return i;
            }
        }
        return -1;
    }
}
