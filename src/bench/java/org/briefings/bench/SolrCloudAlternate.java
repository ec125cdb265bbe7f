package org.briefings.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.briefings.engine.GazetteerCountryCodes;
import org.briefings.enrich.country.Gazetteer;
import org.briefings.solr.SolrPeer;

/**
 * Two builds of the engine in front of one SolrCloud collection, and Solr alone, in alternating
 * rounds (A, B, Solr alone, A, B, ...): a before/after of the engine's own cost on top of Solr in
 * which the machine's load drifts across all three alike, which one {@code --only solrcloud} run
 * per build cannot give on a shared machine. Not part of {@code scripts/bench.sh}; run it as {@link
 * EnrichLoop} is run (docs/benchmarks.md):
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.briefings.bench.SolrCloudAlternate \
 *   BUILD_A BUILD_B CYCLES SHARDS --docs 3000 --rounds 1 --seconds 5
 * </pre>
 *
 * BUILD_A and BUILD_B are folders holding {@code target/briefings.jar} and {@code target/lib} (a
 * copy of the project's after {@code ./mvnw package} at each commit); the other options are the
 * harness's own ({@link BenchOptions}). Each round prints one line per system, which is the
 * measurement: p50 and queries/s at 1 and 4 clients.
 */
final class SolrCloudAlternate {

    private SolrCloudAlternate() {}

    public static void main(String[] args) throws Exception {
        Path a = Path.of(args[0]).toAbsolutePath();
        Path b = Path.of(args[1]).toAbsolutePath();
        int cycles = Integer.parseInt(args[2]);
        int shards = Integer.parseInt(args[3]);
        String[] rest = Arrays.copyOfRange(args, 4, args.length);
        BenchOptions o = BenchOptions.parse(rest);
        BenchMain.ensureIndex(o, o.docs());
        Path src = BuildSearchIndex.dir(o.work(), o.docs());
        Path work = o.work().resolve("solrcloud-alternate");
        Corpora.deleteTree(work);
        Files.createDirectories(work);
        try (SolrPeer solr = SolrPeer.start(work.resolve("cluster"), o.heap(), SolrCloudBench.NODES)) {
            String collection = "alternate-" + shards + "-shard";
            solr.create(collection, shards);
            int loaded = solr.load(src.resolve("engine"), collection);
            BenchMain.log("alternate: %s holds %,d briefings", collection, loaded);
            List<String> notes = new ArrayList<>();
            List<PeerLoad.Request> direct =
                    SolrCloudBench.direct(solr, collection, new GazetteerCountryCodes(Gazetteer.load()), notes);
            notes.forEach(n -> BenchMain.log("alternate: %s", n));
            List<String> engine = List.of("--solr", solr.urls(), "--collection", collection);
            for (int cycle = 1; cycle <= cycles; cycle++) {
                for (String system : List.of("A", "B", "solr")) {
                    String load = String.valueOf(PeerBench.loadAverage());
                    PeerLoad.Result r = system.equals("solr")
                            ? PeerBench.load(o, work, new PeerLoad.Requests("solr", "/response/numFound", direct))
                            : PeerBench.serveAndLoad(
                                            options(system.equals("A") ? a : b, rest),
                                            src,
                                            work,
                                            "engine-" + system,
                                            engine)
                                    .load();
                    BenchMain.log(
                            "alternate cycle %d %s: 1 client p50 %.2f ms %.1f/s; 4 clients p50 %.2f ms %.1f/s;"
                                    + " load %s",
                            cycle,
                            system,
                            r.one().get(0).latency().p50(),
                            r.one().get(0).perSec(),
                            r.four().get(0).latency().p50(),
                            r.four().get(0).perSec(),
                            load);
                }
            }
        }
    }

    /** The harness's options with another build's folder as the project (its jar is what serve runs). */
    private static BenchOptions options(Path build, String[] rest) {
        List<String> argv = new ArrayList<>(List.of(rest));
        argv.addAll(List.of("--project", build.toString()));
        return BenchOptions.parse(argv.toArray(String[]::new));
    }
}
