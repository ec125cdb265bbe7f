package org.briefings.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.briefings.ingest.ParserIsolation;

/**
 * The benchmark harness's front door ({@code scripts/bench.sh}). It measures how fast the engine
 * ingests and answers, and divides each figure by the same figure for bare Lucene measured in the
 * same run, because on a shared two-core machine absolute times drift from minute to minute while
 * ratios taken side by side hold. Each measurement runs in a child JVM ({@link ChildJvm}) so that
 * cold starts are real and one part's garbage does not slow the next.
 *
 * <p>Parts: {@code ingest} ({@link IngestRun}), {@code search} ({@link BuildSearchIndex}, {@link
 * SearchRun}), {@code scale} (the search latency at 10k and 100k briefings, 1M on request) and
 * {@code http} ({@link HttpBench}: loopback load from a separate process, freshness, start time,
 * resident memory; skipped until the HTTP server exists) and {@code batch} ({@link BatchRun}: 10,000
 * names as one batch search against one search per name) and {@code peers} ({@link PeerBench}: the engine,
 * Solr and OpenSearch answering the same mix over HTTP, side by side) and, only when asked for, {@code
 * solrcloud} ({@link SolrCloudBench}: the engine on SolrCloud beside its embedded index and beside
 * Solr alone). Prints a Markdown report and writes it to
 * {@code bench/results/NAME.md}, with the raw measurements beside it as JSON.
 */
public final class BenchMain {

    public static void main(String[] args) throws Exception {
        BenchOptions o;
        try {
            o = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            if (!e.getMessage().isEmpty()) {
                System.err.println(e.getMessage());
            }
            System.err.print(BenchOptions.USAGE);
            System.exit(e.getMessage().isEmpty() ? 0 : 2);
            return;
        }
        if (!Files.isDirectory(o.data().resolve("ungdc"))
                || !Files.isDirectory(o.data().resolve("crs-reports"))) {
            System.out.println("skipped: ../shared/data not found (" + o.data() + ")");
            return;
        }
        long started = System.nanoTime();
        Files.createDirectories(o.work());
        Report report = new Report(o, Machine.current(), gitCommit(o.project()));
        report.host("start", probeHost(o));

        if (o.runs("ingest")) {
            parsersFromJar(o, report);
            ingest(o, report, Corpora.UNGDC, "UN General Debate speeches (plain text)", o.limit());
            ingest(o, report, Corpora.CRS, "CRS reports (PDF)", 0);
        }
        SearchRun.Result main = null;
        if (o.runs("search")) {
            List<BuildSearchIndex.Built> builds = new ArrayList<>();
            builds.add(ensureIndex(o, o.docs()));
            report.searchIndexes(builds);
            log("search: %,d briefings, in-process", o.docs());
            main = ChildJvm.run(
                    SearchRun.class,
                    List.of(
                            o.work().toString(),
                            String.valueOf(o.docs()),
                            String.valueOf(o.seconds()),
                            String.valueOf(o.rounds()),
                            "full"),
                    o.heap(),
                    SearchRun.Result.class);
            report.search(main);
        }
        if (o.runs("scale")) {
            List<SearchRun.Result> scale = new ArrayList<>();
            for (int n : o.scaleDocs()) {
                if (main != null && n == main.docs()) {
                    scale.add(main);
                    continue;
                }
                ensureIndex(o, n);
                log("scale: %,d briefings, latency", n);
                scale.add(ChildJvm.run(
                        SearchRun.class,
                        List.of(
                                o.work().toString(),
                                String.valueOf(n),
                                String.valueOf(o.seconds()),
                                String.valueOf(o.rounds()),
                                "latency"),
                        o.heap(),
                        SearchRun.Result.class));
            }
            report.scale(scale);
        }
        if (o.runs("http")) {
            HttpBench.run(o, report);
        }
        if (o.runs("batch")) {
            ensureIndex(o, o.docs());
            log("batch: %,d names against %,d briefings", BatchRun.NAMES, o.docs());
            report.batch(ChildJvm.run(
                    BatchRun.class,
                    List.of(o.work().toString(), String.valueOf(o.docs()), String.valueOf(o.rounds())),
                    o.heap(),
                    BatchRun.Result.class));
        }
        if (o.runs("peers")) {
            PeerBench.run(o, report);
        }
        if (o.runs("solrcloud")) {
            SolrCloudBench.run(o, report);
        }

        report.host("end", probeHost(o));
        String md = report.markdown((System.nanoTime() - started) / 1e9);
        Path results = o.project().resolve("bench/results");
        Files.createDirectories(results);
        Files.writeString(results.resolve(o.name() + ".md"), md, StandardCharsets.UTF_8);
        ChildJvm.JSON
                .writerWithDefaultPrettyPrinter()
                .writeValue(results.resolve(o.name() + ".json").toFile(), report.raw);
        System.out.println(md);
        System.out.println("written: bench/results/" + o.name() + ".md (and .json)");
    }

