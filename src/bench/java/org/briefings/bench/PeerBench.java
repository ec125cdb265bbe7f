package org.briefings.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefings.engine.GazetteerCountryCodes;
import org.briefings.enrich.country.Gazetteer;
import org.briefings.search.CountryCodes;
import org.briefings.search.Ranking;
import org.briefings.search.RequestPlanner;
import org.briefings.search.SearchRequest;
import org.briefings.solr.SolrPeer;

/**
 * The peers part (issue 16): the engine, Solr and OpenSearch side by side in one run, each a single
 * node in a JVM of its own with the same heap, each holding the same briefings (the benchmark's search
 * index; the peers are filled from it), each answering the same 36-query mix through its own HTTP API,
 * timed by the same load generator ({@link PeerLoad}, a separate JVM) at 1 and at 4 clients, one
 * system at a time so none competes with another for the cores. Before timing, each query's total is
 * read from every system and compared with the engine's.
 *
 * <p>The peers are configured by the engine's own code, not by hand: Solr with the configset and the
 * requests of the engine's Solr backend ({@link SolrPeer}), OpenSearch with a mapping generated from
 * the same schema and requests made from the same planned queries ({@link OpenSearchPeer}, {@link
 * OpenSearchRequests}). docs/benchmarks.md says why that is fair.
 *
 * <p>Then ingest: the CRS PDFs through Solr Cell beside the engine's reconcile ({@link PeerIngest}).
 */
final class PeerBench {

    /** What one system gave: its load result, or why it was not measured. */
    record Outcome(
            String system, String version, PeerLoad.Result load, int loaded, double loadSeconds, String failure) {}

    static void run(BenchOptions o, Report report) throws Exception {
        BuildSearchIndex.Built built = BenchMain.ensureIndex(o, o.docs());
        Path src = BuildSearchIndex.dir(o.work(), o.docs());
        Path engineIndex = src.resolve("engine");
        Path work = o.work().resolve("peers");
        Corpora.deleteTree(work);
        Files.createDirectories(work);
        CountryCodes countries = new GazetteerCountryCodes(Gazetteer.load());
        List<Outcome> outcomes = new ArrayList<>();
        List<String> notes = new ArrayList<>();

        notes.add("load average of the machine (1 min) when the part began: " + loadAverage());
        BenchMain.log("peers: the engine over HTTP on %,d briefings", o.docs());
        outcomes.add(attempt("engine", "this commit", () -> engine(o, src, work)));
        BenchMain.log("peers: Solr 9.10.1");
        outcomes.add(attempt("solr", "9.10.1", () -> solr(o, engineIndex, work, countries, notes)));
        BenchMain.log("peers: OpenSearch 2.19.6");
        outcomes.add(attempt("opensearch", "2.19.6", () -> openSearch(o, engineIndex, work, countries, notes)));
        BenchMain.log("peers: ingest of the CRS PDFs, Solr Cell beside the engine");
        PeerIngest.Result ingest;
        try {
            ingest = PeerIngest.run(o, work);
        } catch (Exception e) {
            BenchMain.log("peers: ingest not measured: %s", e);
            ingest = new PeerIngest.Result(0, 0, 0, List.of(), 0, List.of(), "not measured: " + e);
        }
        notes.add("load average when it ended: " + loadAverage() + " (on "
                + Runtime.getRuntime().availableProcessors()
                + " cores: above that, other processes were taking CPU from the systems measured)");
        report.peers(PeerReport.markdown(o, built, outcomes, notes) + PeerReport.ingest(ingest));
        report.raw.put("peers", Map.of("docs", o.docs(), "outcomes", outcomes, "notes", notes, "ingest", ingest));
    }

    interface Measure {
        Outcome run() throws Exception;
    }

    static Outcome attempt(String system, String version, Measure m) {
        try {
            return m.run();
        } catch (Exception | AssertionError e) {
            String why = String.valueOf(e);
            BenchMain.log("peers: %s not measured: %s", system, why);
            return new Outcome(system, version, null, 0, 0, why.substring(0, Math.min(300, why.length())));
        }
    }

    private static Outcome engine(BenchOptions o, Path src, Path work) throws Exception {
        return serveAndLoad(o, src, work, "engine", List.of());
    }

    /**
     * Starts {@code briefings serve} on a hard-linked copy of the benchmark's index and its corpus
     * folder, with {@code extra} arguments ({@code --solr URLS --collection NAME} for the SolrCloud
     * backend), waits for its start-up reconciliation, and times the mix through {@code GET
     * /api/search} with {@link PeerLoad}, recorded as {@code system}.
     */
    static Outcome serveAndLoad(BenchOptions o, Path src, Path work, String system, List<String> extra)
            throws Exception {
        Path jar = o.project().resolve("target/briefings.jar");
        if (!Files.exists(jar)) {
            throw new IOException("no target/briefings.jar (scripts/bench.sh builds it)");
        }
        Path corpus = src.resolve("corpus");
        Path index = work.resolve("engine-index");
        HttpBench.linkCopy(src.resolve("engine"), index);
        HttpBench.cleanUploads(corpus);
        int port = HttpBench.freePort();
        String base = "http://127.0.0.1:" + port;
        long t0 = System.nanoTime();
        List<String> command = new ArrayList<>(HttpBench.serveCommand(jar, o.heap(), port, corpus, index));
        command.addAll(extra);
        Process server = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(work.resolve(system + ".log").toFile())
                .directory(o.project().toFile())
                .start();
        try {
            HttpBench.waitForFirstSearch(base, server, t0);
            HttpBench.waitForReconcile(base, t0);
            List<PeerLoad.Request> requests = new ArrayList<>();
            for (QueryMix.BenchQuery q : QueryMix.all()) {
                requests.add(new PeerLoad.Request(q.label(), "GET", HttpLoad.url(base, q), null, null, List.of()));
            }
            return new Outcome(
                    system,
                    "this commit",
                    load(o, work, new PeerLoad.Requests(system, "/total", requests)),
                    0,
                    0,
                    null);
        } finally {
            HttpBench.stop(server);
            HttpBench.cleanUploads(corpus);
        }
    }

