package dev.adfconsole.service.runs;

import dev.adfconsole.service.FactoryRef;
import java.util.Locale;

/** A pipeline of a factory (Data Factory's names are case-insensitive). */
public record PipelineKey(FactoryRef factory, String pipelineName) {

    public PipelineKey {
        pipelineName = pipelineName.toLowerCase(Locale.ROOT);
    }
}