    private static void ingest(BenchOptions o, Report report, String corpus, String description, int limit)
            throws IOException {
        List<IngestRun.Result> engine = new ArrayList<>();
        List<IngestRun.Result> lucene = new ArrayList<>();
        List<String> args = List.of(
                corpus, o.data().toString(), o.work().toString(), String.valueOf(limit), String.valueOf(o.passes()));
        for (int run = 1; run <= o.runs(); run++) {
            // Engine first: for PDFs it leaves the extracted text the baseline indexes.
            log("ingest %s: run %d of %d, engine", corpus, run, o.runs());
            engine.add(ChildJvm.run(IngestRun.class, prepend("engine", args), o.heap(), IngestRun.Result.class));
            log("ingest %s: run %d of %d, bare Lucene", corpus, run, o.runs());
            lucene.add(ChildJvm.run(IngestRun.class, prepend("lucene", args), o.heap(), IngestRun.Result.class));
        }
        report.ingest(corpus, description, engine, lucene);
    }

    static BuildSearchIndex.Built ensureIndex(BenchOptions o, int docs) throws IOException {
        // The main index also gets a corpus of files, for serve in the HTTP part.
        boolean corpus = docs == o.docs();
        BuildSearchIndex.Built built = BuildSearchIndex.cached(o.work(), docs, corpus);
        if (built != null) {
            log("search index of %,d briefings: reusing %s", docs, BuildSearchIndex.dir(o.work(), docs));
            return built;
        }
        log("search index of %,d briefings: building", docs);
        return ChildJvm.run(
                BuildSearchIndex.class,
                List.of(
                        o.data().toString(),
                        o.work().toString(),
                        String.valueOf(docs),
                        corpus ? "corpus" : "index-only"),
                docs >= 1_000_000 ? "6g" : o.heap(),
                BuildSearchIndex.Built.class);
    }

    /** The host's stalls and load (see {@link HostProbe}), a few seconds per loop. */
    private static HostProbe.Result probeHost(BenchOptions o) throws IOException {
        log("host probe");
        return ChildJvm.run(HostProbe.class, List.of(o.quick() ? "2" : "5"), o.heap(), HostProbe.Result.class);
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> out = new ArrayList<>();
        out.add(first);
        out.addAll(rest);
        return out;
    }

    static void log(String format, Object... args) {
        System.err.println("[bench] " + Report.f(format, args));
    }

    /**
     * Starts the engine's parser processes from the build's jar, as {@code briefings index} does,
     * where the jar is at least as new as the build's classes (the harness runs from those folders,
     * and a class path with a folder gets no class-data archive: the children would start slower
     * than a user's). Says in the report which it was.
     */
    private static void parsersFromJar(BenchOptions o, Report report) throws IOException {
        Path jar = o.project().resolve("target/briefings.jar");
        Path classes = o.project().resolve("target/classes");
        boolean current = Files.isRegularFile(jar) && Files.isDirectory(classes);
        if (current) {
            long jarTime = Files.getLastModifiedTime(jar).toMillis();
            try (Stream<Path> s = Files.walk(classes)) {
                current = s.filter(Files::isRegularFile).allMatch(f -> {
                    try {
                        return Files.getLastModifiedTime(f).toMillis() <= jarTime;
                    } catch (IOException e) {
                        return false;
                    }
                });
            }
        }
        if (current) {
            System.setProperty(
                    ParserIsolation.CLASS_PATH_PROPERTY, jar.toAbsolutePath().toString());
            report.note("Parser processes (reconcile with Tika in child JVMs) ran from "
                    + o.project().relativize(jar) + " with its class-data archive, as `briefings index` runs them.");
        } else {
            report.note(
                    "Parser processes ran from the build's class folders, without a class-data archive: "
                            + "target/briefings.jar is missing or older than target/classes (run `scripts/bench.sh`, which packages it).");
        }
    }

    private static String gitCommit(Path project) {
        try {
            Process p = new ProcessBuilder("git", "-C", project.toString(), "describe", "--always", "--dirty")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor() == 0 ? out : "unknown";
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }

    private BenchMain() {}
}
