package org.briefings.bench;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.briefings.Json;
import org.briefings.engine.BriefingEngine;
import org.briefings.engine.EngineBuilder;
import org.briefings.engine.EngineConfig;
import org.briefings.http.BriefingServer;
import org.briefings.http.ServerConfig;
import org.briefings.ingest.ParserIsolation;
import org.briefings.watch.GeneratedWatches;
import org.briefings.watch.MatchStrategy;
import org.briefings.watch.WatchSpec;
import org.briefings.watch.WatchStats;
import org.briefings.watch.Watches;
import org.briefings.watch.Webhooks;

/**
 * What watches cost (issue 12), on UN speeches uploaded one at a time (each upload is one refresh,
 * one matching batch): the time per briefing spent matching with 0, 100, 1,000 and 10,000 watches,
 * beside the whole ingest time per briefing without watches (the ratio asked for), for the engine's
 * matching (presearcher, then the query on the index restricted to the new ids) and the two
 * alternatives; the heap the watches take; and from an upload's answer to its SSE event and to its
 * entry in the Atom feed (p50/p99). Watches are generated from the speeches' own terms and facet
 * values (as the equivalence test does), with the harness's query mix (QueryMix) among them.
 *
 * <p>Run: {@code ./mvnw -q -B -Pbench test-compile exec:exec@watch-bench -Dbench.args="--speeches 200"}.
 * Writes {@code bench/results/DATE-watches.md}.
 */
public final class WatchBench {

