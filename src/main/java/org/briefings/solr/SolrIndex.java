package org.briefings.solr;

import static org.briefings.index.BriefingSchema.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.briefings.Briefing;
import org.briefings.index.BriefingDocuments;
import org.briefings.index.BriefingIndex;
import org.briefings.index.BriefingSchema;
import org.briefings.index.FacetCuration;
import org.briefings.index.FacetDimension;
import org.briefings.index.IndexListener;
import org.briefings.search.BatchSearcher;
import org.briefings.search.BriefingSearcher;
import org.briefings.search.CountryCodes;
import org.briefings.search.EntityPage;
import org.briefings.search.InvalidRequestException;
import org.briefings.search.MatchScanner;
import org.briefings.search.Ranking;
import org.briefings.search.RequestPlanner;
import org.briefings.search.SearchRequest;
import org.briefings.search.SearchResponse;
import org.briefings.view.BriefingViews;

/**
 * A {@link BriefingIndex} kept in a SolrCloud collection. Writes go to the collection with
 * {@code commitWithin} one second; {@link #refresh} is a soft commit, so an upload is searchable when
 * its answer leaves, and Solr's update log makes it durable before that. Briefings become Solr
 * documents from the embedded index's own Lucene documents ({@link SolrDocuments}), and searches go
 * through {@link SolrSearch}.
 *
 * <p>The watches hear of each written batch as on the embedded index, with a searcher over a small
 * in-memory index of the batch: a watch matches the briefing itself; only its "relax when the
 * strict form finds too little" decision is made on the batch rather than on the whole collection.
 */
public final class SolrIndex implements BriefingIndex {

    private static final int COMMIT_WITHIN_MS = 1_000;
    private static final int PAGE = 5_000;

    private final SolrClient client;
    private final SolrTarget target;
    private final RequestPlanner planner;
    private final SolrSearch search;
    private final Object writeLock = new Object();
    private final AtomicBoolean unrefreshed = new AtomicBoolean();
    private final AtomicBoolean uncommitted = new AtomicBoolean();
    private final AtomicLong lastCommit = new AtomicLong();
    private List<IndexListener.Indexed> pending = new ArrayList<>();
    private volatile IndexListener listener = IndexListener.NONE;
    private volatile FacetCuration curation = FacetCuration.NONE;

    private SolrIndex(SolrClient client, SolrTarget target, CountryCodes countries) {
        this.client = client;
        this.target = target;
        this.planner = new RequestPlanner(countries, Ranking.DEFAULT);
        this.search = new SolrSearch(client, target.collection(), planner);
    }

    /** Connects to the cluster and creates the collection when it is missing (see {@link SolrCollections}). */
    public static SolrIndex open(SolrTarget target, CountryCodes countries) throws IOException {
        SolrClient client = new CloudHttp2SolrClient.Builder(target.urls()).build();
        try {
            SolrCollections.ensure(client, target);
        } catch (IOException | RuntimeException e) {
            client.close();
            throw e;
        }
        return new SolrIndex(client, target, countries);
    }

    @Override
    public void replaceFile(String filePath, List<Briefing> briefings, BriefingDocuments.FileInfo file)
            throws IOException {
        synchronized (writeLock) {
            update(new UpdateRequest().deleteByQuery(term(FILE_PATH, filePath)));
            if (briefings.isEmpty()) {
                return;
            }
            UpdateRequest add = new UpdateRequest();
            add.setCommitWithin(COMMIT_WITHIN_MS);
            List<IndexListener.Indexed> written = new ArrayList<>();
            for (Briefing b : briefings) {
                Document doc = BriefingDocuments.toDocument(b, file, curation);
                add.add(SolrDocuments.toSolr(doc));
                written.add(new IndexListener.Indexed(b, doc));
            }
            update(add);
            pending.addAll(written);
        }
    }

    @Override
    public void deleteFile(String filePath) throws IOException {
        update(new UpdateRequest().deleteByQuery(term(FILE_PATH, filePath)));
    }

