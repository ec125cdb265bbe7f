package org.briefings.bench;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Collects what the parts measured and writes it as Markdown: medians of several runs with the
 * spread (lowest–highest) in brackets, and every engine figure beside the baseline's from the same
 * run. The raw measurements are kept too ({@link #raw}), for anyone who wants other statistics.
 */
final class Report {

    private final BenchOptions options;
    private final Machine machine;
    private final String commit;
    private final ZonedDateTime started = ZonedDateTime.now(ZoneOffset.UTC);
    private final StringBuilder ingest = new StringBuilder();
    private final StringBuilder search = new StringBuilder();
    private final StringBuilder scale = new StringBuilder();
    private final StringBuilder http = new StringBuilder();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, HostProbe.Result> hosts = new LinkedHashMap<>();
    final Map<String, Object> raw = new LinkedHashMap<>();

    Report(BenchOptions options, Machine machine, String commit) {
        this.options = options;
        this.machine = machine;
        this.commit = commit;
    }

    static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    // ---------------------------------------------------------------- ingest

    private static double warm(IngestRun.Result r, Function<IngestRun.Pass, Double> value) {
        List<Double> v = new ArrayList<>();
        for (int i = 1; i < r.passes().size(); i++) {
            v.add(value.apply(r.passes().get(i)));
        }
        return v.isEmpty() ? Double.NaN : Stats.median(v);
    }

    /**
     * The second pass alone: what the harness called warm until 2026-12-05, when it ran two passes
     * per JVM. Kept beside the steady figure so that a reader sees how much of a ratio is warm-up
     * (on 93 PDFs the engine's enrichment and indexing code is still being compiled in pass 2).
     */
    private static double second(IngestRun.Result r, Function<IngestRun.Pass, Double> value) {
        return r.passes().size() > 1 ? value.apply(r.passes().get(1)) : Double.NaN;
    }

    private static double cold(IngestRun.Result r, Function<IngestRun.Pass, Double> value) {
        return value.apply(r.passes().get(0));
    }

    private static List<Double> each(List<IngestRun.Result> runs, Function<IngestRun.Result, Double> value) {
        return runs.stream().map(value).toList();
    }

    void ingest(String corpus, String description, List<IngestRun.Result> engine, List<IngestRun.Result> lucene) {
        raw.put("ingest-" + corpus, Map.of("engine", engine, "lucene", lucene));
        IngestRun.Result e0 = engine.get(0);
        IngestRun.Result l0 = lucene.get(0);
        double inputMb = e0.inputBytes() / 1e6;
        double textMb = e0.textBytes() / 1e6;
        ingest.append(f(
                "### %s%n%n%s: %,d files, %.1f MB as files, %.1f MB of extracted text (UTF-8), %,d briefings",
                corpus, description, e0.files(), inputMb, textMb, e0.docs()));
        if (e0.failed() > 0) {
            ingest.append(f(", %d files failed extraction", e0.failed()));
        }
        ingest.append(f(
                ". %d fresh JVM(s) per system, %d pass(es) each; cold = first pass in a fresh JVM, "
                        + "warm = the median of the later passes.%n%n",
                engine.size(), e0.passes().size()));
        ingest.append(
                "| system | cold docs/s | warm docs/s | warm MB/s (files) | warm MB/s (text) | index size / text size |\n");
        ingest.append("|---|---:|---:|---:|---:|---:|\n");
        for (List<IngestRun.Result> runs : List.of(engine, lucene)) {
            IngestRun.Result r0 = runs.get(0);
            double docs = r0.docs();
            ingest.append(f(
                    "| %s | %s | %s | %s | %s | %.2f |%n",
                    r0.system().equals("engine") ? "engine (Tika + enrichment + index)" : "bare Lucene (title + body)",
                    Stats.spread(each(runs, r -> docs / cold(r, IngestRun.Pass::totalMs) * 1e3), "%.0f"),
                    Stats.spread(each(runs, r -> docs / warm(r, IngestRun.Pass::totalMs) * 1e3), "%.0f"),
                    Stats.spread(each(runs, r -> r.inputBytes() / 1e3 / warm(r, IngestRun.Pass::totalMs)), "%.1f"),
                    Stats.spread(each(runs, r -> r.textBytes() / 1e3 / warm(r, IngestRun.Pass::totalMs)), "%.1f"),
                    (double) r0.passes().getLast().indexBytes() / r0.textBytes()));
        }
        ingest.append(f(
                "| engine via BriefingEngine.reconcile (%d threads, warm) | | %s | %s | %s | |%n",
                e0.reconcileThreads(),
                Stats.spread(each(engine, r -> r.reconcileBriefings() / r.reconcileMs() * 1e3), "%.0f"),
                Stats.spread(each(engine, r -> r.inputBytes() / 1e3 / r.reconcileMs()), "%.1f"),
                Stats.spread(each(engine, r -> r.textBytes() / 1e3 / r.reconcileMs()), "%.1f")));
        ingest.append(f(
                "| engine via BriefingEngine.reconcile (1 thread, warm) | | %s | %s | %s | |%n",
                Stats.spread(each(engine, r -> r.reconcileBriefings() / r.reconcileOneThreadMs() * 1e3), "%.0f"),
                Stats.spread(each(engine, r -> r.inputBytes() / 1e3 / r.reconcileOneThreadMs()), "%.1f"),
                Stats.spread(each(engine, r -> r.textBytes() / 1e3 / r.reconcileOneThreadMs()), "%.1f")));
        ingest.append(f(
                "| engine via BriefingEngine.reconcile (%d threads, Tika in this JVM, warm) | | %s | %s | %s | |%n",
                e0.reconcileThreads(),
                Stats.spread(each(engine, r -> r.reconcileBriefings() / r.reconcileInProcessMs() * 1e3), "%.0f"),
                Stats.spread(each(engine, r -> r.inputBytes() / 1e3 / r.reconcileInProcessMs()), "%.1f"),
                Stats.spread(each(engine, r -> r.textBytes() / 1e3 / r.reconcileInProcessMs()), "%.1f")));
        ingest.append(f(
                "%nReconcile on %d threads ÷ on one thread (both with Tika in child JVMs, the default): **%s**; "
                        + "the isolation's cost, reconcile with Tika in child JVMs ÷ with Tika in this JVM: %s "
                        + "(below 1: the children cost that much). Enrichment: **%s MB/s** of text on one thread "
                        + "(warm). The engine's warm pass ÷ Tika alone on the same files (a plain AutoDetectParser "
                        + "in a loop, same JVM, timed just before and just after each warm pass): **%s**; "
                        + "the second pass alone: %s.%n",
                e0.reconcileThreads(),
                Stats.spread(each(engine, r -> r.reconcileOneThreadMs() / r.reconcileMs()), "%.2f"),
                Stats.spread(each(engine, r -> r.reconcileInProcessMs() / r.reconcileMs()), "%.2f"),
                Stats.spread(each(engine, r -> r.textBytes() / 1e3 / warm(r, IngestRun.Pass::enrichMs)), "%.1f"),
                Stats.spread(each(engine, r -> warm(r, p -> p.totalMs() / p.tikaAloneMs())), "%.2f"),
                Stats.spread(each(engine, r -> second(r, p -> p.totalMs() / p.tikaAloneMs())), "%.2f")));
        if (e0.shortEnrichMs() > 0) {
            ingest.append(f(
                    "Enrichment on short briefings, the same texts cut into %d pieces of about %d characters "
                            + "(each a text of its own, the same bytes): **%s MB/s** on one thread, %s µs a text.%n",
                    e0.shortTexts(),
                    IngestRun.SHORT_TEXT_CHARS,
                    Stats.spread(each(engine, r -> r.textBytes() / 1e3 / r.shortEnrichMs()), "%.1f"),
                    Stats.spread(each(engine, r -> r.shortEnrichMs() * 1e3 / r.shortTexts()), "%.0f")));
        }
        List<Double> reconcileRatio = new ArrayList<>();
        for (int i = 0; i < Math.min(engine.size(), lucene.size()); i++) {
            reconcileRatio.add(engine.get(i).reconcileBriefings()
                    / engine.get(i).reconcileMs()
                    / (lucene.get(i).docs() / warm(lucene.get(i), IngestRun.Pass::totalMs)));
        }
        List<Double> warmRatio = new ArrayList<>();
        List<Double> secondRatio = new ArrayList<>();
        List<Double> coldRatio = new ArrayList<>();
        for (int i = 0; i < Math.min(engine.size(), lucene.size()); i++) {
            warmRatio.add(warm(lucene.get(i), IngestRun.Pass::totalMs)
                    / warm(engine.get(i), IngestRun.Pass::totalMs)
                    * engine.get(i).docs()
                    / lucene.get(i).docs());
            secondRatio.add(second(lucene.get(i), IngestRun.Pass::totalMs)
                    / second(engine.get(i), IngestRun.Pass::totalMs)
                    * engine.get(i).docs()
                    / lucene.get(i).docs());
            coldRatio.add(cold(lucene.get(i), IngestRun.Pass::totalMs)
                    / cold(engine.get(i), IngestRun.Pass::totalMs)
                    * engine.get(i).docs()
                    / lucene.get(i).docs());
        }
        ingest.append(f(
                "%n**Engine rate ÷ bare Lucene rate** (docs/s, paired by run, both on one thread): warm **%s** "
                        + "(the second pass alone: %s), "
                        + "cold %s; reconcile with its thread pool ÷ the one-thread baseline: %s. "
                        + "The engine keeps %.1f× the baseline's index bytes (offsets, summary, stored record, facets).%n%n",
                Stats.spread(warmRatio, "%.3f"),
                Stats.spread(secondRatio, "%.3f"),
                Stats.spread(coldRatio, "%.3f"),
                Stats.spread(reconcileRatio, "%.3f"),
                (double) e0.passes().getLast().indexBytes()
                        / l0.passes().getLast().indexBytes()));

        ingest.append(
                "Where the engine's time goes (one thread, stages called one after the other, a group of files at a time):\n\n");
        ingest.append("| stage | warm ms | warm share | cold ms | cold share |\n|---|---:|---:|---:|---:|\n");
        record Stage(String name, Function<IngestRun.Pass, Double> value) {}
        List<Stage> stages = List.of(
                new Stage("extraction (Extractor.extract)", IngestRun.Pass::extractMs),
                new Stage("enrichment (Enricher.enrich)", IngestRun.Pass::enrichMs),
                new Stage("Lucene document, analysis, add (LuceneIndex.replaceFile)", IngestRun.Pass::indexMs),
                new Stage("commit", IngestRun.Pass::commitMs),
                new Stage("total", IngestRun.Pass::totalMs));
        double warmTotal = Stats.median(each(engine, r -> warm(r, IngestRun.Pass::totalMs)));
        double coldTotal = Stats.median(each(engine, r -> cold(r, IngestRun.Pass::totalMs)));
        for (Stage s : stages) {
            List<Double> w = each(engine, r -> warm(r, s.value()));
            List<Double> c = each(engine, r -> cold(r, s.value()));
            ingest.append(f(
                    "| %s | %s | %.0f%% | %s | %.0f%% |%n",
                    s.name(),
                    Stats.spread(w, "%.0f"),
                    100 * Stats.median(w) / warmTotal,
                    Stats.spread(c, "%.0f"),
                    100 * Stats.median(c) / coldTotal));
        }
        double hash = Stats.median(each(engine, r -> r.passes().getLast().hashMs()));
        double lang = Stats.median(each(engine, r -> r.passes().getLast().languageMs()));
        ingest.append(f(
                "%nExtraction includes the file's SHA-256 (%.0f ms for all files, measured apart) and language "
                        + "detection (%.0f ms); the rest is Tika, or for strict UTF-8 text files the engine's own "
                        + "PlainTextReader (decoding, and Tika's magic table for the type). Building the Extractor and "
                        + "Enricher (gazetteer) "
                        + "once per JVM: %s ms, not in the rates.%n%n",
                hash, lang, Stats.spread(each(engine, IngestRun.Result::setupMs), "%.0f")));
    }

    // ---------------------------------------------------------------- search

    private static List<Double> pick(
            List<SearchRun.LatencyRound> rounds,
            String system,
            String selection,
            Function<Load.Percentiles, Double> value) {
        return rounds.stream()
                .filter(r -> r.system().equals(system) && r.selection().equals(selection))
                .map(r -> value.apply(r.latency()))
                .toList();
    }

    void searchIndexes(List<BuildSearchIndex.Built> builds) {
        raw.put("search-indexes", builds);
        search.append("""
                Briefings: the UN speeches cut at paragraph ends into passages of 3,000+ characters (about the \
                size of a real briefing), each enriched once by the real Enricher, repeated with distinct ids, \
                paths, titles and publication dates shifted back by a year per copy (SearchCorpus). The engine's \
                index is written through LuceneIndex.replaceFile, so its fields and facets are what ingest \
                writes; the baselines hold the same briefings (BareLucene).

                | index | briefings | distinct passages | build s (threads) | briefings/s | size MB | bytes/briefing |
                |---|---:|---:|---:|---:|---:|---:|
                """);
        for (BuildSearchIndex.Built b : builds) {
            for (String[] row : new String[][] {
                {"engine", String.valueOf(b.engineMs()), String.valueOf(b.engineBytes())},
                {"bare Lucene", String.valueOf(b.luceneMs()), String.valueOf(b.luceneBytes())},
                {"bare Lucene + facets", String.valueOf(b.facetsMs()), String.valueOf(b.facetsBytes())},
                {"bare Lucene + facets, body offsets", String.valueOf(b.snippetsMs()), String.valueOf(b.snippetsBytes())
                }
            }) {
                double ms = Double.parseDouble(row[1]);
                long bytes = Long.parseLong(row[2]);
                search.append(f(
                        "| %s | %,d | %,d | %.1f (%d) | %.0f | %.0f | %,d |%n",
                        row[0],
                        b.docs(),
                        b.distinct(),
                        ms / 1e3,
                        b.threads(),
                        b.docs() / ms * 1e3,
                        bytes / 1e6,
                        bytes / b.docs()));
            }
        }
        search.append(f(
                "%nEnriching the distinct passages took %.1f s (not in the build times).%n%n",
                builds.getLast().enrichMs() / 1e3));
    }

    void search(SearchRun.Result r) {
        inProcess = r;
        raw.put("search-" + r.docs(), r);
        List<SearchRun.LatencyRound> lat = r.latency();
        int rounds =
                (int) lat.stream().map(SearchRun.LatencyRound::round).distinct().count();
        search.append(f(
                "#### Latency in-process, %,d briefings%n%nOne thread, the 36-query mix over and over for "
                        + "%.0f s per system per round, %d round(s); median round (lowest–highest round). ms.%n%n",
                r.docs(), options.seconds(), rounds));
        search.append("| queries | engine p50 | engine p90 | engine p99 | Lucene p50 | Lucene p99 | Lucene+facets p50 "
                + "| Lucene+facets p99 | Lucene+facets+snippets p50 | Lucene+facets+snippets p99 "
                + "| engine ÷ Lucene p50 | engine ÷ Lucene+facets p50 | engine ÷ Lucene+facets+snippets p50 |\n");
        search.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String sel : List.of("facets", "facets+1 sel", "facets+2 sel", "all")) {
            List<Double> e50 = pick(lat, "engine", sel, Load.Percentiles::p50);
            List<Double> l50 = pick(lat, "lucene", sel, Load.Percentiles::p50);
            List<Double> f50 = pick(lat, "lucene+facets", sel, Load.Percentiles::p50);
            List<Double> h50 = pick(lat, "lucene+facets+snippets", sel, Load.Percentiles::p50);
            search.append(f(
                    "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                    sel.equals("all") ? "**whole mix**" : label(sel),
                    Stats.spread(e50, "%.2f"),
                    Stats.spread(pick(lat, "engine", sel, Load.Percentiles::p90), "%.2f"),
                    Stats.spread(pick(lat, "engine", sel, Load.Percentiles::p99), "%.2f"),
                    Stats.spread(l50, "%.2f"),
                    Stats.spread(pick(lat, "lucene", sel, Load.Percentiles::p99), "%.2f"),
                    Stats.spread(f50, "%.2f"),
                    Stats.spread(pick(lat, "lucene+facets", sel, Load.Percentiles::p99), "%.2f"),
                    Stats.spread(h50, "%.2f"),
                    Stats.spread(pick(lat, "lucene+facets+snippets", sel, Load.Percentiles::p99), "%.2f"),
                    Stats.spread(ratios(e50, l50), "%.1f"),
                    Stats.spread(ratios(e50, f50), "%.1f"),
                    Stats.spread(ratios(e50, h50), "%.1f")));
        }
        search.append(
                "\nLucene+facets+snippets is Lucene+facets that also highlights two passages of each shown hit's body "
                        + "with Lucene's own UnifiedHighlighter, from offsets in the postings (the work a page of the "
                        + "engine's answers does); the issue's target is stated against Lucene+facets.\n");
        search.append(f(
                "%nOpening the indexes: engine %.0f ms, Lucene %.0f ms, Lucene+facets %.0f ms, "
                        + "Lucene+facets+snippets %.0f ms (the engine opens a writer and a near-real-time reader). "
                        + "Resident memory of the benchmark JVM after the run, all four open: %,d MB.%n%n",
                r.openMs().get("engine"),
                r.openMs().get("lucene"),
                r.openMs().get("lucene+facets"),
                r.openMs().get("lucene+facets+snippets"),
                r.rssMb()));
        if (r.mismatches().isEmpty()) {
            search.append("Same hits: every query of the mix gives the same total (up to 10,000) on all four.\n\n");
        } else {
            search.append("**Totals differ** on these queries (the comparison is less like for like there):\n\n");
            r.mismatches().forEach(m -> search.append("- ").append(m).append('\n'));
            search.append('\n');
        }
        if (!r.peaks().isEmpty()) {
            search.append(f("#### Throughput in-process, %,d briefings%n%n", r.docs()));
            search.append("Peak: one closed-loop worker per core. Then requests due at a fixed rate (50% and 80% of "
                    + "that peak), latency measured from each request's due time, so queueing shows.\n\n");
            search.append(
                    "| system | peak queries/s | at 50%: done/s | p50 | p99 | max | at 80%: done/s | p50 | p99 | max |\n");
            search.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (SearchRun.Peak p : r.peaks()) {
                StringBuilder row = new StringBuilder(f("| %s | %.0f", p.system(), p.perSec()));
                for (SearchRun.Rate rate : r.rates()) {
                    if (rate.system().equals(p.system())) {
                        Load.RateResult x = rate.result();
                        row.append(f(
                                " | %.0f | %.2f | %.2f | %.1f",
                                x.achievedPerSec(),
                                x.latency().p50(),
                                x.latency().p99(),
                                x.latency().max()));
                    }
                }
                search.append(row).append(" |\n");
            }
            if (r.peaks().size() >= 2) {
                search.append(f(
                        "%nEngine peak ÷ Lucene peak: %.3f.%n%n",
                        r.peaks().get(0).perSec() / r.peaks().get(1).perSec()));
            }
        }
    }

    private static String label(String sel) {
        return switch (sel) {
            case "facets" -> "all facets counted, no selection";
            case "facets+1 sel" -> "1 selection (country=CN)";
            case "facets+2 sel" -> "2 selections (country=CN, year=2015)";
            default -> sel;
        };
    }

    private static List<Double> ratios(List<Double> a, List<Double> b) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            out.add(a.get(i) / b.get(i));
        }
        return out;
    }

    void scale(List<SearchRun.Result> results) {
        raw.put("scale", results.stream().map(SearchRun.Result::docs).toList());
        scale.append("The whole mix (facets counted on every query), one thread, in-process; median round. ms.\n\n");
        scale.append(
                "| briefings | engine p50 | engine p99 | Lucene p50 | Lucene p99 | Lucene+facets p50 | Lucene+facets p99 | engine ÷ Lucene p50 |\n");
        scale.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (SearchRun.Result r : results) {
            List<Double> e50 = pick(r.latency(), "engine", "all", Load.Percentiles::p50);
            List<Double> l50 = pick(r.latency(), "lucene", "all", Load.Percentiles::p50);
            scale.append(f(
                    "| %,d | %s | %s | %s | %s | %s | %s | %s |%n",
                    r.docs(),
                    Stats.spread(e50, "%.2f"),
                    Stats.spread(pick(r.latency(), "engine", "all", Load.Percentiles::p99), "%.2f"),
                    Stats.spread(l50, "%.2f"),
                    Stats.spread(pick(r.latency(), "lucene", "all", Load.Percentiles::p99), "%.2f"),
                    Stats.spread(pick(r.latency(), "lucene+facets", "all", Load.Percentiles::p50), "%.2f"),
                    Stats.spread(pick(r.latency(), "lucene+facets", "all", Load.Percentiles::p99), "%.2f"),
                    Stats.spread(ratios(e50, l50), "%.1f")));
        }
        scale.append('\n');
    }

    StringBuilder http() {
        return http;
    }

    private SearchRun.Result inProcess;

    void http(
            BuildSearchIndex.Built built,
            List<HttpBench.Start> starts,
            double launcherMs,
            HttpLoad.LoadResult load,
            HttpLoad.FreshResult fresh,
            long rssStart,
            long rssLoad,
            long rssUploads) {
        raw.put(
                "http",
                Map.of(
                        "starts",
                        starts,
                        "launcherMs",
                        launcherMs,
                        "load",
                        load,
                        "fresh",
                        fresh,
                        "rssMb",
                        List.of(rssStart, rssLoad, rssUploads)));
        http.append(f(
                """
                `briefings serve` (the jar with bin/briefings's JVM flags, heap -Xmx%s) on a copy of the \
                %,d-briefing engine index with its corpus folder; a load generator in a separate JVM on \
                127.0.0.1 (both share the machine's cores).

                **Start**: from launching `serve` to the first answered search: %s ms; until the background \
                reconciliation of the %,d corpus files has finished: %s ms (%d start(s), median and spread). \
                Through `bin/briefings` add its search for a JDK: `bin/briefings --version` takes %.0f ms.

                """,
                options.heap(),
                built.docs(),
                Stats.spread(starts.stream().map(HttpBench.Start::firstSearchMs).toList(), "%.0f"),
                built.docs(),
                Stats.spread(starts.stream().map(HttpBench.Start::reconciledMs).toList(), "%.0f"),
                starts.size(),
                launcherMs));
        if (load.warmUp() != null) {
            http.append(f(
                    "**Warm-up** before any measurement: %d closed-loop clients for at least %.0f s and on while "
                            + "the rate still rose (at most %.0f s), queries/s per window of %.0f s: %s%s. A server "
                            + "started cold spends its first half-minute of load compiling (docs/benchmarks.md).%n%n",
                    load.peaks().get(0).threads(),
                    Load.warmUpSeconds(options.seconds()),
                    Load.warmUpLimitSeconds(options.seconds()),
                    Load.WARM_UP_WINDOW_SECONDS,
                    Load.windows(load.warmUp()),
                    Load.stillRisingNote(load.warmUp())));
        }
        List<SearchRun.LatencyRound> lat = load.latency();
        http.append("""
                **Latency over HTTP**, one connection, the same 36-query mix; in-process = the engine's figure \
                from the Search section (another JVM, same index). ms.

                | queries | HTTP p50 | HTTP p90 | HTTP p99 | in-process p50 |
                |---|---:|---:|---:|---:|
                """);
        for (String sel : List.of("facets", "facets+1 sel", "facets+2 sel", "all")) {
            List<Double> h50 = pick(lat, "http", sel, Load.Percentiles::p50);
            // A run with --only http has no in-process figure to set beside; say so rather than print NaN.
            String in50 = inProcess == null
                    ? "not run"
                    : f("%.2f", Stats.median(pick(inProcess.latency(), "engine", sel, Load.Percentiles::p50)));
            http.append(f(
                    "| %s | %s | %s | %s | %s |%n",
                    sel.equals("all") ? "**whole mix**" : label(sel),
                    Stats.spread(h50, "%.2f"),
                    Stats.spread(pick(lat, "http", sel, Load.Percentiles::p90), "%.2f"),
                    Stats.spread(pick(lat, "http", sel, Load.Percentiles::p99), "%.2f"),
                    in50));
        }
        http.append(f(
                "%nThe difference between the columns mixes HTTP, JSON writing and the server sharing the "
                        + "cores with the load generator with the drift of a shared machine between two measurements "
                        + "taken minutes apart in different JVMs (one run gave a negative difference). HTTP's fixed "
                        + "cost alone, a `GET /api/health` round trip (no search): p50 %.2f ms, p99 %.2f ms.%n",
                load.health().p50(), load.health().p99()));
        http.append(
                "\n| HTTP | peak queries/s | at 50%: done/s | p50 | p99 | max | at 80%: done/s | p50 | p99 | max |\n");
        http.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        StringBuilder row = new StringBuilder(f(
                "| %d clients | %.0f",
                load.peaks().get(0).threads(), load.peaks().get(0).perSec()));
        for (SearchRun.Rate rate : load.rates()) {
            Load.RateResult x = rate.result();
            row.append(f(
                    " | %.0f | %.2f | %.2f | %.1f",
                    x.achievedPerSec(),
                    x.latency().p50(),
                    x.latency().p99(),
                    x.latency().max()));
        }
        http.append(row).append(" |\n\n");
        if (inProcess != null && !inProcess.peaks().isEmpty()) {
            http.append(f(
                    "HTTP peak ÷ in-process engine peak: %.2f. ",
                    load.peaks().get(0).perSec() / inProcess.peaks().get(0).perSec()));
        }
        http.append(f("Errors (non-200 answers): %d.", load.errors()));
        if (inProcess == null) {
            http.append(" Totals not compared with the in-process engine: the search part did not run.\n\n");
        } else if (load.totals().equals(inProcess.totals().get("engine"))) {
            http.append(" Every query's total matches the in-process engine's.\n\n");
        } else {
            http.append(" **Totals differ** from the in-process engine's (the JSON has both).\n\n");
        }
        http.append(f(
                """
                **Freshness**: %d uploads of a short text briefing (`POST /api/documents`), one after the other; \
                from each upload's answer to the first search that finds it: p50 %.1f ms, p99 %.1f ms, max %.1f ms \
                (at most %d search(es) needed; %d failure(s)). The same search sent again at once: p50 %.1f ms, \
                p99 %.1f ms (the first search after a change also rebuilds the index's facet ordinals). The \
                upload itself (extraction, enrichment, fsync, index, refresh) was answered in p50 %.0f ms, p99 %.0f ms.

                **Resident memory** of the server: %,d MB after start, %,d MB after the load, %,d MB after the uploads.

                """,
                fresh.uploads(),
                fresh.visible().p50(),
                fresh.visible().p99(),
                fresh.visible().max(),
                fresh.maxSearches(),
                fresh.failures(),
                fresh.repeat().p50(),
                fresh.repeat().p99(),
                fresh.upload().p50(),
                fresh.upload().p99(),
                rssStart,
                rssLoad,
                rssUploads));
    }

    private final StringBuilder batch = new StringBuilder();

    void batch(BatchRun.Result r) {
        raw.put("batch", r);
        List<Double> b = r.rounds().stream().map(BatchRun.Round::batchPerSec).toList();
        List<Double> s = r.rounds().stream().map(BatchRun.Round::searchesPerSec).toList();
        batch.append(f(
                "%,d names (people and organisations the taggers found, first seen first, then their surnames and misses; %,d of them match) against %,d"
                        + " briefings, in-process, one thread; median of %d rounds (min–max). Each name's total was"
                        + " checked to be the same both ways (a batch counts exactly up to 10,000 matches, then says"
                        + " \"at least\"; above that a search must find at least as many): %d differ; %d names could"
                        + " not run as queries.%n%n",
                r.names(),
                r.namesFound(),
                r.docs(),
                r.rounds().size(),
                r.mismatches().size(),
                r.failed()));
        batch.append("| | queries/s | ÷ one search each |\n|---|---:|---:|\n");
        batch.append(f(
                "| batch search (total and top 3, no facets) | %s | %s |%n",
                Stats.spread(b, "%,.0f"), Stats.spread(ratios(b, s), "%.1f")));
        batch.append(f(
                "| one /api/search each, in-process (facets, highlights, 3 hits) | %s | 1 |%n%n",
                Stats.spread(s, "%,.0f")));
        r.mismatches().forEach(m -> batch.append("- differs: ").append(m).append('\n'));
    }

    private final StringBuilder peers = new StringBuilder();

    /** The peers part, written by {@link PeerReport}. */
    void peers(String markdown) {
        peers.append(markdown);
    }

    /** Parts with a section of their own (the SolrCloud part), by title, in the order run. */
    private final Map<String, String> sections = new LinkedHashMap<>();

    void section(String title, String markdown) {
        sections.merge(title, markdown, String::concat);
    }

    /** What the host was doing at {@code when} ("start" or "end" of the run). */
    void host(String when, HostProbe.Result probe) {
        hosts.put(when, probe);
        raw.put("host-" + when, probe);
    }

    void note(String note) {
        notes.add(note);
    }

    String markdown(double elapsedSeconds) {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmark results: ").append(options.name()).append("\n\n");
        md.append(f("- date: %s%n", started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"))));
        md.append("- machine: ").append(machine.describe(options.heap())).append('\n');
        md.append("- commit: ").append(commit).append('\n');
        md.append("- command: `scripts/bench.sh")
                .append(options.args().isEmpty() ? "" : " " + options.args())
                .append("`")
                .append(options.quick() ? " (quick mode: indicative only)" : "")
                .append('\n');
        md.append(f("- harness run time: %.1f min%n", elapsedSeconds / 60));
        hosts.forEach((when, probe) -> md.append("- host at the ")
                .append(when)
                .append(": ")
                .append(probe.describe())
                .append('\n'));
        md.append("- the host's stalls (docs/benchmarks.md, \"The host's stalls\") lengthen every tail under load; "
                + "other processes' CPU beside the probes shows whether the machine was shared: read the spreads.\n\n");
        if (!ingest.isEmpty()) {
            md.append("## Ingest\n\n").append(ingest);
        }
        if (!search.isEmpty()) {
            md.append("## Search\n\n").append(search);
        }
        if (!scale.isEmpty()) {
            md.append("## Scale\n\n").append(scale);
        }
        if (!http.isEmpty()) {
            md.append("## HTTP, freshness and start\n\n").append(http);
        }
        if (!batch.isEmpty()) {
            md.append("## Batch search\n\n").append(batch);
        }
        if (!peers.isEmpty()) {
            md.append("## Peers: Solr and OpenSearch\n\n").append(peers);
        }
        sections.forEach(
                (title, text) -> md.append("## ").append(title).append("\n\n").append(text));
        if (!notes.isEmpty()) {
            md.append("## Notes\n\n");
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        return md.toString();
    }
}
