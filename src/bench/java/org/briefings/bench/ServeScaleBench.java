package org.briefings.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefings.index.BriefingDocuments;
import org.briefings.ingest.ContentHash;

/**
 * {@code bin/briefings serve} on a big existing index (docs/scaling.md, measurement plan items 2
 * and 3): the time from start to the first answered search and to the end of the start-up
 * reconciliation; heap used (and live after a full GC) and resident memory after start, after a
 * search load and after uploads; queries/s with p50/p99 at 1, 2 and 4 closed-loop clients over
 * HTTP ({@link HttpLoad}, the 36-query mix with all facets); and the reconciliation's time per file
 * with nothing changed and with a share of the files touched (a second start). The load average is
 * read at every step: on a shared machine it says how far to trust each figure.
 *
 * <p>The index is served from a hard-linked copy ({@link HttpBench#linkCopy}); its corpus is made
 * from its own file records ({@link ServeCorpus}) when it has none.
 *
 * <pre>ServeScaleBench --project DIR --index ENGINE_INDEX [--work DIR] [--uploads 1000] [--touch 0.01]
 *     [--seconds 10] [--rounds 3] [--clients 1,2,4] [--heap SIZE] [--name NAME]</pre>
 */
public final class ServeScaleBench {

    /** One reading of the server's memory and the machine's load. */
    record Memory(
            String when,
            long heapUsedMb,
            long heapLiveMb,
            long heapCommittedMb,
            long rssMb,
            long rssAnonMb,
            long rssFileMb,
            String load) {}

    /** One start: to the first answer, to the end of the reconciliation, and that reconciliation's report. */
    record Start(String what, double firstSearchMs, double reconciledMs, JsonNode reconcile, String load) {}

    record Result(
            String machine,
            String index,
            int files,
            long indexBytes,
            double corpusSeconds,
            String heap,
            List<Start> starts,
            List<Memory> memory,
            HttpLoad.ClientsResult load,
            String loadDuring,
            HttpLoad.FreshResult uploads,
            String uploadsDuring,
            JsonNode rescan,
            int touched,
            boolean touchedHashMatches) {}

    public static void main(String[] args) throws Exception {
        Map<String, String> a = options(args);
        Path project =
                Path.of(a.getOrDefault("--project", ".")).toAbsolutePath().normalize();
        Path source = Path.of(a.getOrDefault("--index", "target/bench/search/1000000/engine"));
        source = project.resolve(source).normalize();
        Path work = project.resolve(a.getOrDefault("--work", "target/bench/serve-scale"));
        int uploads = Integer.parseInt(a.getOrDefault("--uploads", "1000"));
        double touch = Double.parseDouble(a.getOrDefault("--touch", "0.01"));
        String seconds = a.getOrDefault("--seconds", "10");
        String rounds = a.getOrDefault("--rounds", "3");
        String clients = a.getOrDefault("--clients", "1,2,4");
        String heap = a.getOrDefault("--heap", "");
        String name = a.getOrDefault("--name", LocalDate.now() + "-scale-serve");
        if (!Files.isDirectory(source)) {
            System.out.println("skipped: no engine index at " + source
                    + " (build it with scripts/bench.sh --only scale --scale-1m, or pass --index)");
            return;
        }
        Path index = work.resolve("index");
        Path corpus = work.resolve("corpus");
        log("linking a copy of %s", source);
        HttpBench.linkCopy(source, index);
        HttpBench.cleanUploads(corpus); // a former run's uploads are not in the fresh copy
        log("marking the copy's briefings checked for copies (ServeCorpus.settleCopyGroups)");
        ServeCorpus.settleCopyGroups(index);
        log("reading the index's file records");
        List<Map.Entry<String, BriefingDocuments.FileInfo>> records = ServeCorpus.records(index);
        log("%,d files; writing the corpus folder (reused when complete)", records.size());
        double corpusSeconds = ServeCorpus.ensure(corpus, records);
        log("corpus ready (%.0f s)", corpusSeconds);

        List<Start> starts = new ArrayList<>();
        List<Memory> memory = new ArrayList<>();
        HttpLoad.ClientsResult load;
        HttpLoad.FreshResult fresh;
        String loadDuring;
        String uploadsDuring;
        JsonNode rescan;
        try (Served s = Served.start(project, corpus, index, heap)) {
            starts.add(s.waitUntilReady("first start, nothing changed"));
            memory.add(memory(s, "after start"));
            log("load: %s clients", clients);
            String before = loadAverage();
            load = ChildJvm.run(
                    HttpLoad.class,
                    List.of("clients", s.base, seconds, rounds, clients),
                    "512m",
                    HttpLoad.ClientsResult.class);
            loadDuring = before + " -> " + loadAverage();
            memory.add(memory(s, "after the search load"));
            log("%d uploads", uploads);
            before = loadAverage();
            fresh = ChildJvm.run(
                    HttpLoad.class,
                    List.of("fresh", s.base, String.valueOf(uploads)),
                    "512m",
                    HttpLoad.FreshResult.class);
            uploadsDuring = before + " -> " + loadAverage();
            memory.add(memory(s, "after " + uploads + " uploads"));
            rescan =
                    s.stats().at("/reconcile/last"); // the last periodic rescan (60 s after the one before ended), warm
        }
        log("touching %.1f%% of the files", touch * 100);
        int touched = ServeCorpus.touch(corpus, records, touch);
        String first = records.get(0).getKey();
        boolean hashMatches = ContentHash.of(corpus.resolve(first))
                .equals(records.get(0).getValue().fileId());
        try (Served s = Served.start(project, corpus, index, heap)) {
            starts.add(s.waitUntilReady("second start, " + touched + " files touched"));
            memory.add(memory(s, "after the second start"));
        }
        Result r = new Result(
                Machine.current().describe(heap.isEmpty() ? "(serve's default)" : heap),
                source.toString(),
                records.size(),
                Corpora.folderBytes(source),
                corpusSeconds,
                heap,
                starts,
                memory,
                load,
                loadDuring,
                fresh,
                uploadsDuring,
                rescan,
                touched,
                hashMatches);
        Path out = project.resolve("bench/results");
        Files.createDirectories(out);
        ChildJvm.JSON
                .writerWithDefaultPrettyPrinter()
                .writeValue(out.resolve(name + ".json").toFile(), r);
        Files.writeString(out.resolve(name + ".md"), ServeScaleReport.markdown(r, String.join(" ", args)));
        log("wrote bench/results/%s.md and .json", name);
    }

