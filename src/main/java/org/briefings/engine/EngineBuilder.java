package org.briefings.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.briefings.curation.Curator;
import org.briefings.enrich.Enricher;
import org.briefings.enrich.country.Gazetteer;
import org.briefings.index.BriefingIndex;
import org.briefings.index.IndexListener;
import org.briefings.index.PassageVectors;
import org.briefings.ingest.DocumentExtractor;
import org.briefings.ingest.Extractor;
import org.briefings.ingest.LanguageGuesser;
import org.briefings.ingest.fork.ForkedExtractor;
import org.briefings.pipeline.IngestPipeline;
import org.briefings.pipeline.IngestTally;
import org.briefings.search.CountryCodes;
import org.briefings.search.EmbeddedIndex;
import org.briefings.search.Fusion;
import org.briefings.semantic.SentenceModel;
import org.briefings.semantic.VectorIndexer;
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
    private IndexOpener opener;
    private CorpusPart part = CorpusPart.ALL;
    private boolean semantic;
    private boolean searchableWhileReconciling = true;

    /** Opens the index an engine writes to and searches (given the country codes searches read). */
    @FunctionalInterface
    public interface IndexOpener {
        BriefingIndex open(CountryCodes countries) throws IOException;
    }

    private EngineBuilder(EngineConfig config) {
        this.config = config;
        this.opener =
                codes -> EmbeddedIndex.open(config.index().toAbsolutePath().normalize(), codes);
    }

    /** Reconciles only this share of the corpus ({@code index --part i/n}; see {@link CorpusPart}). */
    public EngineBuilder part(CorpusPart part) {
        this.part = part;
        return this;
    }

    /**
     * Indexes and searches somewhere else than the embedded Lucene index in {@code config.index()}
     * (a SolrCloud collection: {@code solr.SolrIndex}).
     */
    public EngineBuilder index(IndexOpener opener) {
        this.opener = opener;
        return this;
    }

    /**
     * Runs semantic search ({@code --semantic}): briefings are embedded in the background into a
     * vector index beside the main one (the embedded index) or into the collection's documents
     * (SolrCloud), and searches may ask for {@code mode=hybrid}. Off by default: the model is then
     * never loaded and ingest costs what it did.
     */
    public EngineBuilder semantic(boolean on) {
        this.semantic = on;
        return this;
    }

    /**
     * Whether a reconciliation makes what it has indexed so far searchable about once a second (the
     * default: a server starting on a big corpus answers with growing results) or only at its end.
     * {@code briefings index} says false: no search runs in its process, and each of those refreshes
     * flushes every ingest thread's segment and leaves small segments to merge (issue 16). Commits
     * (every 500 files or more, {@link ProgressPacer}) are kept either way, so a crash loses little work.
     */
    public EngineBuilder searchableWhileReconciling(boolean on) {
        this.searchableWhileReconciling = on;
        return this;
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
        BriefingIndex index = opener.open(codes);
        Curator curator;
        try {
            curator = Curator.open(corpus, index, codes);
        } catch (IOException | RuntimeException e) {
            index.close();
            throw e;
        }
        IngestPipeline pipeline = new IngestPipeline(extractor(config), new Enricher());
        IngestTally tally = IngestTally.sinceStart();
        Watches watches;
        try {
            watches = Watches.open(corpus, index);
        } catch (IOException | RuntimeException e) {
            index.close();
            throw e;
        }
        VectorIndexer vectors = null;
        if (semantic) {
            try {
                vectors = vectors(index, watches);
            } catch (IOException | RuntimeException e) {
                watches.close();
                index.close();
                throw e;
            }
        }
        return new BriefingEngine(
                corpus,
                index,
                pipeline,
                writer,
                new Reconciler(
                        corpus,
                        index,
                        pipeline,
                        config.threads(),
                        tally,
                        part,
                        writer::changedItself,
                        searchableWhileReconciling),
                tally,
                curator,
                watches,
                vectors);
    }

    /**
     * The passage vectors where the backend keeps them (the embedded index in {@code index/vectors/},
     * SolrCloud in the briefings' documents), kept in step by a {@link VectorIndexer} that hears of
     * every change to the index beside the watches, and hybrid search on the backend's searches.
     */
    private static VectorIndexer vectors(BriefingIndex index, Watches watches) throws IOException {
        PassageVectors store =
                index.enableHybrid(SentenceModel.shared()::embed, VectorIndexer.storeKey(), Fusion.DEFAULT);
        VectorIndexer vectors = new VectorIndexer(index, store, SentenceModel.shared());
        index.setListener(IndexListener.both(watches, vectors));
        return vectors;
    }

    /** The folder inside the index folder that holds the vector index (the embedded index's). */
    public static final String VECTORS_FOLDER = EmbeddedIndex.VECTORS_FOLDER;

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
