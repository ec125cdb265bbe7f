package org.briefings.bench;

import static org.briefings.bench.Report.f;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The peers part of the report: latency at 1 and 4 clients and queries per second for the engine,
 * Solr and OpenSearch, the engine's ratios to each, and every query whose total differs from the
 * engine's. Figures are medians over the rounds, with lowest–highest.
 */
final class PeerReport {

    private PeerReport() {}

    static String markdown(
            BenchOptions o, BuildSearchIndex.Built built, List<PeerBench.Outcome> outcomes, List<String> notes) {
        StringBuilder md = new StringBuilder();
        if (built.docs() < 100_000) {
            md.append(f(
                    "**Smoke size: %,d briefings.** The comparison issue 16 asks for is on 100,000 (the default "
                            + "`--docs`); figures at this size show the part works, not where the engine stands.%n%n",
                    built.docs()));
        }
        md.append(f(
                "%,d briefings (%,d distinct passages), the same in every system. Each system is one node in a JVM "
                        + "of its own with `-Xmx%s`, started by the harness, alone on the machine while it is timed; "
                        + "the same load generator (`PeerLoad`, its own JVM) sends the 36-query mix (all facets "
                        + "counted, 0, 1 or 2 values selected, a page of 10 with the stored record and highlighted "
                        + "snippets) to each one's own HTTP API over loopback, in order, in a loop, by 1 and by %d "
                        + "closed-loop clients; %d round(s) of %.0f s each after the same warm-up for each (%d clients "
                        + "for at least %.0f s, for each server's JIT to do its work, and on while its rate still "
                        + "rose, at most %.0f s; then 1 client for %.0f s; its windows below show where each "
                        + "system levelled off). Median round, "
                        + "lowest–highest in brackets. docs/benchmarks.md describes each peer's configuration.%n%n",
                built.docs(),
                built.distinct(),
                o.heap(),
                PeerLoad.CLIENTS,
                o.rounds(),
                o.seconds(),
                PeerLoad.CLIENTS,
                Load.warmUpSeconds(o.seconds()),
                Load.warmUpLimitSeconds(o.seconds()),
                PeerLoad.oneClientWarmUpSeconds(o.seconds())));
        md.append("| system | p50 1 client (ms) | p99 1 client (ms) | q/s 1 client | p50 4 clients (ms) "
                + "| p99 4 clients (ms) | q/s 4 clients | peak q/s | answer size |\n");
        md.append("|---|---|---|---|---|---|---|---|---|\n");
        for (PeerBench.Outcome out : outcomes) {
            String name = out.system() + " " + out.version();
            if (out.load() == null) {
                md.append(f(
                        "| %s | not measured: %s |||||||%n", name, out.failure().replace('|', '/')));
                continue;
            }
            md.append(row(name, out.load()));
        }
        StringBuilder warm = new StringBuilder();
        for (PeerBench.Outcome out : outcomes) {
            if (out.load() != null && out.load().warmUp() != null) {
                warm.append(f(
                        "%n- %s: %s%s",
                        out.system(),
                        Load.windows(out.load().warmUp()),
                        Load.stillRisingNote(out.load().warmUp())));
            }
        }
        if (!warm.isEmpty()) {
            md.append(f(
                    "%nWarm-up, queries/s of each %.0f s window at %d clients (the rounds began after the last; "
                            + "levelled off means the median of the last %d windows within %.0f%% of the %d before):%s%n",
                    Load.WARM_UP_WINDOW_SECONDS,
                    PeerLoad.CLIENTS,
                    Load.LEVEL_WINDOWS,
                    100 * Load.LEVEL_TOLERANCE,
                    Load.LEVEL_WINDOWS,
                    warm));
        }
        PeerBench.Outcome engine = outcomes.get(0);
        if (engine.load() != null) {
            md.append("\nThe engine's figures over each peer's (q/s: above 1 means the engine answers more; "
                    + "p99: below 1 means the engine's slowest answers are faster):\n\n");
            md.append("| peer | engine ÷ peer q/s, 1 client | engine ÷ peer q/s, 4 clients | engine ÷ peer peak q/s "
                    + "| engine ÷ peer p99, 1 client | engine ÷ peer p99, 4 clients |\n");
            md.append("|---|---|---|---|---|---|\n");
            for (PeerBench.Outcome peer : outcomes.subList(1, outcomes.size())) {
                if (peer.load() == null) {
                    continue;
                }
                PeerLoad.Result e = engine.load();
                PeerLoad.Result p = peer.load();
                md.append(f(
                        "| %s | %.2f | %.2f | %.2f | %.2f | %.2f |%n",
                        peer.system(),
                        median(e.one(), Load.Closed::perSec) / median(p.one(), Load.Closed::perSec),
                        median(e.four(), Load.Closed::perSec) / median(p.four(), Load.Closed::perSec),
                        peak(e) / peak(p),
                        median(e.one(), c -> c.latency().p99())
                                / median(p.one(), c -> c.latency().p99()),
                        median(e.four(), c -> c.latency().p99())
                                / median(p.four(), c -> c.latency().p99())));
            }
        }
        md.append('\n');
        for (PeerBench.Outcome peer : outcomes.subList(1, outcomes.size())) {
            if (peer.load() != null) {
                md.append(f(
                        "- %s: %,d briefings loaded from the engine's index in %.1f s; %d request errors during load.%n",
                        peer.system(),
                        peer.loaded(),
                        peer.loadSeconds(),
                        peer.load().errors()));
            }
        }
        List<String> differences = PeerBench.differences(outcomes);
        long compared = outcomes.stream().skip(1).filter(x -> x.load() != null).count();
        if (engine.load() != null && compared > 0) {
            md.append(
                    differences.isEmpty()
                            ? f(
                                    "- Totals: all %d queries find the same number of briefings in the engine and in each measured "
                                            + "peer (counted exactly up to %,d).%n",
                                    engine.load().totals().size(), 10_000)
                            : f("- Totals: %d differ from the engine's:%n", differences.size()));
            differences.forEach(d -> md.append("  - ").append(d).append('\n'));
        }
        notes.forEach(n -> md.append("- ").append(n).append('\n'));
        return md.append('\n').toString();
    }

