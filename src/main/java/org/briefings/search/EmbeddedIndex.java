package org.briefings.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.briefings.Briefing;
import org.briefings.index.BriefingDocuments;
import org.briefings.index.BriefingIndex;
import org.briefings.index.BriefingSchema;
import org.briefings.index.EmbeddedVectors;
import org.briefings.index.FacetCuration;
import org.briefings.index.FacetDimension;
import org.briefings.index.IndexListener;
import org.briefings.index.LuceneIndex;
import org.briefings.index.PassageVectors;
import org.briefings.index.VectorStore;
import org.briefings.view.BriefingViews;

/**
 * The default {@link BriefingIndex}: the embedded Lucene index in {@code index/} ({@link LuceneIndex})
 * with its {@link BriefingSearcher}, in this JVM. Every call is passed straight on, so the engine
 * behaves exactly as it did before there was a second backend.
 */
public final class EmbeddedIndex implements BriefingIndex {

    private static final Set<String> ID_ONLY = Set.of(BriefingSchema.ID);

    private final LuceneIndex lucene;
    private final BriefingSearcher searcher;

    private final SimilarBriefings similar;
    private final EntityPages entities;

    private EmbeddedIndex(LuceneIndex lucene, BriefingSearcher searcher) {
        this.lucene = lucene;
        this.searcher = searcher;
        this.similar = new SimilarBriefings(lucene, searcher.countries());
        this.entities = new EntityPages(lucene, searcher);
    }

    /** Opens (or creates) the Lucene index in {@code dir}, searched with the tuned ranking. */
    public static EmbeddedIndex open(Path dir, CountryCodes countries) throws IOException {
        LuceneIndex lucene = LuceneIndex.open(dir);
        return new EmbeddedIndex(lucene, new BriefingSearcher(lucene, countries));
    }

    /** The Lucene index itself, for tests, benchmarks and tools that read it directly. */
    public LuceneIndex lucene() {
        return lucene;
    }

    /** The folder inside the index folder that holds the vector index. */
    public static final String VECTORS_FOLDER = "vectors";

    /**
     * The vectors in their own index in {@code index/vectors/} ({@link VectorStore}: nothing of them
     * in the briefings' index), and hybrid search on the searcher.
     */
    @Override
    public PassageVectors enableHybrid(QueryEmbedder embedder, String modelKey, Fusion fusion) throws IOException {
        VectorStore store = VectorStore.open(lucene.dir().resolve(VECTORS_FOLDER), modelKey);
        searcher.enableHybrid(embedder, store, fusion);
        return new EmbeddedVectors(lucene, store);
    }

    /** The searcher over it. */
    public BriefingSearcher searcher() {
        return searcher;
    }

    @Override
    public void replaceFile(String filePath, List<Briefing> briefings, BriefingDocuments.FileInfo file)
            throws IOException {
        lucene.replaceFile(filePath, briefings, file);
    }

    @Override
    public void deleteFile(String filePath) throws IOException {
        lucene.deleteFile(filePath);
    }

    @Override
    public void delete(String id) throws IOException {
        lucene.delete(id);
    }

    @Override
    public void refresh() throws IOException {
        lucene.refresh();
    }

    @Override
    public void commit() throws IOException {
        lucene.commit();
    }

    @Override
    public boolean hasUncommittedChanges() {
        return lucene.hasUncommittedChanges();
    }

    @Override
    public Instant lastCommit() {
        return lucene.lastCommit();
    }

    @Override
    public int groupCopies() throws IOException {
        return lucene.groupCopies();
    }

    @Override
    public List<Briefing> copiesOf(String id) throws IOException {
        return lucene.copiesOf(id);
    }

    @Override
    public List<BriefingViews.Related> similar(String id, int size) throws IOException {
        return similar.similar(id, size);
    }

    @Override
    public EntityPage entity(String dim, String value, int latest, int limit) throws IOException {
        return entities.page(dim, value, latest, limit);
    }

    @Override
    public void setListener(IndexListener listener) {
        lucene.setListener(listener);
    }

    @Override
    public FacetCuration curation() {
        return lucene.curation();
    }

    @Override
    public int curate(FacetCuration next, Map<FacetDimension, Set<String>> changed, boolean recheckCurated)
            throws IOException {
        return lucene.curate(next, changed, recheckCurated);
    }

    @Override
    public int countTagged(FacetDimension dim, String value) throws IOException {
        return lucene.countTagged(dim, value);
    }

    @Override
    public long countFlagged(FacetDimension flag) throws IOException {
        return lucene.countFlagged(flag);
    }

    @Override
    public Optional<Briefing> get(String id) throws IOException {
        return lucene.get(id);
    }

    @Override
    public boolean contains(String id) throws IOException {
        return lucene.contains(id);
    }

    @Override
    public boolean containsFile(String fileId) throws IOException {
        return lucene.containsFile(fileId);
    }

    @Override
    public FileBriefings briefingsOfFile(String fileId) throws IOException {
        return lucene.briefingsOfFile(fileId);
    }

    @Override
    public Map<String, BriefingDocuments.FileInfo> indexedFiles() throws IOException {
        return lucene.indexedFiles();
    }

    @Override
    public java.util.Set<String> needsOcrPaths() throws IOException {
        return lucene.needsOcrPaths();
    }

    @Override
    public int count() throws IOException {
        return lucene.count();
    }

    @Override
    public long sizeOnDisk() {
        return lucene.sizeOnDisk();
    }

    @Override
    public String location() {
        return lucene.dir().toString();
    }

    @Override
    public SearchResponse search(SearchRequest request) throws IOException {
        return searcher.search(request);
    }

    @Override
    public long scan(SearchRequest request, MatchScanner.Visitor visitor) throws IOException {
        return new MatchScanner(searcher).scan(request, visitor);
    }

    @Override
    public List<String> ids(SearchRequest request, int limit) throws IOException {
        IndexSearcher s = lucene.acquire();
        try {
            TopDocs top = s.search(
                    searcher.matching(s, request).drill(),
                    Math.max(1, limit),
                    BriefingSearcher.sortFor(request.sort()));
            List<String> ids = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                ids.add(s.storedFields().document(sd.doc, ID_ONLY).get(BriefingSchema.ID));
            }
            return ids;
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidRequestException("q", "query expands to too many terms; make wildcards more specific", e);
        } finally {
            lucene.release(s);
        }
    }

    @Override
    public void batch(SearchRequest template, List<String> queries, int top, BatchSearcher.Sink sink)
            throws IOException {
        new BatchSearcher(searcher).run(template, queries, top, sink);
    }

    @Override
    public BriefingSearcher.Selection selection(SearchRequest request) {
        return searcher.selection(request);
    }

    @Override
    public CountryCodes countries() {
        return searcher.countries();
    }

    @Override
    public void close() throws IOException {
        lucene.close();
    }
}
