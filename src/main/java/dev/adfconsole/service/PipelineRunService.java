package dev.adfconsole.service;

import dev.adfconsole.arm.ArmRequest;
import dev.adfconsole.model.ActivityRun;
import dev.adfconsole.model.PipelineRun;
import dev.adfconsole.model.RunQueryPage;
import dev.adfconsole.model.RunFilterParameters;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/** Pipeline runs and their activity runs: get, query (paged by continuationToken), cancel. */
public final class PipelineRunService {

    private final ArmCalls calls;

    PipelineRunService(ArmCalls calls) {
        this.calls = calls;
    }

    public CompletableFuture<PipelineRun> get(FactoryRef factory, String runId) {
        ResourceNames.runId("Run id", runId);
        return calls.read(ArmRequest.get(factory.path() + "/pipelineruns/" + runId), PipelineRun.class);
    }

    /** Streams matching runs page by page; {@code onPage} returns false to stop (e.g. the list is full). */
    public CompletableFuture<Integer> queryByFactory(FactoryRef factory, RunFilterParameters filter, Predicate<List<PipelineRun>> onPage) {
        requireWindow(filter);
        return calls.arm().queryPages(ArmRequest.postRead(factory.path() + "/queryPipelineRuns", calls.json(filter)),
                page -> onPage.test(page.value().stream().map(run -> calls.map(run, PipelineRun.class)).toList()));
    }

    /** One page of matching runs; pass its token back in the filter for the next one. */
    public CompletableFuture<RunsPage<PipelineRun>> queryPage(FactoryRef factory, RunFilterParameters filter) {
        requireWindow(filter);
        return calls.read(ArmRequest.postRead(factory.path() + "/queryPipelineRuns", calls.json(filter)), RunQueryPage.class)
                .thenApply(page -> new RunsPage<>(page.value().stream().map(run -> calls.map(run, PipelineRun.class)).toList(),
                        page.continuationToken()));
    }

    public CompletableFuture<Integer> queryActivityRuns(FactoryRef factory, String runId, RunFilterParameters filter,
                                                        Predicate<List<ActivityRun>> onPage) {
        ResourceNames.runId("Run id", runId);
        requireWindow(filter);
        return calls.arm().queryPages(ArmRequest.postRead(factory.path() + "/pipelineruns/" + runId + "/queryActivityruns",
                calls.json(filter)), page -> onPage.test(page.value().stream().map(run -> calls.map(run, ActivityRun.class)).toList()));
    }

    /** Cancels a run; {@code isRecursive} also cancels the runs it started (Execute Pipeline activities). */
    public CompletableFuture<Void> cancel(FactoryRef factory, String runId, boolean isRecursive) {
        ResourceNames.runId("Run id", runId);
        ArmRequest request = ArmRequest.post(factory.path() + "/pipelineruns/" + runId + "/cancel", null);
        if (isRecursive) {
            request = request.withQuery("isRecursive", "true");
        }
        return calls.action(isRecursive ? "Cancel run and its child runs" : "Cancel run", factory + "/" + runId,
                calls.discard(request));
    }

    private static void requireWindow(RunFilterParameters filter) {
        if (filter.lastUpdatedAfter() == null || filter.lastUpdatedBefore() == null) {
            throw new InvalidInputException("Time window", "Run queries need a time window: lastUpdatedAfter and lastUpdatedBefore.");
        }
        if (!filter.lastUpdatedAfter().isBefore(filter.lastUpdatedBefore())) {
            throw new InvalidInputException("Time window", "The start of the time window must be before its end.");
        }
    }
}
