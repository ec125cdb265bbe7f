package org.briefings.engine;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.briefings.Briefing;
import org.briefings.curation.Curator;
import org.briefings.index.BriefingDocuments;
import org.briefings.index.BriefingIndex;
import org.briefings.index.IndexHealth;
import org.briefings.index.IndexUnavailableException;
import org.briefings.ingest.ContentHash;
import org.briefings.ingest.IngestException;
import org.briefings.ingest.Warning;
import org.briefings.pipeline.FileFailure;
import org.briefings.pipeline.FileOutcome;
import org.briefings.pipeline.IngestPipeline;
import org.briefings.pipeline.IngestTally;
import org.briefings.search.BatchSearcher;
import org.briefings.search.EntityPage;
import org.briefings.search.MatchScanner;
import org.briefings.search.SearchMode;
import org.briefings.search.SearchRequest;
import org.briefings.search.SearchResponse;
import org.briefings.semantic.VectorIndexer;
import org.briefings.view.BriefingViews;
import org.briefings.watch.Watches;

/**
 * The engine behind every door: the CLI, the HTTP server and the tests all use this object, and
 * only this object. Built by {@link EngineBuilder}.
 *
 * <p>{@code corpus/} is the truth and {@code index/} is derived: {@link #reconcile} makes the
 * index match the corpus ({@link Reconciler}), and {@link #add} writes an upload to the corpus
 * durably ({@link CorpusWriter}) before indexing it. What each file came to is counted once, in an
 * {@link IngestTally}, which {@link #stats} reports.
 */
public final class BriefingEngine implements Closeable {

    private final Path corpus;
    private final BriefingIndex index;
    private final IngestPipeline pipeline;
    private final CorpusWriter writer;
    private final Reconciler reconciler;
    private final IngestTally tally;
    private final Curator curator;
    private final Watches watches;
    /** Null unless the engine runs semantic search ({@link EngineBuilder#semantic}). */
    private final VectorIndexer vectors;
    /** Held from an upload's duplicate check to its rename and indexing, and by deletes. */
    private final Object fileLock = new Object();

    BriefingEngine(
            Path corpus,
            BriefingIndex index,
            IngestPipeline pipeline,
            CorpusWriter writer,
            Reconciler reconciler,
            IngestTally tally,
            Curator curator,
            Watches watches,
            VectorIndexer vectors) {
        this.corpus = corpus;
        this.index = index;
        this.pipeline = pipeline;
        this.writer = writer;
        this.reconciler = reconciler;
        this.tally = tally;
        this.curator = curator;
        this.watches = watches;
        this.vectors = vectors;
    }

    /** Whether searches may ask for {@code mode=hybrid} (the engine was built with semantic search). */
    public boolean semantic() {
        return vectors != null;
    }

    /**
     * Semantic search as {@code /api/stats} shows it: {@code status} is {@code on} (with the model,
     * the briefings whose vectors are ready and pending, and what embedding costs), {@code off} (with
     * how to turn it on); either way {@code modes} lists the search modes the server offers.
     */
    public java.util.Map<String, Object> semanticStats() throws IOException {
        if (vectors != null) {
            return vectors.stats();
        }
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("status", "off");
        m.put("enable", "start the server with --semantic (or BRIEFINGS_SEMANTIC=true)");
        m.put("modes", List.of(SearchMode.KEYWORD.json()));
        return m;
    }

    /** Whether the vector index holds vectors for this briefing id (false when semantic search is off). */
    public boolean hasVectors(String id) throws IOException {
        return vectors != null && vectors.has(id);
    }

    /** A briefing's vectors: {@code ready}, {@code pending}, or null when semantic search is off. */
    public String vectorState(String id) throws IOException {
        return vectors == null ? null : vectors.state(id);
    }

    /**
     * Compares the vector index with the index once the index holds the corpus (after the first
     * reconciliation): sweeps vectors of briefings gone, queues briefings without. Nothing without
     * semantic search; harmless when called again.
     */
    public void startVectors() {
        if (vectors != null) {
            vectors.start();
        }
    }

    /** Waits for every queued briefing's vectors; false when {@code timeout} passed first (or true at once without semantic search). */
    public boolean awaitVectors(java.time.Duration timeout) throws InterruptedException {
        return vectors == null || vectors.awaitIdle(timeout);
    }

    /** The standing searches, matched against every briefing as it becomes searchable. */
    public Watches watches() {
        return watches;
    }

