package org.briefings.solr;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.common.util.NamedList;
import org.briefings.index.BriefingDocuments;
import org.briefings.index.BriefingSchema;
import org.briefings.index.FacetCuration;
import org.briefings.search.CountryCodes;
import org.briefings.search.Ranking;
import org.briefings.search.RequestPlanner;
import org.briefings.search.SearchRequest;

/**
 * The benchmark's Solr peer (issue 16; docs/benchmarks.md): Solr 9.10.1 as a single SolrCloud node in
 * a JVM of its own ({@link SolrCluster} with one node and the engine's heap), a collection made from
 * the configset the engine generates from its schema ({@link SolrConfigset}: the same English analysis,
 * docValues facets, offsets stored for the unified highlighter), filled with the benchmark's briefings
 * read back from the engine's own index and turned into Solr documents by the engine's Solr backend
 * ({@link SolrDocuments}). For each query of the mix it gives the very parameters the engine's Solr
 * backend sends ({@link SolrSearch}: tagged filters, JSON facets with {@code excludeTags}, highlighting),
 * recorded on their way, so the harness times Solr's own HTTP API answering them, not the engine.
 *
 * <p>It lives in the {@code solr} package, beside the backend, only to reach those package-private
 * classes; it is compiled with the benchmarks, never into the engine.
 */
public final class SolrPeer implements AutoCloseable {

    public static final String COLLECTION = "briefings";

    private static final int BATCH = 500;

    private final SolrCluster cluster;
    private final CloudHttp2SolrClient client;
    private final String node;

    private SolrPeer(SolrCluster cluster, CloudHttp2SolrClient client) {
        this.cluster = cluster;
        this.client = client;
        this.node = cluster.urls().get(0);
    }

    /** Starts the node (Maven resolves Solr into target/solr-lib the first time) and creates the collection. */
    public static SolrPeer start(Path work, String heap) throws Exception {
        SolrPeer peer = start(work, heap, 1);
        try {
            peer.create(COLLECTION, 1);
        } catch (IOException | RuntimeException e) {
            peer.close();
            throw e;
        }
        return peer;
    }

    /**
     * Starts a SolrCloud of {@code nodes} nodes in one JVM of its own with {@code heap}, and no
     * collection yet (the SolrCloud benchmark creates one per layout, {@link #create}).
     */
    public static SolrPeer start(Path work, String heap, int nodes) throws Exception {
        SolrCluster cluster = SolrCluster.start(nodes, work, heap);
        return new SolrPeer(cluster, new CloudHttp2SolrClient.Builder(cluster.urls()).build());
    }

    /** Creates {@code collection} with the engine's generated configset, {@code shards} shards of one replica. */
    public void create(String collection, int shards) throws IOException {
        SolrCollections.ensure(client, new SolrTarget(cluster.urls(), collection, shards, 1));
    }

    /** Deletes {@code collection}, so the next layout measured does not share the heap with it. */
    public void delete(String collection) throws IOException {
        try {
            CollectionAdminRequest.deleteCollection(collection).process(client);
        } catch (SolrServerException | RuntimeException e) {
            throw new IOException("Solr did not delete " + collection + ": " + e.getMessage(), e);
        }
    }

    /** The nodes' URLs, comma-separated, as {@code --solr} takes them. */
    public String urls() {
        return String.join(",", cluster.urls());
    }

    /** How many briefings {@code collection} holds (after a commit). */
    public long count(String collection) throws IOException {
        try {
            client.commit(collection, true, true);
            return client.query(
                            collection,
                            new ModifiableSolrParams().set("q", "*:*").set("rows", 0))
                    .getResults()
                    .getNumFound();
        } catch (SolrServerException e) {
            throw new IOException("Solr could not count " + collection + ": " + e.getMessage(), e);
        }
    }

    /** {@code http://127.0.0.1:PORT/solr/briefings/select}: where the requests go. */
    public String selectUrl() {
        return selectUrl(COLLECTION);
    }

    /**
     * {@code http://127.0.0.1:PORT/solr/COLLECTION/select} on a node that holds a replica of the
     * collection (its first shard's leader), as SolrJ would choose: a node without one would forward
     * every request, a hop the engine's client does not make.
     */
    public String selectUrl(String collection) {
        try {
            Replica leader = client.getClusterStateProvider()
                    .getCollection(collection)
                    .getSlices()
                    .iterator()
                    .next()
                    .getLeader();
            return (leader == null ? node : leader.getBaseUrl()) + "/" + collection + "/select";
        } catch (IOException | RuntimeException e) {
            return node + "/" + collection + "/select";
        }
    }

    /** Loads every briefing of the engine's index at {@code engineIndex}, commits, and returns how many. */
    public int load(Path engineIndex) throws IOException {
        return load(engineIndex, COLLECTION);
    }

    /** As {@link #load(Path)}, into {@code collection}. */
    public int load(Path engineIndex, String collection) throws IOException {
        List<SolrInputDocument> batch = new ArrayList<>();
        int[] count = new int[1];
        try {
            forEachBriefing(engineIndex, doc -> {
                batch.add(SolrDocuments.toSolr(doc));
                count[0]++;
                if (batch.size() >= BATCH) {
                    send(batch, collection);
                }
            });
            send(batch, collection);
            client.commit(collection, true, true);
        } catch (SolrServerException e) {
            throw new IOException("Solr refused the commit: " + e.getMessage(), e);
        }
        return count[0];
    }

