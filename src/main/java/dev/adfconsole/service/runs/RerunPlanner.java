package dev.adfconsole.service.runs;

import dev.adfconsole.model.ParameterType;
import dev.adfconsole.model.PipelineResource;
import dev.adfconsole.model.PipelineRunStatus;
import dev.adfconsole.service.AsyncLimiter;
import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.Failures;
import dev.adfconsole.service.RunRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Plans a bulk rerun from failure: each selected failed run becomes a createRun with {@code referencePipelineRunId},
 * {@code isRecovery=true} and {@code startFromFailure=true}, unless it is not failed or already recovered (a later
 * run of its group exists), which skips it with the reason. Reads each pipeline once, for its concurrency and its
 * SecureString parameters. Nothing is sent here.
 */
public final class RerunPlanner {

    private final DataFactoryServices services;
    private final int concurrency;

    public RerunPlanner(DataFactoryServices services, int concurrency) {
        this.services = services;
        this.concurrency = concurrency;
    }

    /**
     * @param selected the runs the user picked
     * @param known every run the caller has seen (the monitor's rows, the command's query), to find later reruns
     */
    public CompletableFuture<RerunPlan> plan(List<FactoryRun> selected, Collection<FactoryRun> known) {
        Map<String, FactoryRun> unique = new LinkedHashMap<>();
        selected.forEach(run -> unique.putIfAbsent(run.key(), run));
        List<FactoryRun> all = new ArrayList<>(known);
        all.addAll(unique.values());
        Set<PipelineKey> pipelines = new LinkedHashSet<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        for (FactoryRun run : unique.values()) {
            String reason = skipReason(run, all);
            if (reason != null) {
                reasons.put(run.key(), reason);
            } else {
                pipelines.add(new PipelineKey(run.factory(), run.run().pipelineName()));
            }
        }
        AsyncLimiter limiter = new AsyncLimiter(concurrency);
        Map<PipelineKey, CompletableFuture<PipelineResource>> reads = new LinkedHashMap<>();
        pipelines.forEach(key -> reads.put(key, limiter.submit(() -> services.pipelines().get(key.factory(),
                unique.values().stream().filter(r -> new PipelineKey(r.factory(), r.run().pipelineName()).equals(key))
                        .findFirst().orElseThrow().run().pipelineName()))));
        return CompletableFuture.allOf(reads.values().stream().map(f -> f.handle((v, e) -> null))
                .toArray(CompletableFuture[]::new)).thenApply(done -> {
            Map<PipelineKey, PipelineLimits> limits = new LinkedHashMap<>();
            Map<PipelineKey, String> unreadable = new LinkedHashMap<>();
            reads.forEach((key, read) -> {
                if (read.isCompletedExceptionally()) {
                    unreadable.put(key, read.handle((v, e) -> Failures.describe(e)).join());
                } else {
                    limits.put(key, limits(read.join()));
                }
            });
            List<RerunItem> items = new ArrayList<>();
            for (FactoryRun run : unique.values()) {
                PipelineKey key = new PipelineKey(run.factory(), run.run().pipelineName());
                String reason = reasons.containsKey(run.key()) ? reasons.get(run.key())
                        : unreadable.containsKey(key) ? "its pipeline cannot be read: " + unreadable.get(key) : null;
                items.add(reason != null ? RerunItem.skip(run, reason) : item(run, limits.get(key)));
            }
            return new RerunPlan(items, limits, services.connection().environment().resourceManagerEndpoint().toString());
        });
    }

    private RerunItem item(FactoryRun run, PipelineLimits limits) {
        RunRequest request = new RunRequest(run.run().pipelineName(), Map.of(), run.run().runId(), true, null, true);
        Map<String, String> parameters = run.run().parameters() == null ? Map.of() : new TreeMap<>(run.run().parameters());
        List<String> reused = parameters.entrySet().stream().map(e -> e.getKey() + " = "
                + (limits.secureParameters().contains(e.getKey()) ? "**********" : e.getValue())).collect(Collectors.toList());
        return new RerunItem(run, request, services.pipelines().createRunRequest(run.factory(), request), null, reused);
    }

    /** Why a selected run is not rerun, or null when it is. */
    static String skipReason(FactoryRun run, Collection<FactoryRun> known) {
        if (!run.run().status().is(PipelineRunStatus.FAILED)) {
            return "it is " + run.run().status().raw() + ", not Failed: only failed runs are rerun from failure";
        }
        RunGroup group = RunGroups.groupOf(run, known);
        var later = group.laterThan(run.run());
        if (later.isPresent()) {
            return "already recovered: run " + later.get().runId() + " (" + later.get().status().raw()
                    + ") is later in its run group";
        }
        if (Boolean.FALSE.equals(run.run().isLatest())) {
            return "already recovered: Data Factory says a later run of its run group exists";
        }
        return null;
    }

    private static PipelineLimits limits(PipelineResource pipeline) {
        Integer concurrency = pipeline.properties() == null ? null : pipeline.properties().concurrency();
        Set<String> secure = pipeline.parameters().entrySet().stream()
                .filter(e -> e.getValue().type() != null && e.getValue().type().is(ParameterType.SECURE_STRING))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        return new PipelineLimits(concurrency, secure);
    }
}
