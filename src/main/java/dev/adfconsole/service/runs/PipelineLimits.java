package dev.adfconsole.service.runs;

import java.util.Set;

/**
 * What a bulk rerun needs of a pipeline's definition: how many of its runs may go at once ({@code concurrency},
 * null when it sets none) and which parameters are SecureStrings (masked in the preview).
 */
public record PipelineLimits(Integer concurrency, Set<String> secureParameters) {

    public PipelineLimits {
        secureParameters = Set.copyOf(secureParameters);
    }

    public boolean limited() {
        return concurrency != null && concurrency > 0;
    }
}
