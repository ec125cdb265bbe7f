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
                        + "closed-loop clients; %d round(s) of %.0f s each after an equal warm-up. Median round, "
                        + "lowest–highest in brackets. docs/benchmarks.md describes each peer's configuration.%n%n",
                built.docs(), built.distinct(), o.heap(), PeerLoad.CLIENTS, o.rounds(), o.seconds()));
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
            PeerLoad.Result r = out.load();
            md.append(f(
                    "| %s | %s | %s | %s | %s | %s | %s | %.0f | %,d B |%n",
                    name,
                    cell(r.one(), c -> c.latency().p50(), "%.2f"),
                    cell(r.one(), c -> c.latency().p99(), "%.2f"),
                    cell(r.one(), Load.Closed::perSec, "%.0f"),
                    cell(r.four(), c -> c.latency().p50(), "%.2f"),
                    cell(r.four(), c -> c.latency().p99(), "%.2f"),
                    cell(r.four(), Load.Closed::perSec, "%.0f"),
                    peak(r),
                    r.bytes()));
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

    /** The higher of the 1- and 4-client medians: closed-loop peak on this machine. */
    static double peak(PeerLoad.Result r) {
        return Math.max(median(r.one(), Load.Closed::perSec), median(r.four(), Load.Closed::perSec));
    }

    private static double median(List<Load.Closed> rounds, ToDoubleFunction<Load.Closed> value) {
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
