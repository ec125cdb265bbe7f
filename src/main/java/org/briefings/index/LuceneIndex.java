package org.briefings.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.briefings.Briefing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded Lucene index of briefings on disk: one {@link IndexWriter}, a near-real-time {@link
 * SearcherManager} over it, and the operations the engine needs (replace a file's briefings,
 * delete, look up, commit). Thread-safe. The engine sees it as a {@link BriefingIndex} through
 * {@code search.EmbeddedIndex}, which adds the searcher.
 *
 * <p>Why NRT: a briefing added is searchable after {@link #refresh()} (milliseconds), long before
 * the {@link #commit()} that makes it durable; the original file in {@code corpus/} is the
 * durable copy meanwhile, so a crash loses nothing that reconciliation cannot rebuild.
 */
public final class LuceneIndex implements Closeable {

    private final Path dir;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final AtomicLong lastCommitMillis = new AtomicLong();
    private final FacetOrdinals facetOrdinals = new FacetOrdinals();
    private final Handover handover; // hands written briefings to the listener once searchable
    /** The analyst's rules every briefing is indexed with (see {@link #curate}). */
    private volatile FacetCuration curation = FacetCuration.NONE;
    /**
     * Writes (replace, delete) take the read side. The write side is taken by {@link #curate}, so no
     * briefing is indexed with the old rules, or deleted, while the rules change under it; by copy
     * grouping, so no file is replaced while its group is rewritten; and by {@link #commit}, so no
     * briefing reaches a commit before the listener has seen it ({@link IndexListener#beforeCommit}).
     */
    private final ReentrantReadWriteLock changeLock = new ReentrantReadWriteLock();

    private final CopyGroups copies;
    private final String rebuiltFromVersion;
    /** Writes the writer's buffers on every core before a refresh. */
    private final ParallelFlush bufferWrites;

    private static final Logger LOG = LoggerFactory.getLogger(LuceneIndex.class);
    private static final String SCHEMA_VERSION = "schema_version";
    private static final String CURRENT_VERSION = String.valueOf(BriefingSchema.VERSION);

    private LuceneIndex(Path dir, int groupingThreads) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir);
        this.directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig(BriefingSchema.analyzer());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(64);
        config.setCommitOnClose(true);
        this.writer = IndexInUseException.openWriter(dir, directory, config);
        this.bufferWrites = ParallelFlush.of(writer, groupingThreads);
        this.searchers = new SearcherManager(writer, null);
        this.copies = new CopyGroups(this, writer, changeLock, groupingThreads);
        this.handover = new Handover(searchers);
        this.searchers.addListener(handover);
        Map<String, String> userData =
                writer.getLiveCommitData() == null ? Map.of() : toMap(writer.getLiveCommitData());
        String last = userData.get("committed_at");
        lastCommitMillis.set(last == null ? 0 : Long.parseLong(last));
        String version = userData.get(SCHEMA_VERSION);
        this.rebuiltFromVersion = writer.getDocStats().numDocs > 0 && !CURRENT_VERSION.equals(version)
                ? (version == null ? "1" : version)
                : null;
        if (rebuiltFromVersion != null) {
            // corpus/ is the truth: an index of another schema is emptied and reconciliation refills it
            LOG.warn(
                    "{} was written by schema version {}, this is version {}: emptied until 'briefings index'"
                            + " or 'briefings serve' indexes the corpus again",
                    dir,
                    rebuiltFromVersion,
                    CURRENT_VERSION);
            writer.deleteAll();
            commit();
            searchers.maybeRefreshBlocking();
        }
    }

    /**
     * The schema version of the index found at open when it was not this code's and was therefore
     * emptied for re-indexing; null when the index was current (or new).
     */
    public String rebuiltFromVersion() {
        return rebuiltFromVersion;
    }

    /** Opens (or creates) the index in {@code dir}. */
    public static LuceneIndex open(Path dir) throws IOException {
        return new LuceneIndex(dir, Runtime.getRuntime().availableProcessors());
    }

    /** As {@link #open(Path)}, a large copy-grouping pass looking for candidates on at most that many threads. */
    static LuceneIndex open(Path dir, int groupingThreads) throws IOException {
        return new LuceneIndex(dir, groupingThreads);
    }

    public Path dir() {
        return dir;
    }

    /**
     * Replaces everything that came from one file with the given briefings: deletes by file path,
     * then adds. Briefings with the same id elsewhere are replaced (the same bytes are one briefing).
     */
    public void replaceFile(String filePath, List<Briefing> briefings, BriefingDocuments.FileInfo file)
            throws IOException {
        changeLock.readLock().lock();
        try {
            writer.deleteDocuments(new Term(BriefingSchema.FILE_PATH, filePath));
            copies.deleted();
            for (Briefing b : briefings) {
                Document doc = BriefingDocuments.toDocument(b, file, curation);
                writer.updateDocument(new Term(BriefingSchema.ID, b.id()), doc);
                handover.written(b, doc);
            }
        } finally {
            handover.listener().deleted();
            changeLock.readLock().unlock();
        }
    }

    /** Deletes everything that came from the file at {@code filePath}. */
    public void deleteFile(String filePath) throws IOException {
        deleteMatching(new Term(BriefingSchema.FILE_PATH, filePath));
    }

    /** Deletes a briefing and everything that was extracted from it (attachments, archive entries). */
    public void delete(String id) throws IOException {
        deleteMatching(new Term(BriefingSchema.ID, id), new Term(BriefingSchema.CONTAINER_ID, id));
    }

    private void deleteMatching(Term... terms) throws IOException {
        changeLock.readLock().lock();
        try {
            writer.deleteDocuments(terms);
            copies.deleted();
        } finally {
            handover.listener().deleted();
            changeLock.readLock().unlock();
        }
    }

    /**
     * Puts briefings indexed or deleted since the last call into their copy groups ({@link
     * CopyGroups}) and refreshes; cheap when nothing changed.
     *
     * @return how many briefings changed group
     */
    public int groupCopies() throws IOException {
        return copies.group();
    }

    /** The other briefings of this briefing's copy group, its first member first; empty without copies. */
    public List<Briefing> copiesOf(String id) throws IOException {
        return withSearcher(searcher -> CopyGroups.copiesOf(searcher, id));
    }

    /** Sets who hears of briefings made searchable and of commits (the engine's watches). */
    public void setListener(IndexListener listener) {
        handover.listener(listener);
    }

    /** Who hears of briefings made searchable, of deletes and of commits. */
    public IndexListener listener() {
        return handover.listener();
    }

    /** The curation rules briefings are indexed with now. */
    public FacetCuration curation() {
        return curation;
    }

    /**
     * Indexes every briefing from now on with {@code next}, and rewrites the indexed briefings it
     * changes from their stored records (no extraction), visible to searches when this returns.
     *
     * @param changed        the tagged values whose meaning changed, by dimension
     * @param recheckCurated also recheck every briefing some rule changed before (at start, when
     *                       the index may have been curated with other rules)
     * @return how many briefings were rewritten
     */
    public int curate(FacetCuration next, Map<FacetDimension, Set<String>> changed, boolean recheckCurated)
            throws IOException {
        changeLock.writeLock().lock();
        try {
            curation = next;
            int rewritten = Recuration.run(writer, searchers, next, changed, recheckCurated);
            if (rewritten > 0) {
                copies.group(); // rewritten briefings first in their group were marked for grouping again
            }
            // otherwise briefings still pending wait for the next grouping pass (the start-up
            // reconciliation's, after serve listens): grouping a never-grouped archive here, under the
            // write lock, kept a million-briefing serve from answering for minutes
            return rewritten;
        } finally {
            changeLock.writeLock().unlock();
        }
    }

    /** How many briefings were tagged with this value of a curated dimension (person, org, country). */
    public int countTagged(FacetDimension dim, String value) throws IOException {
        return count(new TermQuery(new Term(BriefingSchema.taggedField(dim), value)));
    }

    /** Makes recent changes visible to searches (near-real-time). */
    public void refresh() throws IOException {
        bufferWrites.run();
        searchers.maybeRefreshBlocking();
    }

    /**
     * Makes recent changes durable. Writes wait meanwhile: the pending briefings are made visible
     * and the listener records what it derives from them first, so after a crash a briefing in the
     * last commit has what the listener derived from it, and one that is not is indexed again.
     */
    public void commit() throws IOException {
        changeLock.writeLock().lock();
        try {
            refresh();
            handover.listener().beforeCommit();
            long now = System.currentTimeMillis();
            writer.setLiveCommitData(Map.of("committed_at", String.valueOf(now), SCHEMA_VERSION, CURRENT_VERSION)
                    .entrySet());
            writer.commit();
            lastCommitMillis.set(now);
        } finally {
            changeLock.writeLock().unlock();
        }
    }

    /** What the writer holds in memory, not yet written as segments (for tests). */
    long bufferedBytes() {
        return writer.ramBytesUsed();
    }

    public boolean hasUncommittedChanges() {
        return writer.hasUncommittedChanges();
    }

    /** When the last commit happened, or null if never. */
    public Instant lastCommit() {
        long millis = lastCommitMillis.get();
        return millis == 0 ? null : Instant.ofEpochMilli(millis);
    }

    /** What a query of the index needs a searcher for, and may fail reading it. */
    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** Runs {@code work} on a borrowed searcher and gives it back. */
    private <T> T withSearcher(SearcherWork<T> work) throws IOException {
        IndexSearcher searcher = acquire();
        try {
            return work.apply(searcher);
        } finally {
            release(searcher);
        }
    }

    /** Borrows a searcher; give it back with {@link #release}. */
    public IndexSearcher acquire() throws IOException {
        return searchers.acquire();
    }

    public void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    /**
     * Facet state for the searcher's reader, built once per reader (it maps ordinals to values);
     * null while the index holds no facet values at all (a new, empty index).
     */
    public SortedSetDocValuesReaderState facetState(IndexSearcher searcher) throws IOException {
        return facetOrdinals.of(searcher.getIndexReader());
    }

    /** The briefing with this id, if indexed. */
    public Optional<Briefing> get(String id) throws IOException {
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(BriefingSchema.ID, id)), 1);
            return top.scoreDocs.length == 0
                    ? Optional.empty()
                    : Optional.of(BriefingDocuments.fromDocument(
                            searcher.storedFields().document(top.scoreDocs[0].doc)));
        });
    }

    /** Whether a briefing with this id is indexed. */
    public boolean contains(String id) throws IOException {
        return count(new TermQuery(new Term(BriefingSchema.ID, id))) > 0;
    }

    /** Whether anything from a file with this content hash is indexed. */
    public boolean containsFile(String fileId) throws IOException {
        return count(new TermQuery(new Term(BriefingSchema.FILE_ID, fileId))) > 0;
    }

    private int count(org.apache.lucene.search.Query query) throws IOException {
        return withSearcher(searcher -> searcher.count(query));
    }

    /** See {@link BriefingIndex#countFlagged}: the flag's drill-down term, counted without facets. */
    public long countFlagged(FacetDimension flag) throws IOException {
        DrillDownQuery q = new DrillDownQuery(BriefingSchema.facetsConfig());
        q.add(flag.dim(), BriefingSchema.FLAG_SET);
        return count(q);
    }

    /** Number of briefings visible to searches. */
    public int count() throws IOException {
        return count(new org.apache.lucene.search.MatchAllDocsQuery());
    }

    /** Bytes the index takes on disk. */
    public long sizeOnDisk() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(p -> {
                        try {
                            return Files.isRegularFile(p) ? Files.size(p) : 0;
                        } catch (IOException e) {
                            return 0;
                        }
                    })
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** See {@link BriefingIndex#needsOcrPaths}. */
    public Set<String> needsOcrPaths() throws IOException {
        return withSearcher(searcher -> NeedsOcrFiles.paths(searcher));
    }

    /**
     * What the index knows of each file: path -> (content hash, size, mtime). Reconciliation
     * compares this with the corpus folder. Streams stored fields; holds only this small map.
     */
    public Map<String, BriefingDocuments.FileInfo> indexedFiles() throws IOException {
        return withSearcher(searcher -> IndexedFiles.of(searcher));
    }

    /** Everything indexed from the file with this content hash, or null when nothing is. */
    public BriefingIndex.FileBriefings briefingsOfFile(String fileId) throws IOException {
        return withSearcher(searcher -> IndexedFiles.briefingsOf(searcher, fileId));
    }

    @Override
    public void close() throws IOException {
        if (writer.hasUncommittedChanges()) {
            commit();
        }
        searchers.close();
        writer.close();
        directory.close();
    }

    private static Map<String, String> toMap(Iterable<Map.Entry<String, String>> entries) {
        Map<String, String> map = new HashMap<>();
        for (Map.Entry<String, String> e : entries) {
            map.put(e.getKey(), e.getValue());
        }
        return map;
    }

    /** Opens a read-only view (for tools that must not take the write lock). */
    static DirectoryReader openReader(Path dir) throws IOException {
        return DirectoryReader.open(FSDirectory.open(dir));
    }
}
