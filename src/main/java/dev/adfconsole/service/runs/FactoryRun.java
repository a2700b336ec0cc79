package dev.adfconsole.service.runs;

import dev.adfconsole.model.PipelineRun;
import dev.adfconsole.service.FactoryRef;
import java.util.Locale;

/** A pipeline run and the factory it ran in: what a monitor over many factories lists. */
public record FactoryRun(FactoryRef factory, PipelineRun run) {

    /** Factory and run id: the same run seen again (a refresh) has the same key. */
    public String key() {
        return (factory.path() + "/" + run.runId()).toLowerCase(Locale.ROOT);
    }

    /** Factory and run group: the runs that recover one another. */
    public String groupKey() {
        String group = run.runGroupId() == null || run.runGroupId().isBlank() ? run.runId() : run.runGroupId();
        return (factory.path() + "/" + group).toLowerCase(Locale.ROOT);
    }
}
