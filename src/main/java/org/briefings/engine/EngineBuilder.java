package org.briefings.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefings.curation.Curator;
import org.briefings.enrich.Enricher;
import org.briefings.enrich.country.Gazetteer;
import org.briefings.index.BriefingIndex;
import org.briefings.ingest.DocumentExtractor;
import org.briefings.ingest.Extractor;
import org.briefings.ingest.LanguageGuesser;
import org.briefings.ingest.fork.ForkedExtractor;
import org.briefings.pipeline.IngestPipeline;
import org.briefings.pipeline.IngestTally;
import org.briefings.search.BriefingSearcher;
import org.briefings.search.CountryCodes;
import org.briefings.watch.Watches;

/**
 * The one place an engine is put together, for the CLI, the server, the tests and the benchmarks
 * alike, so none of them wires its parts differently.
 *
 * <pre>{@code
 * try (BriefingEngine engine = EngineBuilder.of(EngineConfig.of(corpus, index)).open()) {
 *     engine.reconcile();
 * }
 * }</pre>
 */
public final class EngineBuilder {

    private final EngineConfig config;

    private EngineBuilder(EngineConfig config) {
        this.config = config;
    }

    public static EngineBuilder of(EngineConfig config) {
        return new EngineBuilder(config);
    }

    /**
     * Creates the corpus folder if needed, removes half-written uploads a crash left there, opens
     * the index and brings it in line with the analyst's curation rules stored in the corpus, and
     * opens the watches (which hear of every briefing the index makes searchable).
     */
    public BriefingEngine open() throws IOException {
        Path corpus = config.corpus().toAbsolutePath().normalize();
        Files.createDirectories(corpus);
        CorpusWriter writer = new CorpusWriter(corpus);
        CountryCodes codes = new GazetteerCountryCodes(Gazetteer.load());
        BriefingIndex index = BriefingIndex.open(config.index().toAbsolutePath().normalize());
        Curator curator;
        try {
            curator = Curator.open(corpus, index, codes);
        } catch (IOException | RuntimeException e) {
            index.close();
            throw e;
        }
        IngestPipeline pipeline = new IngestPipeline(extractor(config), new Enricher());
        IngestTally tally = IngestTally.sinceStart();
        BriefingSearcher searcher = new BriefingSearcher(index, codes);
        Watches watches;
        try {
            watches = Watches.open(corpus, index, searcher);
        } catch (IOException | RuntimeException e) {
            index.close();
            throw e;
        }
        return new BriefingEngine(
                corpus,
                index,
                pipeline,
                searcher,
                writer,
                new Reconciler(corpus, index, pipeline, config.threads(), tally),
                tally,
                curator,
                watches);
    }

    /**
     * Tika in child JVMs unless the configuration asks for this JVM: a hostile document should cost
     * a child process, not the server (docs/isolation.md).
     */
    private static DocumentExtractor extractor(EngineConfig config) {
        return config.isolation().forked()
                ? new ForkedExtractor(config.limits(), config.isolation())
                : new Extractor(config.limits(), new LanguageGuesser());
    }
}
