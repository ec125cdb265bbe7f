package org.briefings.engine;

import java.nio.file.Path;
import org.briefings.ingest.ExtractionLimits;

/**
 * Where the engine keeps things and the limits it applies.
 *
 * @param corpus  folder of original documents (the truth)
 * @param index   folder of the Lucene index (derived from corpus)
 * @param limits  extraction limits (size, text length, embedded documents, time)
 * @param threads parallel extraction workers
 */
public record EngineConfig(Path corpus, Path index, ExtractionLimits limits, int threads) {

    public static final Path DEFAULT_CORPUS = Path.of("corpus");
    public static final Path DEFAULT_INDEX = Path.of("index");

    public static EngineConfig of(Path corpus, Path index) {
        return new EngineConfig(corpus, index, ExtractionLimits.defaults(),
                Math.max(1, Runtime.getRuntime().availableProcessors()));
    }
}