    private void send(List<SolrInputDocument> batch, String collection) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            new UpdateRequest().add(batch).process(client, collection);
        } catch (SolrServerException | IOException e) {
            throw new IllegalStateException("Solr refused a batch: " + e.getMessage(), e);
        }
        batch.clear();
    }

    /**
     * Every briefing of an engine index, as the Lucene document the engine would write for it now
     * (from its stored record, as the taggers found it, no curation: the benchmark's index has none).
     */
    public static void forEachBriefing(Path engineIndex, Consumer<Document> each) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(engineIndex))) {
            for (LeafReaderContext leaf : reader.leaves()) {
                StoredFields stored = leaf.reader().storedFields();
                Bits live = leaf.reader().getLiveDocs();
                for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                    if (live != null && !live.get(d)) {
                        continue;
                    }
                    Document doc = stored.document(d);
                    if (doc.get(BriefingSchema.SOURCE) == null) {
                        continue;
                    }
                    each.accept(BriefingDocuments.toDocument(
                            BriefingDocuments.taggedFromDocument(doc),
                            BriefingDocuments.fileInfo(doc),
                            FacetCuration.NONE));
                }
            }
        }
    }

    /** A briefing's fields and values as the engine's Solr backend sends them (one mapping for every peer). */
    public static Map<String, List<Object>> fields(Document doc) {
        SolrInputDocument solr = SolrDocuments.toSolr(doc);
        Map<String, List<Object>> out = new LinkedHashMap<>();
        for (String name : solr.getFieldNames()) {
            Collection<Object> values = solr.getFieldValues(name);
            out.put(name, values == null ? List.of() : List.copyOf(values));
        }
        return out;
    }

    /**
     * What the engine's Solr backend sent for one search: every request in order, which of them is
     * the search itself, and the total it found. Around the search the backend may count the strict
     * form first (relaxation rule) and, after it, the page's copies (a facet on copy groups); both
     * ask for no rows, the search for a page.
     */
    public record Sent(List<String> forms, int search, long total) {
        public String searchForm() {
            return forms.get(search);
        }
    }

    /**
     * Runs {@code request} through the engine's Solr backend ({@link SolrSearch}, planned as the
     * engine plans it) against this node, and returns the parameters of each request it sent, as
     * form bodies for {@code /select} with compact JSON answers ({@code wt=json}, no indenting, as
     * the engine and OpenSearch answer), and the total it found.
     */
    public Sent requests(SearchRequest request, CountryCodes countries) throws IOException {
        return requests(request, countries, COLLECTION);
    }

    /** As {@link #requests(SearchRequest, CountryCodes)}, against {@code collection}. */
    public Sent requests(SearchRequest request, CountryCodes countries, String collection) throws IOException {
        // one backend per collection, as in the engine: what it asks once a second (whether the
        // collection holds any copy) is recorded once, not before every search
        Recorded backend = recorders.computeIfAbsent(collection, c -> {
            Recording recording = new Recording(client);
            return new Recorded(
                    recording,
                    new SolrSearch(
                            new SolrRequests(recording, c), new RequestPlanner(countries, Ranking.DEFAULT), () -> 0));
        });
        Recording recording = backend.recording();
        recording.sent.clear();
        long total = backend.search().search(request).total();
        List<String> forms = new ArrayList<>();
        int searchAt = -1;
        for (SolrParams p : recording.sent) {
            if (p.getInt("rows", 10) > 0) {
                searchAt = forms.size();
            }
            forms.add(form(p));
        }
        if (searchAt < 0) {
            throw new IllegalStateException("the Solr backend sent no request for a page of hits: " + forms);
        }
        return new Sent(forms, searchAt, total);
    }

    static String form(SolrParams p) {
        StringBuilder out = new StringBuilder();
        for (Iterator<String> names = p.getParameterNamesIterator(); names.hasNext(); ) {
            String name = names.next();
            if (name.equals("wt") || name.equals("version")) {
                continue;
            }
            for (String v : p.getParams(name)) {
                out.append(out.isEmpty() ? "" : "&")
                        .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        }
        return out.append("&wt=json&indent=false").toString();
    }

    private record Recorded(Recording recording, SolrSearch search) {}

    private final Map<String, Recorded> recorders = new java.util.concurrent.ConcurrentHashMap<>();

    /** Passes requests on to the real client and keeps a copy of each one's parameters. */
    private static final class Recording extends SolrClient {
        private final SolrClient inner;
        private final List<SolrParams> sent = new ArrayList<>();

        Recording(SolrClient inner) {
            this.inner = inner;
        }

        @Override
        public NamedList<Object> request(SolrRequest<?> request, String collection)
                throws SolrServerException, IOException {
            sent.add(new ModifiableSolrParams(request.getParams()));
            return inner.request(request, collection);
        }

        @Override
        public void close() {
            // the inner client belongs to the peer
        }
    }

    @Override
    public void close() throws Exception {
        try {
            client.close();
        } finally {
            cluster.close();
        }
    }
}