    @Override
    public void delete(String id) throws IOException {
        UpdateRequest r = new UpdateRequest().deleteById(id);
        update(r);
        update(new UpdateRequest().deleteByQuery(term(CONTAINER_ID, id)));
    }

    private void update(UpdateRequest r) throws IOException {
        try {
            r.process(client, target.collection());
            unrefreshed.set(true);
            uncommitted.set(true);
        } catch (SolrServerException | SolrException e) {
            throw new IOException("SolrCloud refused an update: " + e.getMessage(), e);
        }
    }

    @Override
    public void refresh() throws IOException {
        List<IndexListener.Indexed> batch;
        synchronized (writeLock) {
            if (!unrefreshed.getAndSet(false)) {
                return;
            }
            try {
                client.commit(target.collection(), true, true, true);
            } catch (SolrServerException | SolrException e) {
                unrefreshed.set(true);
                throw new IOException("SolrCloud could not open a new searcher: " + e.getMessage(), e);
            }
            batch = pending;
            pending = new ArrayList<>();
        }
        if (!batch.isEmpty()) {
            MemoryHandover.tell(listener, batch);
        }
    }

    @Override
    public void commit() throws IOException {
        refresh();
        listener.beforeCommit();
        try {
            UpdateRequest r = new UpdateRequest();
            r.setAction(UpdateRequest.ACTION.COMMIT, true, true);
            r.setParam("openSearcher", "false");
            r.process(client, target.collection());
            uncommitted.set(false);
            lastCommit.set(System.currentTimeMillis());
        } catch (SolrServerException | SolrException e) {
            throw new IOException("SolrCloud could not commit: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean hasUncommittedChanges() {
        return uncommitted.get();
    }

    @Override
    public Instant lastCommit() {
        long t = lastCommit.get();
        return t == 0 ? null : Instant.ofEpochMilli(t);
    }

    /** Copies are not grouped on SolrCloud yet: every briefing is the first of its own group. */
    @Override
    public int groupCopies() throws IOException {
        refresh();
        return 0;
    }

    @Override
    public List<Briefing> copiesOf(String id) {
        return List.of();
    }

    /** Not on SolrCloud yet (its MoreLikeThis would do): no similar briefings are listed. */
    @Override
    public List<BriefingViews.Related> similar(String id, int size) {
        return List.of();
    }

    @Override
    public EntityPage entity(String dim, String value, int latest, int limit) {
        throw new InvalidRequestException(
                "dim", "entity pages are not available on the SolrCloud backend yet (docs/scaling.md)");
    }

    @Override
    public void setListener(IndexListener l) {
        listener = l == null ? IndexListener.NONE : l;
    }

    @Override
    public FacetCuration curation() {
        return curation;
    }

    /**
     * Rewrites the briefings whose tagged values a rule change touches (and, at start, every one a
     * rule changed before) from their stored records, then makes them searchable.
     */
    @Override
    public int curate(FacetCuration next, Map<FacetDimension, Set<String>> changed, boolean recheckCurated)
            throws IOException {
        int rewritten = 0;
        synchronized (writeLock) {
            curation = next;
            StringBuilder q = new StringBuilder("{!bool");
            ModifiableSolrParams p = new ModifiableSolrParams();
            int n = 0;
            for (Map.Entry<FacetDimension, Set<String>> e : changed.entrySet()) {
                for (String v : e.getValue()) {
                    p.set("c" + (++n), term(BriefingSchema.taggedField(e.getKey()), v));
                    q.append(" should=$c").append(n);
                }
            }
            if (recheckCurated) {
                p.set("c" + (++n), term(CURATED, "1"));
                q.append(" should=$c").append(n);
            }
            if (n == 0) {
                return 0;
            }
            // a rewrite of every touched briefing from its stored record; the tagged values stay
            p.set("q", q.append('}').toString());
            p.set("fl", SolrDocuments.FULL_FIELDS);
            List<SolrInputDocument> batch = new ArrayList<>();
            int[] count = new int[1];
            try {
                search.walk(p, PAGE, d -> {
                    Document stored = SolrDocuments.stored(d);
                    Briefing tagged = BriefingDocuments.taggedFromDocument(stored);
                    batch.add(SolrDocuments.toSolr(
                            BriefingDocuments.toDocument(tagged, BriefingDocuments.fileInfo(stored), next)));
                    count[0]++;
                    if (batch.size() >= 500) {
                        send(batch); // a rule over a million briefings never holds them all
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            send(batch);
            rewritten = count[0];
            unrefreshed.set(true);
        }
        refresh();
        return rewritten;
    }

    private void send(List<SolrInputDocument> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            update(new UpdateRequest().add(batch));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        batch.clear();
    }

    @Override
    public int countTagged(FacetDimension dim, String value) throws IOException {
        return (int) numFound(term(BriefingSchema.taggedField(dim), value));
    }

    @Override
    public Optional<Briefing> get(String id) throws IOException {
        SolrDocument d = first(term(ID, id));
        return d == null ? Optional.empty() : Optional.of(BriefingDocuments.fromDocument(SolrDocuments.stored(d)));
    }

    @Override
    public boolean contains(String id) throws IOException {
        return numFound(term(ID, id)) > 0;
    }

    @Override
    public boolean containsFile(String fileId) throws IOException {
        return numFound(term(FILE_ID, fileId)) > 0;
    }

    @Override
    public FileBriefings briefingsOfFile(String fileId) throws IOException {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", term(FILE_ID, fileId));
        p.set("fl", SolrDocuments.FULL_FIELDS);
        p.set("rows", 10_000);
        String path = null;
        List<Briefing> briefings = new ArrayList<>();
        for (SolrDocument d : search.query(p).getResults()) {
            Document stored = SolrDocuments.stored(d);
            path = path == null ? stored.get(FILE_PATH) : path;
            briefings.add(BriefingDocuments.fromDocument(stored));
        }
        return briefings.isEmpty() ? null : new FileBriefings(path, briefings);
    }

    @Override
    public Map<String, BriefingDocuments.FileInfo> indexedFiles() throws IOException {
        Map<String, BriefingDocuments.FileInfo> files = new HashMap<>();
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", "*:*");
        p.set("fl", String.join(",", FILE_ID, FILE_PATH, FILE_SIZE, FILE_MTIME));
        search.walk(p, PAGE, d -> {
            BriefingDocuments.FileInfo f = BriefingDocuments.fileInfo(SolrDocuments.stored(d));
            files.putIfAbsent(f.filePath(), f);
        });
        return files;
    }

    @Override
    public java.util.Set<String> needsOcrPaths() throws IOException {
        java.util.Set<String> paths = new java.util.HashSet<>();
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", term(FacetDimension.NEEDS_OCR.dim(), BriefingSchema.FLAG_SET));
        p.set("fl", FILE_PATH);
        search.walk(p, PAGE, d -> paths.add(SolrDocuments.stored(d).get(FILE_PATH)));
        return paths;
    }

    @Override
    public int count() throws IOException {
        return (int) numFound("*:*");
    }

    /** Not reported by this backend (the cluster's own metrics say it per node). */
    @Override
    public long sizeOnDisk() {
        return 0;
    }

    @Override
    public String location() {
        return target.toString();
    }

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
            if (uncommitted.get()) {
                commit();
            }
        } finally {
            client.close();
        }
    }

    private long numFound(String q) throws IOException {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", q);
        p.set("rows", 0);
        return search.query(p).getResults().getNumFound();
    }

    private SolrDocument first(String q) throws IOException {
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", q);
        p.set("fl", SolrDocuments.FULL_FIELDS);
        p.set("rows", 1);
        var results = search.query(p).getResults();
        return results.isEmpty() ? null : results.get(0);
    }

    private static String term(String field, String value) {
        return "{!term f=" + field + "}" + value;
    }
}