    public static void main(String[] args) throws Exception {
        Path project = Path.of(arg(args, "--project", "."));
        Path data = Path.of(arg(args, "--data", "../shared/data"));
        int speeches = Integer.parseInt(arg(args, "--speeches", "200"));
        int latencyUploads = Integer.parseInt(arg(args, "--latency-uploads", "100"));
        int[] counts = Arrays.stream(arg(args, "--watches", "0,100,1000,10000").split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
        Path ungdc = data.resolve("ungdc/TXT");
        if (!Files.isDirectory(ungdc)) {
            System.out.println("skipped: ../shared/data not found (" + data + ")");
            return;
        }
        Path work = Files.createTempDirectory("watch-bench");
        List<Path> files;
        try (Stream<Path> all = Files.walk(ungdc)) {
            files = all.filter(Files::isRegularFile).sorted().toList();
        }
        List<Path> source = files.subList(0, Math.min(400, files.size()));
        List<Path> ingest = files.subList(files.size() - speeches, files.size());

        // watches from the first speeches' own terms and facet values, plus the query mix
        List<WatchSpec> specs = new ArrayList<>();
        try (BriefingEngine e = open(work.resolve("source"))) {
            for (Path f : source) {
                try (InputStream in = Files.newInputStream(f)) {
                    e.add(f.getFileName().toString(), in, 50_000_000);
                }
            }
            int max = Arrays.stream(counts).max().orElse(0);
            List<WatchSpec> generated = new GeneratedWatches(e).generate(max, 12L);
            for (int i = 0; i < max; i++) {
                if (i % 10 == 0) {
                    QueryMix.BenchQuery q =
                            QueryMix.all().get((i / 10) % QueryMix.all().size());
                    specs.add(fromMix("mix" + i, q));
                } else {
                    specs.add(generated.get(i));
                }
            }
        }

        StringBuilder md = new StringBuilder();
        md.append("# Watches benchmark, ").append(LocalDate.now()).append("\n\n");
        md.append(Report.f(
                "%s; JDK %s; %d UN speeches uploaded one at a time (one refresh and one matching batch each) per"
                        + " configuration, parsed in-process; watches generated from 400 other speeches' terms and facet"
                        + " values, one in ten from the query mix. Command: `%s`.%n%n",
                Machine.current().describe(Runtime.getRuntime().maxMemory() / (1 << 20) + " MB heap"),
                Runtime.version(),
                speeches,
                String.join(" ", args)));
        md.append("| watches | matching | upload ms/briefing | matching ms/briefing | matching ÷ upload without watches"
                + " | exact checks/briefing | matches | heap of the watches |\n");
        md.append("|---:|---|---:|---:|---:|---:|---:|---:|\n");
        double baseline = 0;
        for (int n : counts) {
            for (MatchStrategy strategy : MatchStrategy.values()) {
                if (n == 0 && strategy != MatchStrategy.PRESEARCH_INDEX) {
                    continue;
                }
                Run r = run(work.resolve("run-" + n + "-" + strategy), specs.subList(0, n), strategy, ingest);
                if (n == 0) {
                    baseline = r.ingestMsPerBriefing;
                }
                md.append(Report.f(
                        "| %,d | %s | %.2f | %.3f | %.3f | %.1f | %,d | %s |%n",
                        n,
                        label(strategy),
                        r.ingestMsPerBriefing,
                        r.matchMsPerBriefing,
                        baseline == 0 ? 0 : r.matchMsPerBriefing / baseline,
                        r.candidatesPerBriefing,
                        r.matches,
                        n == 0 ? "-" : Report.f("%.1f MB", r.heapBytes / 1e6)));
                System.err.println("[watch-bench] " + n + " " + strategy + ": " + r);
            }
        }
        md.append("\n");
        latency(work.resolve("latency"), ingest, latencyUploads, md);
        String out = md.toString();
        Path results = project.resolve("bench/results");
        Files.createDirectories(results);
        Files.writeString(results.resolve(LocalDate.now() + "-watches.md"), out);
        System.out.println(out);
    }

    private static String label(MatchStrategy s) {
        return switch (s) {
            case PRESEARCH_INDEX -> "presearcher + index (engine)";
            case MEMORY -> "presearcher + MemoryIndex";
            case INDEX -> "every query on the index";
        };
    }

    record Run(
            double ingestMsPerBriefing,
            double matchMsPerBriefing,
            double candidatesPerBriefing,
            long matches,
            long heapBytes) {}

    private static Run run(Path root, List<WatchSpec> specs, MatchStrategy strategy, List<Path> ingest)
            throws Exception {
        try (BriefingEngine e = open(root)) {
            // warm the parser and the enrichment on one speech outside the measurement
            try (InputStream in = Files.newInputStream(ingest.get(0))) {
                e.add("warm-up.txt", in, 50_000_000);
            }
            long heapBefore = usedHeap();
            Watches watches = strategy == MatchStrategy.PRESEARCH_INDEX
                    ? e.watches()
                    : Watches.open(
                            root.resolve("alt"),
                            e.index(),
                            strategy,
                            new Webhooks(Duration.ofSeconds(1), Duration.ofSeconds(1)));
            if (watches != e.watches()) {
                e.index().setListener(watches);
            }
            watches.createAll(specs);
            long heap = usedHeap() - heapBefore;
            WatchStats before = watches.stats();
            long started = System.nanoTime();
            for (Path f : ingest.subList(1, ingest.size())) {
                try (InputStream in = Files.newInputStream(f)) {
                    e.add(f.getFileName().toString(), in, 50_000_000);
                }
            }
            double ms = (System.nanoTime() - started) / 1e6;
            WatchStats after = watches.stats();
            int n = ingest.size() - 1;
            if (watches != e.watches()) {
                watches.close();
            }
            return new Run(
                    ms / n,
                    (after.matchSeconds() - before.matchSeconds()) * 1000 / n,
                    (after.candidatesChecked() - before.candidatesChecked()) / (double) n,
                    after.matchesSinceStart() - before.matchesSinceStart(),
                    heap);
        }
    }

    private static long usedHeap() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    /** From an upload's answer to its SSE event, and to the first feed fetch that lists it. */
    private static void latency(Path root, List<Path> ingest, int uploads, StringBuilder md) throws Exception {
        try (BriefingEngine e = open(root);
                BriefingServer server =
                        new BriefingServer(e, ServerConfig.defaults().withHostPort("127.0.0.1", 0))) {
            server.start();
            String base = "http://127.0.0.1:" + server.port();
            HttpClient http = HttpClient.newHttpClient();
            Map<?, ?> w = Json.MAPPER.readValue(
                    http.send(
                                    HttpRequest.newBuilder(URI.create(base + "/api/watches"))
                                            .POST(HttpRequest.BodyPublishers.ofString(
                                                    "{\"name\": \"everything\", \"q\": \"\"}"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .body(),
                    Map.class);
            String feed = base + w.get("feed");
            Map<String, Long> eventAt = new ConcurrentHashMap<>();
            HttpResponse<InputStream> stream = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/events")).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            Thread reader = new Thread(() -> {
                try (BufferedReader r =
                        new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        long now = System.nanoTime();
                        int i = line.indexOf("\"briefing\":{\"id\":\"");
                        if (i >= 0) {
                            eventAt.put(line.substring(i + 18, i + 18 + 64), now);
                        }
                    }
                } catch (Exception ex) {
                    // closed
                }
            });
            reader.setDaemon(true);
            reader.start();
            Thread.sleep(500);
            List<Double> toEvent = new ArrayList<>();
            List<Double> toFeed = new ArrayList<>();
            for (int i = 0; i < Math.min(uploads, ingest.size()); i++) {
                byte[] body = Files.readAllBytes(ingest.get(i));
                HttpResponse<String> up = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/api/documents?name=lat" + i + ".txt"))
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                long answered = System.nanoTime();
                String id = (String) Json.MAPPER.readValue(up.body(), Map.class).get("id");
                while (true) {
                    String xml = http.send(
                                    HttpRequest.newBuilder(URI.create(feed)).build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .body();
                    if (xml.contains(id)) {
                        toFeed.add((System.nanoTime() - answered) / 1e6);
                        break;
                    }
                }
                long deadline = System.nanoTime() + 10_000_000_000L;
                while (!eventAt.containsKey(id) && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                Long at = eventAt.get(id);
                toEvent.add(at == null ? Double.NaN : (at - answered) / 1e6);
            }
            stream.body().close();
            md.append(Report.f(
                    "**Freshness**, %d uploads of speeches over HTTP on loopback with a watch matching every briefing:%n%n",
                    toEvent.size()));
            md.append("| from the upload's answer to | p50 | p99 |\n|---|---:|---:|\n");
            md.append(Report.f("| its SSE event | %.2f ms | %.2f ms |%n", pct(toEvent, 50), pct(toEvent, 99)));
            md.append(Report.f(
                    "| its entry in the Atom feed (first fetch that has it, the fetch included) | %.2f ms | %.2f ms |%n%n",
                    pct(toFeed, 50), pct(toFeed, 99)));
            md.append("A negative time means the event arrived before the upload's answer: matching runs in the"
                    + " refresh that makes the upload searchable, before the answer is sent.\n");
        }
    }

    private static double pct(List<Double> values, int p) {
        List<Double> v = values.stream().filter(d -> !d.isNaN()).sorted().toList();
        if (v.isEmpty()) {
            return Double.NaN;
        }
        return v.get(Math.min(v.size() - 1, (int) Math.ceil(p / 100.0 * v.size()) - 1));
    }

    private static WatchSpec fromMix(String name, QueryMix.BenchQuery q) {
        org.briefings.search.SearchRequest r = q.request();
        return new WatchSpec(
                name,
                r.query(),
                r.filters(),
                r.from() == null ? null : r.from().toString(),
                r.to() == null ? null : r.to().toString(),
                null);
    }

    private static BriefingEngine open(Path root) throws java.io.IOException {
        return EngineBuilder.of(EngineConfig.of(root.resolve("corpus"), root.resolve("index"))
                        .withIsolation(ParserIsolation.inProcess()))
                .open();
    }

    private static String arg(String[] args, String name, String dflt) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return dflt;
    }

    private WatchBench() {}
}
