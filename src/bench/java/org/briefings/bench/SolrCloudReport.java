package org.briefings.bench;

import static org.briefings.bench.Report.f;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The SolrCloud part of the report ({@link SolrCloudBench}): the latency table of the engine on its
 * embedded index, the engine on SolrCloud and Solr alone per layout; the engine's own cost on top of
 * Solr as ratios taken in the same run; every query whose total differs; and the ingest rates.
 */
final class SolrCloudReport {

    private SolrCloudReport() {}

    static String markdown(
            BenchOptions o, BuildSearchIndex.Built built, List<PeerBench.Outcome> outcomes, List<String> notes) {
        StringBuilder md = new StringBuilder(
                built.docs() >= 100_000
                        ? ""
                        : f(
                                "**%,d briefings, not the 100,000 issue 11 asks for**: that run is still to be "
                                        + "done (`scripts/bench.sh --only solrcloud`; `--docs` is 100,000 by default).%n%n",
                                built.docs()));
        md.append(f(
                "%,d briefings (%,d distinct passages), the same in every system. The engine (`briefings serve`, "
                        + "`-Xmx%s`) on its embedded index, then on a SolrCloud of %d nodes (one JVM of its own, "
                        + "`-Xmx%s`, the tests' `MiniSolrCloudCluster` launcher) with a collection of 1 shard and then "
                        + "of 2 shards (one replica each; made from the engine's generated configset and filled from "
                        + "the engine's index), and Solr alone answering, for each query, every request the engine's "
                        + "Solr backend sent for it (recorded from the backend). The same load generator (`PeerLoad`, "
                        + "its own JVM) sends the 36-query mix (all facets, 0, 1 or 2 values selected, a page of 10 "
                        + "with highlighted snippets) over loopback, in a loop, by 1 and by %d closed-loop clients; %d "
                        + "round(s) of %.0f s after an equal warm-up. Median round, lowest–highest in brackets. "
                        + "Engine and Solr share the machine's %d cores when the engine is in front of Solr.%n%n",
                built.docs(),
                built.distinct(),
                o.heap(),
                SolrCloudBench.NODES,
                o.heap(),
                PeerLoad.CLIENTS,
                o.rounds(),
                o.seconds(),
                Runtime.getRuntime().availableProcessors()));
        md.append("| system | p50 1 client (ms) | p99 1 client (ms) | q/s 1 client | p50 4 clients (ms) "
                + "| p99 4 clients (ms) | q/s 4 clients | peak q/s | answer size |\n");
        md.append("|---|---|---|---|---|---|---|---|---|\n");
        for (PeerBench.Outcome out : outcomes) {
            String name = label(out.system());
            md.append(
                    out.load() == null
                            ? f(
                                    "| %s | not measured: %s |||||||%n",
                                    name, out.failure().replace('|', '/'))
                            : PeerReport.row(name, out.load()));
        }
        md.append("\nThe engine's own cost on top of Solr (engine on SolrCloud ÷ Solr alone, same layout; "
                + "latency above 1 and q/s below 1 are what the engine adds), and SolrCloud against the "
                + "embedded index (engine on SolrCloud ÷ engine embedded):\n\n");
        md.append("| layout | p50 1 client | p99 1 client | p50 4 clients | peak q/s | ÷ embedded: p50 1 client "
                + "| ÷ embedded: peak q/s |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        PeerLoad.Result embedded = outcomes.get(0).load();
        for (int shards : SolrCloudBench.LAYOUTS) {
            PeerLoad.Result engine = find(outcomes, "engine-solr-" + shards);
            PeerLoad.Result solr = find(outcomes, "solr-" + shards);
            if (engine == null || solr == null) {
                continue;
            }
            md.append(f(
                    "| %d shard(s) | %.2f | %.2f | %.2f | %.2f | %s | %s |%n",
                    shards,
                    ratio(engine.one(), solr.one(), c -> c.latency().p50()),
                    ratio(engine.one(), solr.one(), c -> c.latency().p99()),
                    ratio(engine.four(), solr.four(), c -> c.latency().p50()),
                    PeerReport.peak(engine) / PeerReport.peak(solr),
                    embedded == null
                            ? ""
                            : f(
                                    "%.2f",
                                    ratio(
                                            engine.one(),
                                            embedded.one(),
                                            c -> c.latency().p50())),
                    embedded == null ? "" : f("%.2f", PeerReport.peak(engine) / PeerReport.peak(embedded))));
        }
        md.append('\n');
        List<String> differences = PeerBench.differences(outcomes);
        long compared = outcomes.stream().skip(1).filter(x -> x.load() != null).count();
        if (embedded != null && compared > 0) {
            md.append(
                    differences.isEmpty()
                            ? f(
                                    "- Totals: all %d queries find the same number of briefings in all %d systems "
                                            + "measured (counted exactly up to %,d).%n",
                                    embedded.totals().size(), compared + 1, 10_000)
                            : f("- Totals: %d differ from the embedded engine's:%n", differences.size()));
            differences.forEach(d -> md.append("  - ").append(d).append('\n'));
        }
        outcomes.stream()
                .filter(x -> x.load() != null && x.load().errors() > 0)
                .forEach(x -> md.append(f(
                        "- %s: %d request errors during load.%n",
                        label(x.system()), x.load().errors())));
        notes.forEach(n -> md.append("- ").append(n).append('\n'));
        return md.append('\n').toString();
    }

    /** Ingest: seconds and briefings per second for each way of indexing the slice. */
    static String ingest(SolrCloudIngest.Result r) {
        StringBuilder md = new StringBuilder("### Ingest: `briefings index`, one process and two\n\n");
        md.append(f(
                "The first %,d UN General Debate speeches (plain text, %.1f MB), each process timed from its start "
                        + "to its exit (JVM, Tika processes, extraction, enrichment, writes, commit), with its default "
                        + "threads (one per core); SolrCloud collections of %d shards on the same cluster. Two "
                        + "processes on this machine share its %d cores: what two machines would give is not "
                        + "measured here.%n%n",
                r.files(), r.bytes() / 1e6, r.shards(), Runtime.getRuntime().availableProcessors()));
        md.append(
                "| index | processes | seconds | files indexed | briefings | briefings/s |\n|---|---|---|---|---|---|\n");
        for (SolrCloudIngest.Run run : r.runs()) {
            md.append(f(
                    "| %s | %d%s | %.1f | %,d | %,d | %.1f |%n",
                    run.system(),
                    run.processes(),
                    run.processes() > 1
                            ? " (`--part 1/2`, `--part 2/2`)"
                            : run.system().startsWith("Solr") ? " (`--part 1/1`)" : "",
                    run.seconds(),
                    run.filesIndexed(),
                    run.briefings(),
                    run.briefings() / run.seconds()));
        }
        if (r.failure() != null) {
            md.append('\n').append(r.failure()).append('\n');
        }
        return md.append('\n').toString();
    }

    private static String label(String system) {
        return switch (system) {
            case "engine" -> "engine, embedded index";
            case "engine-solr-1" -> "engine on SolrCloud, 1 shard";
            case "engine-solr-2" -> "engine on SolrCloud, 2 shards";
            case "solr-1" -> "Solr 9.10.1 alone, 1 shard";
            case "solr-2" -> "Solr 9.10.1 alone, 2 shards";
            default -> system;
        };
    }

    private static PeerLoad.Result find(List<PeerBench.Outcome> outcomes, String system) {
        return outcomes.stream()
                .filter(x -> x.system().equals(system))
                .map(PeerBench.Outcome::load)
                .filter(x -> x != null)
                .findFirst()
                .orElse(null);
    }

    private static double ratio(List<Load.Closed> a, List<Load.Closed> b, ToDoubleFunction<Load.Closed> value) {
        return PeerReport.median(a, value) / PeerReport.median(b, value);
    }
}
