package dev.adfconsole.service;

import dev.adfconsole.arm.ArmRequest;
import dev.adfconsole.model.CreateRunResponse;
import dev.adfconsole.model.PipelineResource;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** Pipelines of a factory, and creating runs of them. */
public final class PipelineService {

    private final ArmCalls calls;

    PipelineService(ArmCalls calls) {
        this.calls = calls;
    }

    public CompletableFuture<List<PipelineResource>> list(FactoryRef factory, Consumer<List<PipelineResource>> onPage) {
        return calls.list(ArmRequest.get(factory.path() + "/pipelines"), PipelineResource.class, onPage);
    }

    public CompletableFuture<PipelineResource> get(FactoryRef factory, String pipelineName) {
        ResourceNames.pipeline(pipelineName);
        return calls.read(ArmRequest.get(pipelinePath(factory, pipelineName)), PipelineResource.class);
    }

    /** The exact request {@link #createRun} sends, for the dialog's preview. */
    public ArmRequest createRunRequest(FactoryRef factory, RunRequest run) {
        ArmRequest request = ArmRequest.post(pipelinePath(factory, run.pipelineName()) + "/createRun",
                calls.json(new java.util.TreeMap<>(run.parameters())));
        if (run.referencePipelineRunId() != null) {
            request = request.withQuery("referencePipelineRunId", run.referencePipelineRunId());
        }
        if (run.isRecovery()) {
            request = request.withQuery("isRecovery", "true");
        }
        if (run.startActivityName() != null) {
            request = request.withQuery("startActivityName", run.startActivityName());
        }
        if (run.startFromFailure()) {
            request = request.withQuery("startFromFailure", "true");
        }
        return request;
    }

    /** Sent once: a createRun is never retried after a server error, a duplicate run is worse than an error. */
    public CompletableFuture<CreateRunResponse> createRun(FactoryRef factory, RunRequest run) {
        return calls.action(actionName(run), factory, createRunRequest(factory, run), CreateRunResponse.class,
                created -> "New run " + created.runId());
    }

    /** How the activity log names a createRun: a rerun says of which run and how. */
    static String actionName(RunRequest run) {
        if (run.referencePipelineRunId() == null) {
            return "Run " + run.pipelineName();
        }
        String how = run.startFromFailure() ? " from failure" : run.startActivityName() != null
                ? " from " + run.startActivityName() : "";
        return "Rerun " + run.pipelineName() + how + (run.isRecovery() ? " (recovery)" : "") + " of "
                + run.referencePipelineRunId();
    }

    static String pipelinePath(FactoryRef factory, String pipelineName) {
        return factory.path() + "/pipelines/" + Paths.segment(pipelineName);
    }
}