    /**
     * The ingest comparison: the CRS PDFs through Solr Cell and through the engine's reconcile,
     * files per second per pass, and what each system did with them.
     */
    static String ingest(PeerIngest.Result r) {
        StringBuilder md = new StringBuilder("### Ingest: the CRS PDFs through Solr Cell and through the engine\n\n");
        if (r.files() == 0) {
            return md.append(r.failure()).append("\n\n").toString();
        }
        md.append(f(
                "The same %d PDFs (%.1f MB), %d ingest threads or clients (one per core), each system "
                        + "ending with a commit; pass 1 starts cold, pass 2 runs the same files again into a "
                        + "new index (engine) or the emptied collection (Solr). Wall time from the first file "
                        + "to the commit. Not the same work: the engine also finds titles, summaries and dates, "
                        + "tags countries, people and organisations, groups copies and parses in separate "
                        + "processes; Solr Cell only indexes Tika's text. Solr Cell is 8.11.4, the last one on "
                        + "Maven Central (Solr 9 ships its extraction module only in its binary distribution); "
                        + "docs/benchmarks.md.%n%n",
                r.files(), r.bytes() / 1e6, r.threads()));
        md.append("| system | pass 1 (s) | pass 1 PDFs/s | pass 2 (s) | pass 2 PDFs/s | result |\n");
        md.append("|---|---|---|---|---|---|\n");
        md.append(row(
                "engine (reconcile: Tika in parser processes, enrichment, index)",
                r.files(),
                r.engineMs(),
                f("%,d briefings", r.engineBriefings())));
        if (r.cell().isEmpty()) {
            md.append(f("| Solr %s Cell | %s |||||%n", SolrCellPeer.VERSION, r.failure()));
        } else {
            SolrCellPeer.Ingested last = r.cell().getLast();
            md.append(row(
                    "Solr " + SolrCellPeer.VERSION + " Cell (/update/extract, Tika in Solr's JVM)",
                    r.files(),
                    r.cell().stream().map(SolrCellPeer.Ingested::ms).toList(),
                    f(
                            "%,d documents, %d refused%s",
                            last.indexed(),
                            last.refused(),
                            last.firstRefusal() == null
                                    ? ""
                                    : " (first: " + last.firstRefusal().replace('|', '/') + ")")));
            if (r.cell().stream().anyMatch(c -> c.refused() > 0)) {
                // a refused PDF costs Solr almost nothing: a rate over refusals is no comparison
                md.append(f("%nNo ratio: Solr Cell refused PDFs, so its times are not of the same work.%n"));
            } else {
                md.append(f(
                        "%nEngine ÷ Solr Cell, PDFs per second: pass 1 %.2f, pass 2 %.2f (above 1: the engine is faster).%n",
                        r.cell().get(0).ms() / r.engineMs().get(0),
                        last.ms() / r.engineMs().getLast()));
            }
        }
        return md.append('\n').toString();
    }

    private static String row(String system, int files, List<Double> ms, String result) {
        StringBuilder cells = new StringBuilder("| " + system + " |");
        for (int pass = 0; pass < PeerIngest.PASSES; pass++) {
            cells.append(
                    pass < ms.size() ? f(" %.1f | %.2f |", ms.get(pass) / 1e3, files / (ms.get(pass) / 1e3)) : " | |");
        }
        return cells.append(' ').append(result).append(" |\n").toString();
    }

    /** One system's row of the latency table: p50, p99 and q/s at 1 and 4 clients, the peak, the answer size. */
    static String row(String name, PeerLoad.Result r) {
        return f(
                "| %s | %s | %s | %s | %s | %s | %s | %.0f | %,d B |%n",
                name,
                cell(r.one(), c -> c.latency().p50(), "%.2f"),
                cell(r.one(), c -> c.latency().p99(), "%.2f"),
                cell(r.one(), Load.Closed::perSec, "%.0f"),
                cell(r.four(), c -> c.latency().p50(), "%.2f"),
                cell(r.four(), c -> c.latency().p99(), "%.2f"),
                cell(r.four(), Load.Closed::perSec, "%.0f"),
                peak(r),
                r.bytes());
    }

    /** The higher of the 1- and 4-client medians: closed-loop peak on this machine. */
    static double peak(PeerLoad.Result r) {
        return Math.max(median(r.one(), Load.Closed::perSec), median(r.four(), Load.Closed::perSec));
    }

    static double median(List<Load.Closed> rounds, ToDoubleFunction<Load.Closed> value) {
        return Stats.median(rounds.stream().map(value::applyAsDouble).toList());
    }

    private static String cell(List<Load.Closed> rounds, ToDoubleFunction<Load.Closed> value, String format) {
        List<Double> values = rounds.stream().map(value::applyAsDouble).toList();
        String m = f(format, Stats.median(values));
        return values.size() < 2
                ? m
                : m + " (" + f(format, Stats.min(values)) + "–" + f(format, Stats.max(values)) + ")";
    }
}
