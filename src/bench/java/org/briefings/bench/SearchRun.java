package org.briefings.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * In-process search measurements in a child JVM, on the four indexes {@link BuildSearchIndex}
 * built: the engine, bare Lucene, bare Lucene with facets, and that with highlighted snippets
 * ({@link SearchSystems}).
 *
 * <ol>
 *   <li>Check: every query of the mix is run once on each system and the totals are compared, so
 *       the systems are shown to find the same briefings before their speed is compared.</li>
 *   <li>Warm-up: the mix on each system for a few seconds (JIT, page cache).</li>
 *   <li>Latency: {@code rounds} rounds; in each, every system runs the mix on one thread for
 *       {@code seconds} (the systems' order rotates between rounds so drift in the machine's load
 *       does not favour one). p50/p90/p99 per round; the parent reports the median round and the
 *       spread.</li>
 *   <li>(mode {@code full}) Peak throughput with one closed-loop worker per core, then fixed
 *       arrival rates at 50% and 80% of that peak, latency from the due time ({@link Load}).</li>
 * </ol>
 *
 * <pre>SearchRun WORK_DIR DOCS SECONDS ROUNDS full|latency</pre>
 */
public final class SearchRun {

    /** p50/p90/p99 of one system, one selection kind ("all" = the whole mix), one round. */
    public record LatencyRound(int round, String system, String selection, Load.Percentiles latency) {}

    public record Peak(String system, int threads, double perSec) {}

    public record Rate(String system, double fractionOfPeak, Load.RateResult result) {}

    public record Result(
            int docs,
            Map<String, Double> openMs,
            Map<String, Map<String, Long>> totals,
            List<String> mismatches,
            List<LatencyRound> latency,
            List<Peak> peaks,
            List<Rate> rates,
            long rssMb) {}

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int docs = Integer.parseInt(args[1]);
        double seconds = Double.parseDouble(args[2]);
        int rounds = Integer.parseInt(args[3]);
        boolean full = args[4].equals("full");
        Path dir = BuildSearchIndex.dir(work, docs);
        List<QueryMix.BenchQuery> mix = QueryMix.all();

        Map<String, Double> openMs = new LinkedHashMap<>();
        List<SearchSystems.SearchSystem> systems = new ArrayList<>();
        long t0 = System.nanoTime();
        systems.add(new SearchSystems.Engine(dir.resolve("engine")));
        openMs.put("engine", (System.nanoTime() - t0) / 1e6);
        t0 = System.nanoTime();
        systems.add(new SearchSystems.Lucene(dir.resolve("lucene")));
        openMs.put("lucene", (System.nanoTime() - t0) / 1e6);
        t0 = System.nanoTime();
        systems.add(new SearchSystems.LuceneFacets(dir.resolve("lucene-facets")));
        openMs.put("lucene+facets", (System.nanoTime() - t0) / 1e6);
        t0 = System.nanoTime();
        systems.add(new SearchSystems.LuceneSnippets(dir.resolve("lucene-snippets")));
        openMs.put("lucene+facets+snippets", (System.nanoTime() - t0) / 1e6);

        // 1. Same hits?
        Map<String, Map<String, Long>> totals = new LinkedHashMap<>();
        List<String> mismatches = new ArrayList<>();
        for (SearchSystems.SearchSystem s : systems) {
            Map<String, Long> t = new LinkedHashMap<>();
            long first = System.nanoTime();
            for (QueryMix.BenchQuery q : mix) {
                t.put(q.label(), s.run(q));
            }
            System.err.printf("    %s: first pass over the mix %.0f ms%n", s.name(), (System.nanoTime() - first) / 1e6);
            totals.put(s.name(), t);
        }
        for (QueryMix.BenchQuery q : mix) {
            long engine = totals.get("engine").get(q.label());
            long lucene = totals.get("lucene").get(q.label());
            long facets = totals.get("lucene+facets").get(q.label());
            long snippets = totals.get("lucene+facets+snippets").get(q.label());
            if (engine != lucene || engine != facets || engine != snippets) {
                mismatches.add(q.label() + ": engine " + engine + ", lucene " + lucene + ", lucene+facets " + facets
                        + ", lucene+facets+snippets " + snippets);
            }
        }

        // 2. Warm-up.
        for (SearchSystems.SearchSystem s : systems) {
            Load.sequential(i -> s.run(mix.get(i % mix.size())), Math.min(5, seconds), (i, us) -> {});
        }

        // 3. Latency rounds.
        List<LatencyRound> latency = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            int round = r;
            for (int k = 0; k < systems.size(); k++) {
                SearchSystems.SearchSystem s = systems.get((k + round) % systems.size());
                Histogram all = Load.histogram();
                Map<QueryMix.Selection, Histogram> bySelection = new EnumMap<>(QueryMix.Selection.class);
                for (QueryMix.Selection sel : QueryMix.Selection.values()) {
                    bySelection.put(sel, Load.histogram());
                }
                int n = Load.sequential(i -> s.run(mix.get(i % mix.size())), seconds, (i, us) -> {
                    all.recordValue(us);
                    bySelection.get(mix.get(i % mix.size()).selection()).recordValue(us);
                });
                latency.add(new LatencyRound(round, s.name(), "all", Load.Percentiles.of(all)));
                bySelection.forEach(
                        (sel, h) -> latency.add(new LatencyRound(round, s.name(), sel.label, Load.Percentiles.of(h))));
                System.err.printf(
                        "    round %d %s: %d queries, p50 %.2f ms, p99 %.2f ms%n",
                        round, s.name(), n, all.getValueAtPercentile(50) / 1e3, all.getValueAtPercentile(99) / 1e3);
            }
        }

        // 4. Throughput.
        List<Peak> peaks = new ArrayList<>();
        List<Rate> rates = new ArrayList<>();
        if (full) {
            int threads = Runtime.getRuntime().availableProcessors();
            for (SearchSystems.SearchSystem s : systems.subList(0, 2)) {
                double peak = Load.peak(i -> s.run(mix.get(i % mix.size())), threads, seconds);
                peaks.add(new Peak(s.name(), threads, peak));
                System.err.printf("    %s peak: %.1f queries/s with %d threads%n", s.name(), peak, threads);
                for (double fraction : new double[] {0.5, 0.8}) {
                    Load.RateResult r =
                            Load.fixedRate(i -> s.run(mix.get(i % mix.size())), peak * fraction, seconds, threads * 4);
                    rates.add(new Rate(s.name(), fraction, r));
                    System.err.printf(
                            "    %s at %.0f%%: %.1f/s, p50 %.2f ms, p99 %.2f ms%n",
                            s.name(),
                            fraction * 100,
                            r.achievedPerSec(),
                            r.latency().p50(),
                            r.latency().p99());
                }
            }
        }
        long rss = rssMb();
        for (SearchSystems.SearchSystem s : systems) {
            s.close();
        }
        ChildJvm.emit(new Result(docs, openMs, totals, mismatches, latency, peaks, rates, rss));
    }

    /** Resident memory of this process, from /proc (Linux); -1 elsewhere. */
    static long rssMb() {
        return rssMb(ProcessHandle.current().pid());
    }

    static long rssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }

    private SearchRun() {}
}