    /** The analyst's corrections of the entity facets (merge, rename, reject), kept with the corpus. */
    public Curator curation() {
        return curator;
    }

    /** The corpus folder, absolute. */
    public Path corpus() {
        return corpus;
    }

    /**
     * The index (embedded Lucene or SolrCloud, the engine does not mind which), for tests and
     * benchmarks that check what is in it; the doors use {@link #stats}.
     */
    public BriefingIndex index() {
        return index;
    }

    /** Briefings in the index (cheaper than {@link #stats}, for health checks). */
    public int briefingCount() throws IOException {
        return index.count();
    }

    /** Whether every part of the index is live (a SolrCloud node can be lost; the embedded index is). */
    public IndexHealth indexHealth() {
        return index.health();
    }

    /** The index, the reconciliation, parsing and ingest counts, as one snapshot. */
    public EngineStats stats() throws IOException {
        return new EngineStats(
                index.count(),
                index.sizeOnDisk(),
                corpus,
                index.location(),
                index.lastCommit(),
                reconciler.progress(),
                pipeline.describeParsing(),
                pipeline.limits(),
                tally.snapshot());
    }

    /** Gets a parser ready in the background, so the first upload does not wait for one to start. */
    public void warmUp() {
        pipeline.warmUp();
    }

    public SearchResponse search(SearchRequest request) throws IOException {
        return index.search(request);
    }

    /** Briefings like this one, its copies excluded ({@code search.SimilarBriefings} on the embedded index). */
    public List<BriefingViews.Related> similar(String id, int size) throws IOException {
        return index.similar(id, size);
    }

    /** The other briefings of this one's copy group, the group's first member first. */
    public List<BriefingViews.Related> copies(String id) throws IOException {
        return index.copiesOf(id).stream()
                .map(b -> BriefingViews.related(b, null, index.countries()::name))
                .toList();
    }

    /** A country's, person's or organisation's page ({@code search.EntityPages} on the embedded index). */
    public EntityPage entity(String dim, String value, int latest, int limit) throws IOException {
        return index.entity(dim, value, latest, limit);
    }

    /**
     * Every match of a search, one at a time in the search's order, with no cap and in constant
     * memory: what an export writes ({@link MatchScanner}).
     *
     * @return how many matched
     */
    public long scan(SearchRequest request, MatchScanner.Visitor visitor) throws IOException {
        return index.scan(request, visitor);
    }

    /** Many queries under the filters of {@code template}, each with its total and top hits ({@link BatchSearcher}). */
    public void batch(SearchRequest template, List<String> queries, int top, BatchSearcher.Sink sink)
            throws IOException {
        index.batch(template, queries, top, sink);
    }

    public Optional<Briefing> get(String id) throws IOException {
        if (!ContentHash.isValidId(id)) {
            return Optional.empty();
        }
        return index.get(id);
    }

    /**
     * Makes a running or later {@link #reconcile} stop taking new files (the ones in hand finish), so
     * a shutdown does not wait for a whole corpus and need not interrupt threads doing index I/O.
     */
    public void stopReconciling() {
        reconciler.stop();
    }

    /** Reconciles the whole corpus. */
    public ReconcileReport reconcile() throws IOException {
        return reconcile(List.of(corpus), p -> {});
    }

    /**
     * Makes the index match the files under {@code roots} (folders or files inside the corpus):
     * indexes new and changed files, skips unchanged ones, and deletes briefings of files that are
     * gone from those roots. One bad file is a counted failure, never the end of the run.
     */
    public ReconcileReport reconcile(List<Path> roots, Consumer<ReconcileProgress> listener) throws IOException {
        return reconciler.reconcile(roots, listener);
    }

    /**
     * The answer to an upload.
     *
     * @param warnings what extraction cut or skipped (text over the length limit, embedded documents
     *                 over their limit or unreadable), so the uploader knows the briefing is partial
     */
    public record AddResult(
            boolean duplicate, String fileId, String path, List<Briefing> briefings, List<String> warnings) {
        public AddResult {
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
        }

        public AddResult(boolean duplicate, String fileId, String path, List<Briefing> briefings) {
            this(duplicate, fileId, path, briefings, List.of());
        }
    }

    /** Thrown when an upload is over the size limit; nothing is kept. */
    public static final class TooLargeException extends IOException {
        public TooLargeException(String message) {
            super(message);
        }
    }

