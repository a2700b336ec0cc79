package dev.adfconsole.service.runs;

import dev.adfconsole.arm.ArmRequest;
import dev.adfconsole.service.RunRequest;
import java.util.List;

/**
 * One selected failed run in a bulk rerun: the createRun to send (a rerun from its failed activities in recovery
 * mode), or why it is skipped.
 *
 * @param reusedParameters the failed run's parameters as Data Factory reuses them, "name = value", SecureString
 *                         values masked
 */
public record RerunItem(FactoryRun source, RunRequest request, ArmRequest armRequest, String skipReason,
                        List<String> reusedParameters) {

    public RerunItem {
        reusedParameters = List.copyOf(reusedParameters);
    }

    static RerunItem skip(FactoryRun source, String reason) {
        return new RerunItem(source, null, null, reason, List.of());
    }

    public boolean willSend() {
        return skipReason == null;
    }

    /** The pipeline this rerun counts against (its concurrency). */
    public PipelineKey pipeline() {
        return new PipelineKey(source.factory(), source.run().pipelineName());
    }
}