    private static Outcome solr(BenchOptions o, Path engineIndex, Path work, CountryCodes countries, List<String> notes)
            throws Exception {
        try (SolrPeer solr = SolrPeer.start(work.resolve("solr"), o.heap())) {
            long t0 = System.nanoTime();
            int loaded = solr.load(engineIndex);
            double seconds = (System.nanoTime() - t0) / 1e9;
            BenchMain.log("peers: Solr holds %,d briefings (loaded in %.1f s)", loaded, seconds);
            List<PeerLoad.Request> requests = new ArrayList<>();
            for (QueryMix.BenchQuery q : QueryMix.all()) {
                SolrPeer.Sent sent = solr.requests(q.request(), countries);
                if (sent.search() > 0) {
                    notes.add("Solr, " + q.label() + ": the engine's Solr backend first counted the strict form "
                            + "(relaxation rule); only the search itself is replayed");
                }
                requests.add(new PeerLoad.Request(
                        q.label(),
                        "POST",
                        solr.selectUrl(),
                        "application/x-www-form-urlencoded",
                        sent.searchForm(),
                        List.of()));
            }
            Files.writeString(
                    work.resolve("solr-example-request.txt"),
                    requests.get(requests.size() - 1).body());
            return new Outcome(
                    "solr",
                    "9.10.1",
                    load(o, work, new PeerLoad.Requests("solr", "/response/numFound", requests)),
                    loaded,
                    seconds,
                    null);
        }
    }

    private static Outcome openSearch(
            BenchOptions o, Path engineIndex, Path work, CountryCodes countries, List<String> notes) throws Exception {
        try (OpenSearchPeer os = OpenSearchPeer.start(o.project(), work, o.heap(), HttpBench.freePort())) {
            long t0 = System.nanoTime();
            int loaded = os.load(engineIndex);
            double seconds = (System.nanoTime() - t0) / 1e9;
            BenchMain.log("peers: OpenSearch holds %,d briefings (loaded in %.1f s)", loaded, seconds);
            RequestPlanner planner = new RequestPlanner(countries, Ranking.DEFAULT);
            List<PeerLoad.Request> requests = new ArrayList<>();
            for (QueryMix.BenchQuery q : QueryMix.all()) {
                SearchRequest request = q.request();
                RequestPlanner.Plan plan = planner.plan(request);
                org.apache.lucene.search.Query chosen = plan.strict();
                if (plan.relaxed() != null) {
                    String counted = os.send(
                            "POST",
                            "/" + OpenSearchPeer.INDEX + "/_search",
                            ChildJvm.JSON.writeValueAsString(
                                    OpenSearchRequests.count(plan.strict(), plan.filters(), plan.relaxBelow())));
                    long n = ChildJvm.JSON
                            .readTree(counted)
                            .at("/hits/total/value")
                            .asLong();
                    notes.add("OpenSearch, " + q.label() + ": the strict form was counted first (relaxation rule)");
                    if (n < plan.relaxBelow()) {
                        chosen = plan.relaxed();
                    }
                }
                String body = ChildJvm.JSON.writeValueAsString(
                        OpenSearchRequests.search(chosen, plan.filters(), request.facetLimit()));
                requests.add(
                        new PeerLoad.Request(q.label(), "POST", os.searchUrl(), "application/json", body, List.of()));
            }
            Files.writeString(
                    work.resolve("opensearch-example-request.json"),
                    requests.get(requests.size() - 1).body());
            return new Outcome(
                    "opensearch",
                    "2.19.6",
                    load(o, work, new PeerLoad.Requests("opensearch", "/hits/total/value", requests)),
                    loaded,
                    seconds,
                    null);
        }
    }

    static PeerLoad.Result load(BenchOptions o, Path work, PeerLoad.Requests requests) throws IOException {
        Path file = work.resolve(requests.system() + "-requests.json");
        ChildJvm.JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), requests);
        return ChildJvm.run(
                PeerLoad.class,
                List.of(file.toString(), String.valueOf(o.seconds()), String.valueOf(o.rounds())),
                "512m",
                PeerLoad.Result.class);
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Each query's total per system, against the engine's: the lines that differ. */
    static List<String> differences(List<Outcome> outcomes) {
        List<String> out = new ArrayList<>();
        Map<String, Long> engine = outcomes.get(0).load() == null
                ? Map.of()
                : outcomes.get(0).load().totals();
        for (Outcome peer : outcomes.subList(1, outcomes.size())) {
            if (peer.load() == null || engine.isEmpty()) {
                continue;
            }
            Map<String, Long> totals = new LinkedHashMap<>(peer.load().totals());
            engine.forEach((label, total) -> {
                Long other = totals.get(label);
                if (!total.equals(other)) {
                    out.add(peer.system() + ", " + label + ": engine " + total + ", " + peer.system() + " " + other);
                }
            });
        }
        return out;
    }

    private PeerBench() {}
}
