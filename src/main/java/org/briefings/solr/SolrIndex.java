package org.briefings.solr;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.briefings.Briefing;
import org.briefings.index.BriefingDocuments;
import org.briefings.index.BriefingIndex;
import org.briefings.index.FacetCuration;
import org.briefings.index.FacetDimension;
import org.briefings.index.IndexHealth;
import org.briefings.index.IndexListener;
import org.briefings.index.PassageVectors;
import org.briefings.search.BatchSearcher;
import org.briefings.search.BriefingSearcher;
import org.briefings.search.CountryCodes;
import org.briefings.search.EntityPage;
import org.briefings.search.Fusion;
import org.briefings.search.MatchScanner;
import org.briefings.search.QueryEmbedder;
import org.briefings.search.Ranking;
import org.briefings.search.RequestPlanner;
import org.briefings.search.SearchRequest;
import org.briefings.search.SearchResponse;
import org.briefings.view.BriefingViews;

/**
 * A {@link BriefingIndex} kept in a SolrCloud collection: the writes ({@link SolrWrites}: uploads,
 * deletes, soft and hard commits, copy grouping, curation), the look-ups ({@link SolrLookups}),
 * the searches ({@link SolrSearch}, with copies, snippets and "did you mean"), similar briefings
 * ({@link SolrSimilar}) and entity pages ({@link SolrEntityPages}), over one SolrJ client.
 * Briefings become Solr documents from the embedded index's own Lucene documents ({@link
 * SolrDocuments}), and every request is planned by the engine's {@link RequestPlanner}, so both
 * backends answer with the same JSON.
 */
public final class SolrIndex implements BriefingIndex {

    private final CloudHttp2SolrClient client;
    private final SolrTarget target;
    private final RequestPlanner planner;
    private final SolrWrites writes;
    private final SolrLookups lookups;
    private final SolrSearch search;
    private final SolrCopyGroups copyGroups;
    private final SolrSimilar similar;
    private final SolrEntityPages entities;
    private final SolrRequests solr;

    private SolrIndex(CloudHttp2SolrClient client, SolrTarget target, CountryCodes countries) {
        this.client = client;
        this.target = target;
        this.planner = new RequestPlanner(countries, Ranking.DEFAULT);
        this.solr = new SolrRequests(client, target.collection());
        this.copyGroups = new SolrCopyGroups(solr);
        this.writes = new SolrWrites(solr, copyGroups);
        this.lookups = new SolrLookups(solr);
        this.search = new SolrSearch(solr, planner, writes::sent);
        this.similar = new SolrSimilar(solr, countries);
        this.entities = new SolrEntityPages(solr, planner);
    }

    /**
     * Connects to the cluster and creates the collection when it is missing (see {@link
     * SolrCollections}). Over HTTP/1.1 rather than SolrJ's default HTTP/2: a search is one short
     * request and answer, which HTTP/2's streams do not speed up, while its frames pass through more
     * threads on both sides (Jetty's pool keeps up to 64 connections per node; docs/scaling.md has
     * the measurement).
     */
    public static SolrIndex open(SolrTarget target, CountryCodes countries) throws IOException {
        CloudHttp2SolrClient client = new CloudHttp2SolrClient.Builder(target.urls())
                .withHttpClientBuilder(new Http2SolrClient.Builder().useHttp1_1(true))
                .build();
        try {
            SolrCollections.ensure(client, target);
        } catch (IOException | RuntimeException e) {
            client.close();
            throw e;
        }
        return new SolrIndex(client, target, countries);
    }

    /**
     * The passage vectors in the collection's own documents ({@link SolrVectors}), written by a
     * background re-add, and {@code mode=hybrid} answered with {@code {!knn}} fused in the engine
     * ({@link SolrHybrid}). {@code modelKey} is not recorded: the configset's name says the vectors'
     * dimensions, not which model made them.
     */
    @Override
    public PassageVectors enableHybrid(QueryEmbedder embedder, String modelKey, Fusion fusion) {
        SolrVectors vectors = new SolrVectors(solr, writes);
        search.enableHybrid(new SolrHybrid(solr, search.queries(), embedder, vectors, fusion));
        return vectors;
    }

    // --- writing ---

    @Override
    public void replaceFile(String filePath, List<Briefing> briefings, BriefingDocuments.FileInfo file)
            throws IOException {
        writes.replaceFile(filePath, briefings, file);
    }