    /** A running {@code bin/briefings serve}, stopped (SIGTERM, as Ctrl-C) when closed. */
    static final class Served implements AutoCloseable {
        final Process process;
        final String base;
        final long t0;

        private Served(Process process, String base, long t0) {
            this.process = process;
            this.base = base;
            this.t0 = t0;
        }

        static Served start(Path project, Path corpus, Path index, String heap) throws IOException {
            int port = HttpBench.freePort();
            List<String> command =
                    new ArrayList<>(List.of(project.resolve("bin/briefings").toString()));
            command.addAll(HttpBench.serveArguments(port, corpus, index));
            ProcessBuilder pb = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            corpus.resolveSibling("server.log").toFile()))
                    .directory(project.toFile());
            if (!heap.isEmpty()) {
                pb.environment().put("BRIEFINGS_JAVA_OPTS", "-Xmx" + heap);
            }
            log("starting bin/briefings serve (load %s)", loadAverage());
            long t0 = System.nanoTime();
            return new Served(pb.start(), "http://127.0.0.1:" + port, t0);
        }

        Start waitUntilReady(String what) throws Exception {
            String before = loadAverage();
            double first = HttpBench.waitForFirstSearch(base, process, t0);
            double reconciled = waitForFirstReport(t0);
            JsonNode last = stats().at("/reconcile/last");
            log("%s: first search %.1f s, reconciled %.1f s: %s", what, first / 1e3, reconciled / 1e3, last);
            return new Start(what, first, reconciled, last, before + " -> " + loadAverage());
        }

        /**
         * Milliseconds from start until the first reconciliation has reported. Not until none runs:
         * at a million files one takes longer than the 60 s between periodic rescans, so the next is
         * always queued. {@code /api/stats} is asked every 2 s: one answer costs about a second of
         * a core there (it counts scans waiting for OCR).
         */
        double waitForFirstReport(long t0) throws Exception {
            while (System.nanoTime() - t0 < TimeUnit.MINUTES.toNanos(20)) {
                if (!stats().at("/reconcile/last").isMissingNode()) {
                    return (System.nanoTime() - t0) / 1e6;
                }
                Thread.sleep(2000);
            }
            throw new IOException("no reconciliation finished within 20 minutes");
        }

        JsonNode stats() throws Exception {
            return ChildJvm.JSON.readTree(HttpLoad.get(base + "/api/stats").body());
        }

        @Override
        public void close() throws InterruptedException {
            HttpBench.stop(process);
        }
    }

    private static final Pattern HEAP = Pattern.compile("committed (\\d+)K, used (\\d+)K");

    /** Heap used, then live after a full GC ({@code jcmd GC.run}), committed, and RSS of the server. */
    static Memory memory(Served s, String when) throws Exception {
        long pid = s.process.pid();
        long[] before = heap(pid);
        jcmd(pid, "GC.run");
        long[] after = heap(pid);
        Memory m = new Memory(
                when,
                before[1],
                after[1],
                after[0],
                SearchRun.rssMb(pid),
                status(pid, "RssAnon:"),
                status(pid, "RssFile:"),
                loadAverage());
        log("memory %s: %s", when, m);
        return m;
    }

    /** A line of {@code /proc/PID/status} in MB: {@code RssAnon} is the JVM's own memory, {@code RssFile} the index pages it maps. */
    private static long status(long pid, String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }

    /** {committed, used} of the server's heap in MB, from {@code jcmd PID GC.heap_info}. */
    private static long[] heap(long pid) throws Exception {
        Matcher m = HEAP.matcher(jcmd(pid, "GC.heap_info"));
        return m.find()
                ? new long[] {Long.parseLong(m.group(1)) / 1024, Long.parseLong(m.group(2)) / 1024}
                : new long[] {-1, -1};
    }

    /** Runs the server JVM's own {@code jcmd} on it. */
    private static String jcmd(long pid, String command) throws Exception {
        String java = ProcessHandle.of(pid).flatMap(h -> h.info().command()).orElse("java");
        Process p = new ProcessBuilder(Path.of(java).resolveSibling("jcmd").toString(), String.valueOf(pid), command)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    /** The 1, 5 and 15 minute load averages, as {@code uptime} prints them. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            out.put(args[i], args[i + 1]);
        }
        return out;
    }

    static void log(String format, Object... args) {
        System.err.printf("[%s] %s%n", Instant.now().toString().substring(11, 19), String.format(format, args));
    }

    private ServeScaleBench() {}
}
