package dev.adfconsole.service.runs;

import dev.adfconsole.arm.ArmRequest;
import java.util.List;
import java.util.Map;

/**
 * A bulk rerun before anything is sent: every item (to send or skipped, with why) and what each pipeline allows.
 * {@link #preview} is the text the user confirms: every createRun request as it will go out.
 */
public record RerunPlan(List<RerunItem> items, Map<PipelineKey, PipelineLimits> pipelines, String endpoint) {

    public RerunPlan {
        items = List.copyOf(items);
        pipelines = Map.copyOf(pipelines);
    }

    public List<RerunItem> toSend() {
        return items.stream().filter(RerunItem::willSend).toList();
    }

    public List<RerunItem> skipped() {
        return items.stream().filter(item -> !item.willSend()).toList();
    }

    public PipelineLimits limits(PipelineKey pipeline) {
        return pipelines.getOrDefault(pipeline, new PipelineLimits(null, java.util.Set.of()));
    }

    /**
     * Method, URL with its query string, body, and the reused parameters (SecureStrings masked) of each request; one
     * line per request URL, as sent (what {@code runs rerun-failed --dry-run} prints for scripts).
     */
    public String preview() {
        return preview(false);
    }

    /**
     * The same for a person to read: each query parameter on a line of its own under the path, so the recovery
     * options (referencePipelineRunId, isRecovery, startFromFailure) are never off the edge of the window.
     */
    public String previewToRead() {
        return preview(true);
    }

    private String preview(boolean queryPerLine) {
        List<RerunItem> send = toSend();
        StringBuilder text = new StringBuilder().append(send.size()).append(send.size() == 1 ? " createRun request" : " createRun requests");
        if (!skipped().isEmpty()) {
            text.append(", ").append(skipped().size()).append(" selected ").append(skipped().size() == 1 ? "run" : "runs").append(" skipped");
        }
        text.append('\n');
        int n = 0;
        for (RerunItem item : send) {
            FactoryRun run = item.source();
            text.append("\n# ").append(++n).append("  ").append(run.factory().factoryName()).append(" · ")
                    .append(run.run().pipelineName()).append(" · rerun of failed run ").append(run.run().runId()).append('\n')
                    .append(queryPerLine ? onLines(requestLine(item.armRequest())) : requestLine(item.armRequest())).append('\n')
                    .append(item.armRequest().body() == null ? "" : item.armRequest().body()).append('\n');
            if (!item.reusedParameters().isEmpty()) {
                text.append("# parameters reused from the failed run: ").append(String.join(", ", item.reusedParameters())).append('\n');
            }
        }
        if (!skipped().isEmpty()) {
            text.append("\nSkipped (nothing is sent for these):\n");
            skipped().forEach(item -> text.append("# ").append(item.source().factory().factoryName()).append(" · ")
                    .append(item.source().run().pipelineName()).append(" · ").append(item.source().run().runId())
                    .append(": ").append(item.skipReason()).append('\n'));
        }
        return text.toString();
    }

    /** Names and values here are GUIDs, booleans and ADF names: none holds '?' or '&'. */
    private static String onLines(String requestLine) {
        return requestLine.replace("?", "\n    ?").replace("&", "\n    &");
    }

    /** "POST https://…/createRun?api-version=…&referencePipelineRunId=…", parameters in the order the spec lists them. */
    public String requestLine(ArmRequest request) {
        StringBuilder url = new StringBuilder(request.method()).append(' ').append(endpoint).append(request.path())
                .append("?api-version=").append(request.apiVersion());
        for (String name : List.of("referencePipelineRunId", "isRecovery", "startActivityName", "startFromFailure")) {
            String value = request.query().get(name);
            if (value != null) {
                url.append('&').append(name).append('=').append(value);
            }
        }
        return url.toString();
    }
}