    @Override
    public Map<String, Exception> replaceFiles(List<FileWrite> files) {
        return writes.replaceFiles(files);
    }

    /** Files per batch of a reconciliation: two requests for fifty files instead of a hundred. */
    @Override
    public int filesPerWrite() {
        return FILES_PER_WRITE;
    }

    private static final int FILES_PER_WRITE = 50;

    @Override
    public void deleteFile(String filePath) throws IOException {
        writes.deleteFile(filePath);
    }

    @Override
    public void delete(String id) throws IOException {
        writes.delete(id);
    }

    @Override
    public void refresh() throws IOException {
        writes.refresh();
    }

    @Override
    public void commit() throws IOException {
        writes.commit();
    }

    @Override
    public boolean hasUncommittedChanges() {
        return writes.hasUncommittedChanges();
    }

    @Override
    public Instant lastCommit() {
        return writes.lastCommit();
    }

    @Override
    public void setListener(IndexListener l) {
        writes.setListener(l);
    }

    @Override
    public int groupCopies() throws IOException {
        return writes.groupCopies();
    }

    @Override
    public FacetCuration curation() {
        return writes.curation();
    }

    @Override
    public int curate(FacetCuration next, Map<FacetDimension, Set<String>> changed, boolean recheckCurated)
            throws IOException {
        return writes.curate(next, changed, recheckCurated);
    }

    // --- looking up ---

    @Override
    public List<Briefing> copiesOf(String id) throws IOException {
        return copyGroups.copiesOf(id);
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
    public int countTagged(FacetDimension dim, String value) throws IOException {
        return lookups.countTagged(dim, value);
    }

    @Override
    public long countFlagged(FacetDimension flag) throws IOException {
        return lookups.countFlagged(flag);
    }

    @Override
    public Optional<Briefing> get(String id) throws IOException {
        return lookups.get(id);
    }

    @Override
    public boolean contains(String id) throws IOException {
        return lookups.contains(id);
    }

    @Override
    public boolean containsFile(String fileId) throws IOException {
        return lookups.containsFile(fileId);
    }

    @Override
    public FileBriefings briefingsOfFile(String fileId) throws IOException {
        return lookups.briefingsOfFile(fileId);
    }

    @Override
    public Map<String, BriefingDocuments.FileInfo> indexedFiles() throws IOException {
        return lookups.indexedFiles();
    }

    @Override
    public Set<String> needsOcrPaths() throws IOException {
        return lookups.needsOcrPaths();
    }

    @Override
    public int count() throws IOException {
        return lookups.count();
    }

    /** Every replica's cores on every live node, as the nodes' Metrics API reports them. */
    @Override
    public long sizeOnDisk() {
        return SolrCollections.sizeOnDisk(client, target.collection());
    }

    @Override
    public IndexHealth health() {
        return SolrCollections.health(client, target.collection());
    }

    @Override
    public String location() {
        return target.toString();
    }

    /** Solr has no BM25F query parser: each word is scored per field, weighted, and the scores added. */
    @Override
    public java.util.Map<String, String> fieldWeighting() {
        return java.util.Map.of(
                "method",
                "per-field sum",
                "detail",
                "Solr has no BM25F parser: each word is scored in title, summary and body separately, weighted "
                        + "as on the embedded index, and the scores added, so rankings can differ where scores are "
                        + "close (docs/ranking.md, SolrCloud)");
    }

    // --- searching ---

    @Override
    public SearchResponse search(SearchRequest request) throws IOException {
        return search.search(request);
    }

    @Override
    public long scan(SearchRequest request, MatchScanner.Visitor visitor) throws IOException {
        return search.scan(request, visitor);
    }

    @Override
    public List<String> ids(SearchRequest request, int limit) throws IOException {
        return search.ids(request, limit);
    }

    @Override
    public void batch(SearchRequest template, List<String> queries, int top, BatchSearcher.Sink sink)
            throws IOException {
        search.batch(template, queries, top, sink);
    }

    @Override
    public BriefingSearcher.Selection selection(SearchRequest request) {
        return planner.selection(request);
    }

    @Override
    public CountryCodes countries() {
        return planner.countries();
    }

    @Override
    public void close() throws IOException {
        try {
            if (writes.hasUncommittedChanges()) {
                writes.commit();
            }
        } finally {
            client.close();
        }
    }
}
