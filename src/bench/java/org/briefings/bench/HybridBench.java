package org.briefings.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.briefings.engine.BriefingEngine;
import org.briefings.engine.EngineBuilder;
import org.briefings.engine.EngineConfig;
import org.briefings.eval.relevance.Collection;
import org.briefings.eval.relevance.Topic;
import org.briefings.ingest.ParserIsolation;
import org.briefings.search.SearchMode;
import org.briefings.search.SearchRequest;

/**
 * What hybrid search costs (issue 17, item 4): the same UN General Debate speeches ingested by an
 * engine without semantic search (baseline) and by one with it (candidate), in one run, giving ingest
 * documents per second both ways, the embedding time per briefing and per passage, and the query
 * time of keyword and hybrid search (p50 and p90 over the relevance collection's queries, the
 * model already loaded), and how long an upload takes to be answered with semantic search on
 * and off (the vectors follow in the background). Writes {@code bench/results/2026-12-01-hybrid.md}.
 *
 * <pre>{@code
 * ./mvnw -q -B -Pbench test-compile exec:exec@hybrid -Dbench.args="--docs 200"
 * }</pre>
 */
public final class HybridBench {

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = BenchArgs.parse(args);
        Path project = Path.of(opts.getOrDefault("project", "."));
        Path data = Path.of(opts.getOrDefault("data", "../shared/data"));
        int docs = Integer.parseInt(opts.getOrDefault("docs", "200"));
        int rounds = Integer.parseInt(opts.getOrDefault("rounds", "3"));
        if (!Files.isDirectory(data.resolve("ungdc"))) {
            System.out.println("skipped: ../shared/data not found (" + data + ")");
            return;
        }
        List<Path> all = Corpora.files(data, Corpora.UNGDC, docs + 20);
        List<Path> files = all.subList(0, Math.min(docs, all.size()));
        List<Path> more = all.subList(files.size(), all.size());
        Path work = Files.createTempDirectory("briefings-hybrid-bench");
        try {
            ingest(work.resolve("warm-up"), files, false).engine().close(); // JIT and file cache, for both
            Run keyword = ingest(work.resolve("keyword"), files, false);
            Run hybrid = ingest(work.resolve("hybrid"), files, true);
            String report = report(files.size(), keyword, hybrid, rounds, more);
            Files.createDirectories(project.resolve("bench/results"));
            Files.writeString(project.resolve("bench/results/2026-12-01-hybrid.md"), report, StandardCharsets.UTF_8);
            System.out.println(report);
        } finally {
            Corpora.deleteTree(work);
        }
    }

    private record Run(
            BriefingEngine engine, double indexedSeconds, double vectorsSeconds, Map<String, Object> vectors) {}

    private static Run ingest(Path dir, List<Path> files, boolean vectors) throws Exception {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        for (Path f : files) {
            Files.copy(f, corpus.resolve(f.getFileName().toString()), StandardCopyOption.COPY_ATTRIBUTES);
        }
        BriefingEngine engine = EngineBuilder.of(
                        EngineConfig.of(corpus, dir.resolve("index")).withIsolation(ParserIsolation.inProcess()))
                .semantic(vectors)
                .open();
        long started = System.nanoTime();
        engine.reconcile();
        double indexed = (System.nanoTime() - started) / 1e9;
        engine.startVectors();
        engine.awaitVectors(Duration.ofHours(6));
        double all = (System.nanoTime() - started) / 1e9;
        return new Run(engine, indexed, all, engine.semanticStats());
    }

    /** Milliseconds from the start of each upload to its answer, for {@code uploads} speeches not yet indexed. */
    private static List<Double> uploads(BriefingEngine engine, List<Path> files) throws Exception {
        List<Double> ms = new ArrayList<>();
        for (Path f : files) {
            long t = System.nanoTime();
            try (var in = Files.newInputStream(f)) {
                engine.add("upload-" + f.getFileName(), in, Long.MAX_VALUE);
            }
            ms.add((System.nanoTime() - t) / 1e6);
        }
        return ms;
    }

    private static String report(int docs, Run keyword, Run hybrid, int rounds, List<Path> more) throws Exception {
        List<Path> half1 = more.subList(0, more.size() / 2);
        List<Path> half2 = more.subList(more.size() / 2, more.size());
        List<Double> upKeyword = uploads(keyword.engine(), half1);
        List<Double> upHybrid = uploads(hybrid.engine(), half2);
        hybrid.engine().awaitVectors(Duration.ofHours(1));
        List<String> queries = Collection.topics().stream().map(Topic::query).toList();
        // warm up both modes (the model loads on the first query embedding)
        for (String q : queries) {
            time(hybrid.engine(), q, SearchMode.HYBRID);
            time(hybrid.engine(), q, SearchMode.KEYWORD);
        }
        List<Double> kw = new ArrayList<>();
        List<Double> hy = new ArrayList<>();
        List<Double> kwFused = new ArrayList<>();
        List<Double> hyFused = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (String q : queries) {
                double k = time(hybrid.engine(), q, SearchMode.KEYWORD);
                double h = time(hybrid.engine(), q, SearchMode.HYBRID);
                kw.add(k);
                hy.add(h);
                if (fused(hybrid.engine(), q)) {
                    kwFused.add(k);
                    hyFused.add(h);
                }
            }
        }
        keyword.engine().close();
        hybrid.engine().close();
        StringBuilder b = new StringBuilder();
        b.append("# Hybrid search: ingest and query cost\n\n");
        b.append(String.format(
                Locale.ROOT,
                "%s, %d UN General Debate speeches (plain text), in-process parsing, %d cores; "
                        + "measured while other builds shared the machine, so read the ratios.%n%n",
                LocalDate.now(),
                docs,
                Runtime.getRuntime().availableProcessors()));
        b.append("| | semantic off (baseline) | serve/index --semantic | ratio |\n|---|---:|---:|---:|\n");
        b.append(row(
                "ingest until keyword-searchable, docs/s",
                docs / keyword.indexedSeconds(),
                docs / hybrid.indexedSeconds()));
        b.append(row(
                "ingest until vectors ready, docs/s", docs / keyword.vectorsSeconds(), docs / hybrid.vectorsSeconds()));
        b.append(String.format(
                Locale.ROOT,
                "%nEmbedding: %s ms per briefing, %s ms per passage (%s passages for %s briefings).%n%n",
                hybrid.vectors().get("msPerBriefing"),
                hybrid.vectors().get("msPerPassage"),
                hybrid.vectors().get("passages"),
                hybrid.vectors().get("embeddedSinceStart")));
        b.append(String.format(
                Locale.ROOT,
                "Queries: the %d queries of the relevance collection, %d rounds, 10 hits, model loaded.%n%n",
                queries.size(),
                rounds));
        b.append("| | keyword (baseline) | hybrid | ratio |\n|---|---:|---:|---:|\n");
        b.append(row("query p50, ms", percentile(kw, 50), percentile(hy, 50)));
        b.append(row("query p90, ms", percentile(kw, 90), percentile(hy, 90)));
        b.append(row(
                "fused queries only (" + kwFused.size() / rounds + "), p50 ms",
                percentile(kwFused, 50),
                percentile(hyFused, 50)));
        b.append(row("fused queries only, p90 ms", percentile(kwFused, 90), percentile(hyFused, 90)));
        b.append("\n| | semantic off | --semantic | ratio |\n|---|---:|---:|---:|\n");
        b.append(row("upload answered, p50 ms", percentile(upKeyword, 50), percentile(upHybrid, 50)));
        b.append(row("upload answered, max ms", percentile(upKeyword, 100), percentile(upHybrid, 100)));
        b.append(String.format(
                Locale.ROOT,
                "%nUploads: %d further speeches each (different ones), one at a time through the engine's add,"
                        + " after the ingest above; with --semantic the vectors are embedded after the answer.%n",
                half1.size()));
        return b.toString();
    }

    /** Whether a hybrid search of {@code q} fuses (prose long enough) rather than ranking by keyword. */
    private static boolean fused(BriefingEngine engine, String q) throws Exception {
        return engine.search(
                        SearchRequest.builder().query(q).mode(SearchMode.HYBRID).build())
                .mode()
                .equals(SearchMode.HYBRID.json());
    }

    private static double time(BriefingEngine engine, String q, SearchMode mode) throws Exception {
        long t = System.nanoTime();
        engine.search(SearchRequest.builder().query(q).mode(mode).build());
        return (System.nanoTime() - t) / 1e6;
    }

    private static String row(String what, double base, double candidate) {
        return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.2f |%n", what, base, candidate, candidate / base);
    }

    private static double percentile(List<Double> values, int p) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return v[Math.min(v.length - 1, (int) Math.ceil(p / 100.0 * v.length) - 1)];
    }

    /** {@code --name value} pairs. */
    private static final class BenchArgs {
        static Map<String, String> parse(String[] args) {
            Map<String, String> m = new java.util.HashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                m.put(args[i].replaceFirst("^--", ""), args[i + 1]);
            }
            return m;
        }
    }

    private HybridBench() {}
}
