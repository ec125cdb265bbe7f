package org.briefings.engine;

import java.nio.file.Path;
import org.briefings.ingest.ExtractionLimits;
import org.briefings.ingest.ParserIsolation;

/**
 * Where the engine keeps things and the limits it applies.
 *
 * @param corpus    folder of original documents (the truth)
 * @param index     folder of the Lucene index (derived from corpus)
 * @param limits    extraction limits (size, text length, embedded documents, time)
 * @param threads   parallel extraction workers
 * @param isolation where Tika runs: child JVMs (default) or this JVM
 */
public record EngineConfig(Path corpus, Path index, ExtractionLimits limits, int threads, ParserIsolation isolation) {

    public static final Path DEFAULT_CORPUS = Path.of("corpus");
    public static final Path DEFAULT_INDEX = Path.of("index");

    public EngineConfig {
        isolation = isolation == null ? ParserIsolation.defaults() : isolation;
    }

    /** With the default isolation (child JVMs). */
    public EngineConfig(Path corpus, Path index, ExtractionLimits limits, int threads) {
        this(corpus, index, limits, threads, ParserIsolation.defaults());
    }

    /** Default limits, one worker per core, Tika in child JVMs. */
    public static EngineConfig of(Path corpus, Path index) {
        return new EngineConfig(
                corpus,
                index,
                ExtractionLimits.defaults(),
                Math.max(1, Runtime.getRuntime().availableProcessors()),
                ParserIsolation.defaults());
    }

    public EngineConfig withLimits(ExtractionLimits l) {
        return new EngineConfig(corpus, index, l, threads, isolation);
    }

    public EngineConfig withIsolation(ParserIsolation i) {
        return new EngineConfig(corpus, index, limits, threads, i);
    }
}
