package org.briefings.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.briefings.engine.GazetteerCountryCodes;
import org.briefings.enrich.country.Gazetteer;
import org.briefings.search.CountryCodes;
import org.briefings.solr.SolrPeer;

/**
 * The SolrCloud part (issue 11, item 5): what the engine costs on its SolrCloud backend, beside the
 * embedded index and beside Solr answering the same queries with no engine in front. The same
 * briefings (the benchmark's search index) and the same 36-query mix, timed by the same client
 * ({@link PeerLoad}, its own JVM, 1 and 4 closed-loop clients) as the peers part:
 *
 * <ul>
 *   <li>{@code briefings serve} on the embedded index;
 *   <li>{@code briefings serve --solr ... --collection ...} on a collection of 1 shard, then of 2
 *       shards, of a two-node SolrCloud in a JVM of its own (the tests' launcher, {@link SolrPeer}),
 *       the collection made from the engine's generated configset and filled from the same index;
 *   <li>Solr's own {@code /select} answering, for each query, every request the engine's Solr backend
 *       sends for it (the search, and the count of the page's copy groups after it when the collection
 *       holds copies), recorded from the
 *       backend itself, so that engine ÷ Solr is the engine's own cost on top of Solr.
 * </ul>
 *
 * <p>Every query's total is read from all five and compared. Then ingest ({@link SolrCloudIngest}):
 * a slice of UN speeches through {@code briefings index --solr} by one process and by two ({@code
 * --part 1/2}, {@code --part 2/2}) at once.
 */
final class SolrCloudBench {

    /** Nodes of the cluster: a 2-shard collection puts one shard on each. */
    static final int NODES = 2;

    static final List<Integer> LAYOUTS = List.of(1, 2);

    private SolrCloudBench() {}

    static void run(BenchOptions o, Report report) throws Exception {
        BuildSearchIndex.Built built = BenchMain.ensureIndex(o, o.docs());
        Path src = BuildSearchIndex.dir(o.work(), o.docs());
        Path work = o.work().resolve("solrcloud");
        Corpora.deleteTree(work);
        Files.createDirectories(work);
        CountryCodes countries = new GazetteerCountryCodes(Gazetteer.load());
        List<PeerBench.Outcome> outcomes = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        notes.add("load average of the machine (1 min) when the part began: " + PeerBench.loadAverage());

        BenchMain.log("solrcloud: the engine on its embedded index, %,d briefings", o.docs());
        outcomes.add(PeerBench.attempt(
                "engine", "this commit", () -> PeerBench.serveAndLoad(o, src, work, "engine", List.of())));
        SolrCloudIngest.Result ingest;
        try (SolrPeer solr = SolrPeer.start(work.resolve("cluster"), o.heap(), NODES)) {
            for (int shards : LAYOUTS) {
                String collection = "bench-" + shards + "-shard";
                solr.create(collection, shards);
                long t0 = System.nanoTime();
                int loaded = solr.load(src.resolve("engine"), collection);
                BenchMain.log(
                        "solrcloud: %s holds %,d briefings (loaded in %.1f s)",
                        collection, loaded, (System.nanoTime() - t0) / 1e9);
                List<PeerLoad.Request> direct = direct(solr, collection, countries, notes);
                String engine = "engine-solr-" + shards;
                BenchMain.log("solrcloud: the engine on %s", collection);
                outcomes.add(PeerBench.attempt(
                        engine,
                        shards + " shard(s)",
                        () -> PeerBench.serveAndLoad(
                                o, src, work, engine, List.of("--solr", solr.urls(), "--collection", collection))));
                String alone = "solr-" + shards;
                BenchMain.log("solrcloud: Solr alone on %s", collection);
                outcomes.add(PeerBench.attempt(
                        alone,
                        shards + " shard(s)",
                        () -> new PeerBench.Outcome(
                                alone,
                                shards + " shard(s)",
                                PeerBench.load(o, work, new PeerLoad.Requests(alone, "/response/numFound", direct)),
                                loaded,
                                0,
                                null)));
                solr.delete(collection);
            }
            BenchMain.log("solrcloud: ingest of UN speeches through briefings index");
            ingest = SolrCloudIngest.run(o, work.resolve("ingest"), solr);
        }
        notes.add("load average when it ended: " + PeerBench.loadAverage() + " (on "
                + Runtime.getRuntime().availableProcessors() + " cores)");
        report.section(
                "SolrCloud: the engine on SolrCloud, and Solr alone",
                SolrCloudReport.markdown(o, built, outcomes, notes) + SolrCloudReport.ingest(ingest));
        report.raw.put("solrcloud", Map.of("docs", o.docs(), "outcomes", outcomes, "notes", notes, "ingest", ingest));
    }

    /**
     * For each query of the mix, every request the engine's Solr backend sent for it, as form bodies
     * for Solr's {@code /select}: the page of hits first (its {@code numFound} is the total compared),
     * then the others in the order sent (the count of the page's copy groups; a strict-form count,
     * had the relaxation rule asked for one, is moved after the search, the same work).
     */
    static List<PeerLoad.Request> direct(SolrPeer solr, String collection, CountryCodes countries, List<String> notes)
            throws Exception {
        List<PeerLoad.Request> requests = new ArrayList<>();
        int sent = 0;
        for (QueryMix.BenchQuery q : QueryMix.all()) {
            SolrPeer.Sent recorded = solr.requests(q.request(), countries, collection);
            List<String> then = new ArrayList<>(recorded.forms());
            then.remove(recorded.search());
            if (recorded.search() > 0) {
                notes.add(collection + ", " + q.label() + ": the backend counted the strict form first "
                        + "(relaxation rule); replayed after the search");
            }
            requests.add(new PeerLoad.Request(
                    q.label(),
                    "POST",
                    solr.selectUrl(collection),
                    "application/x-www-form-urlencoded",
                    recorded.searchForm(),
                    then));
            sent += recorded.forms().size();
        }
        notes.add(Report.f(
                "%s: the engine's Solr backend sent %d requests to Solr for the %d queries; Solr alone is sent "
                        + "the same ones",
                collection, sent, requests.size()));
        return requests;
    }
}
