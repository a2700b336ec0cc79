package dev.adfconsole.service.runs;

import dev.adfconsole.model.PipelineRun;
import dev.adfconsole.model.RunFilterParameters;
import dev.adfconsole.model.RunFilterParameters.RunQueryFilter;
import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.FactoryRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * How long a factory's pipelines usually take: the 90th percentile of their succeeded runs of the last 7 days, one
 * query per factory. A run going longer than that is worth a look before it times out.
 */
public final class DurationBaselines {

    /** A pipeline's usual duration and how many runs it rests on. */
    public record Baseline(Duration p90, int runs) {
    }

    private final DataFactoryServices services;
    private final Clock clock;

    public DurationBaselines(DataFactoryServices services, Clock clock) {
        this.services = services;
        this.clock = clock;
    }

    /** Per pipeline name (lower case), the p90 of its succeeded runs in the last 7 days. */
    public CompletableFuture<Map<String, Baseline>> of(FactoryRef factory) {
        Instant now = clock.instant();
        RunFilterParameters filter = new RunFilterParameters(null, now.minus(Duration.ofDays(7)), now.plusSeconds(60),
                List.of(new RunQueryFilter("Status", "Equals", List.of("Succeeded"))), null);
        Map<String, List<Long>> durations = new HashMap<>();
        return services.runs().queryByFactory(factory, filter, page -> {
            for (PipelineRun run : page) {
                if (run.durationInMs() != null) {
                    durations.computeIfAbsent(run.pipelineName().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(run.durationInMs());
                }
            }
            return true;
        }).thenApply(count -> {
            Map<String, Baseline> baselines = new HashMap<>();
            durations.forEach((name, list) -> baselines.put(name, new Baseline(Duration.ofMillis(p90(list)), list.size())));
            return baselines;
        });
    }

    /** Nearest-rank 90th percentile. */
    static long p90(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(0.9 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    /** True when {@code run} is still going and has been going longer than its pipeline's usual duration. */
    public static boolean longRunning(PipelineRun run, Baseline baseline, Instant now) {
        return baseline != null && run.runEnd() == null && run.runStart() != null
                && Duration.between(run.runStart(), now).compareTo(baseline.p90()) > 0;
    }
}