    /**
     * Adds a document: stages it in {@code corpus/.incoming} (never whole in memory), refusing more
     * than {@code maxBytes}; extracts it there, so a document that cannot be read is refused with
     * nothing kept; then renames it into {@code corpus/} and indexes it, visible to searches before
     * this returns. The same bytes twice give the existing briefings back.
     *
     * @throws TooLargeException when the upload exceeds {@code maxBytes}
     * @throws IngestException   when the document cannot be extracted (nothing is kept)
     * @throws IndexUnavailableException when the index cannot take it now (no live replica): kept in corpus/
     */
    public AddResult add(String fileName, InputStream in, long maxBytes) throws IOException, IngestException {
        String safeName = FileNames.sanitise(fileName);
        try (CorpusWriter.Staged staged = writer.stage(in, maxBytes)) {
            String hash = staged.hash();
            IndexUnavailableException unavailable = null;
            synchronized (fileLock) {
                try {
                    BriefingIndex.FileBriefings existing = index.briefingsOfFile(hash);
                    if (existing != null) {
                        return new AddResult(true, hash, existing.filePath(), existing.briefings());
                    }
                } catch (IndexUnavailableException e) {
                    unavailable = e; // not known to be a copy: kept below, the reconciliation decides
                }
            }
            Path target = writer.target(safeName, hash);
            String rel = CorpusFiles.relative(corpus, target);
            IngestPipeline.Result result;
            try {
                result = pipeline.process(staged.temp(), rel, hash);
            } catch (IngestException e) {
                tally.recordFailure(FileOutcome.UPLOAD_FAILED, new FileFailure(rel, e.reason(), e.getMessage()));
                throw e;
            }
            synchronized (fileLock) {
                writer.commit(staged, target);
                try {
                    if (unavailable != null) {
                        throw unavailable;
                    }
                    index.replaceFile(
                            rel,
                            result.briefings(),
                            new BriefingDocuments.FileInfo(
                                    hash,
                                    rel,
                                    Files.size(target),
                                    Files.getLastModifiedTime(target).toMillis()));
                    index.groupCopies(); // refreshes: searchable, and folded with its copies, at once
                } catch (IOException | RuntimeException e) {
                    // Kept in corpus/, perhaps unindexed, no longer in flight: the first rescan takes it.
                    writer.forgetOwnChange(target);
                    if (e instanceof IndexUnavailableException refused) {
                        throw refused.keptAt(rel);
                    }
                    throw e;
                }
            }
            tally.recordIndexed(FileOutcome.UPLOADED, rel, result.briefings().size(), result.warnings());
            List<String> warnings =
                    result.warnings().stream().map(Warning::message).toList();
            List<Briefing> curated =
                    result.briefings().stream().map(index.curation()::apply).toList();
            return new AddResult(false, hash, rel, curated, warnings);
        }
    }

    /**
     * Deletes a briefing: from the index, and its original from the corpus when the briefing is
     * the file itself (an attachment is deleted from the index only; its container stays).
     *
     * @return false when no briefing has this id
     */
    public boolean delete(String id) throws IOException {
        Optional<Briefing> found = get(id);
        if (found.isEmpty()) {
            return false;
        }
        Briefing b = found.get();
        synchronized (fileLock) {
            if (b.containerId() == null && !b.sourcePath().contains("!")) {
                writer.delete(b.sourcePath());
                index.deleteFile(b.sourcePath());
            }
            index.delete(id);
            index.groupCopies(); // refreshes; re-points the group if its first member went
        }
        return true;
    }

    /**
     * Whether the engine itself wrote or deleted this corpus file in the last few seconds. The
     * corpus watch ignores such events: the index already knows, and a reconciliation would only
     * re-read what every indexed file is, after every upload.
     */
    public boolean changedItself(Path file) {
        return writer.changedItself(file);
    }

    /** Path of the original file of a briefing (for download), if it is a file of its own. */
    public Optional<Path> originalFile(Briefing b) {
        if (b.sourcePath().contains("!")) {
            return Optional.empty();
        }
        return writer.resolve(b.sourcePath()).filter(Files::isRegularFile);
    }

    /** Puts what changed into its copy groups, then commits it (durability); cheap when nothing changed. */
    public void commit() throws IOException {
        if (index.hasUncommittedChanges()) {
            index.groupCopies();
            index.commit();
        }
    }

    /** Closes the index and stops the parsers (child processes exit). */
    @Override
    public void close() throws IOException {
        reconciler.stop();
        try {
            pipeline.close();
            if (vectors != null) {
                vectors.close();
            }
        } finally {
            try {
                index.close(); // its last commit records the matches first
            } finally {
                watches.close();
            }
        }
    }
}
