package org.briefings.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * The HTTP load generator: a JVM of its own, talking to {@code serve} on loopback, so the server's
 * figures include what a browser or script would wait for (HTTP parsing, JSON writing, the socket)
 * and the client's own work does not run inside the server.
 *
 * <ul>
 *   <li>{@code load}: the {@link QueryMix} as {@code GET /api/search} URLs: totals checked, a
 *       warm-up at the peak's clients until the rate levels off ({@link Load#warmUp}), latency on one connection in
 *       rounds, peak with closed-loop clients, then fixed
 *       arrival rates at 50% and 80% of that peak with latency from the due time ({@link Load}).</li>
 *   <li>{@code fresh}: uploads one new text briefing at a time and, from the moment the upload is
 *       answered, searches for a word only it contains until a search finds it.</li>
 *   <li>{@code clients}: the mix in a loop by each given number of closed-loop clients (after a
 *       warm-up at the largest), so peak queries/s and p50/p99 at 1, 2 and 4 clients come from one
 *       client ({@link ServeScaleBench}).</li>
 * </ul>
 *
 * <pre>HttpLoad load BASE_URL SECONDS ROUNDS
 * HttpLoad fresh BASE_URL UPLOADS
 * HttpLoad clients BASE_URL SECONDS ROUNDS 1,2,4</pre>
 */
public final class HttpLoad {

    /** {@code health}: round trips of {@code GET /api/health}, HTTP's own cost with no search behind it. */
    public record LoadResult(
            Map<String, Long> totals,
            List<SearchRun.LatencyRound> latency,
            Load.Percentiles health,
            List<SearchRun.Peak> peaks,
            List<SearchRun.Rate> rates,
            long errors,
            List<Double> warmUp) {}

    /**
     * {@code visible}: from the upload's answer to the answer of the first search that found it;
     * {@code repeat}: the same search sent again at once, which no longer follows a change.
     */
    public record FreshResult(
            int uploads,
            Load.Percentiles upload,
            Load.Percentiles visible,
            Load.Percentiles repeat,
            int maxSearches,
            long failures) {}

    /** {@code rounds}: per round, one closed loop per client count, in the order given. */
    public record ClientsResult(Map<String, Long> totals, List<List<Load.Closed>> rounds, long errors) {}

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** Text of the freshness uploads: a short briefing, plus a word no other briefing has. */
    private static final String PROBE_TEXT = """
            Freshness probe %s

            Sanctions on the Democratic People's Republic of Korea remain in force while talks between \
            Washington and Pyongyang are stalled. Seoul has asked for a resumption of the dialogue, and \
            Beijing says it supports a negotiated settlement. Probe word: %s.

            Our assessment: the freeze will hold through the next quarter; a test launch would end it.
            """;

    public static void main(String[] args) throws Exception {
        String base = args[1];
        if (args[0].equals("load")) {
            ChildJvm.emit(load(base, Double.parseDouble(args[2]), Integer.parseInt(args[3])));
        } else if (args[0].equals("clients")) {
            List<Integer> clients = java.util.Arrays.stream(args[4].split(","))
                    .map(Integer::valueOf)
                    .toList();
            ChildJvm.emit(clients(base, Double.parseDouble(args[2]), Integer.parseInt(args[3]), clients));
        } else {
            ChildJvm.emit(fresh(base, Integer.parseInt(args[2])));
        }
    }

    static String url(String base, QueryMix.BenchQuery q) {
        StringBuilder u = new StringBuilder(base)
                .append("/api/search?q=")
                .append(enc(q.shape().q()));
        if (q.shape().from() != null) {
            u.append("&from=")
                    .append(q.shape().from())
                    .append("&to=")
                    .append(q.shape().to());
        }
        if (q.selection() != QueryMix.Selection.NONE) {
            u.append("&country=").append(QueryMix.SELECTED_COUNTRY);
        }
        if (q.selection() == QueryMix.Selection.TWO) {
            u.append("&year=").append(QueryMix.SELECTED_YEAR);
        }
        return u.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static HttpResponse<String> get(String url) throws Exception {
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(60))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static LoadResult load(String base, double seconds, int rounds) throws Exception {
        List<QueryMix.BenchQuery> mix = QueryMix.all();
        List<String> urls = mix.stream().map(q -> url(base, q)).toList();
        AtomicLong errors = new AtomicLong();
        Load.Call call = i -> {
            HttpResponse<String> r = get(urls.get(i % urls.size()));
            if (r.statusCode() != 200) {
                errors.incrementAndGet();
            }
        };
        Map<String, Long> totals = new LinkedHashMap<>();
        for (int i = 0; i < mix.size(); i++) {
            HttpResponse<String> r = get(urls.get(i));
            if (r.statusCode() != 200) {
                throw new IllegalStateException(urls.get(i) + " -> " + r.statusCode() + ": " + r.body());
            }
            JsonNode json = ChildJvm.JSON.readTree(r.body());
            totals.put(mix.get(i).label(), SearchSystems.cap(json.get("total").asLong()));
        }
        // Clients: one per core on the server's machine, as in-process; the server has its own worker pool.
        int threads = Runtime.getRuntime().availableProcessors();
        // Warmed at the peak's load until its rate levels off (Load.warmUp), not for 5 s on one
        // connection: until 2026-12-05 the peak was taken half a minute into the load, while the
        // server was still compiling.
        List<Double> warmUp = Load.warmUp(call, threads, seconds);
        System.err.printf("    http warm-up, %d clients, q/s per window: %s%n", threads, Load.windows(warmUp));

        List<SearchRun.LatencyRound> latency = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            Histogram all = Load.histogram();
            Map<QueryMix.Selection, Histogram> bySelection = new EnumMap<>(QueryMix.Selection.class);
            for (QueryMix.Selection sel : QueryMix.Selection.values()) {
                bySelection.put(sel, Load.histogram());
            }
            Load.sequential(call, seconds, (i, us) -> {
                all.recordValue(us);
                bySelection.get(mix.get(i % mix.size()).selection()).recordValue(us);
            });
            latency.add(new SearchRun.LatencyRound(round, "http", "all", Load.Percentiles.of(all)));
            int r = round;
            bySelection.forEach(
                    (sel, h) -> latency.add(new SearchRun.LatencyRound(r, "http", sel.label, Load.Percentiles.of(h))));
            System.err.printf(
                    "    http round %d: p50 %.2f ms, p99 %.2f ms%n",
                    round, all.getValueAtPercentile(50) / 1e3, all.getValueAtPercentile(99) / 1e3);
        }
        Histogram healthH = Load.histogram();
        String healthUrl = base + "/api/health";
        Load.sequential(i -> get(healthUrl), Math.min(5, seconds), (i, us) -> healthH.recordValue(us));
        Load.Percentiles health = Load.Percentiles.of(healthH);
        double peak = Load.peak(call, threads, seconds);
        System.err.printf("    http peak: %.1f/s with %d clients%n", peak, threads);
        List<SearchRun.Rate> rates = new ArrayList<>();
        for (double fraction : new double[] {0.5, 0.8}) {
            Load.RateResult r = Load.fixedRate(call, peak * fraction, seconds, threads * 8);
            rates.add(new SearchRun.Rate("http", fraction, r));
            System.err.printf(
                    "    http at %.0f%%: %.1f/s, p50 %.2f ms, p99 %.2f ms%n",
                    fraction * 100,
                    r.achievedPerSec(),
                    r.latency().p50(),
                    r.latency().p99());
        }
        return new LoadResult(
                totals,
                latency,
                health,
                List.of(new SearchRun.Peak("http", threads, peak)),
                rates,
                errors.get(),
                warmUp);
    }

    private static ClientsResult clients(String base, double seconds, int rounds, List<Integer> clients)
            throws Exception {
        List<QueryMix.BenchQuery> mix = QueryMix.all();
        List<String> urls = mix.stream().map(q -> url(base, q)).toList();
        Map<String, Long> totals = new LinkedHashMap<>();
        for (int i = 0; i < mix.size(); i++) {
            HttpResponse<String> r = get(urls.get(i));
            if (r.statusCode() != 200) {
                throw new IllegalStateException(urls.get(i) + " -> " + r.statusCode() + ": " + r.body());
            }
            totals.put(
                    mix.get(i).label(),
                    SearchSystems.cap(
                            ChildJvm.JSON.readTree(r.body()).get("total").asLong()));
        }
        AtomicLong errors = new AtomicLong();
        Load.Call call = i -> {
            if (get(urls.get(i % urls.size())).statusCode() != 200) {
                errors.incrementAndGet();
            }
        };
        int most = clients.stream().mapToInt(Integer::intValue).max().orElse(1);
        Load.closedLoop(call, most, Math.max(PeerLoad.WARM_UP_SECONDS, seconds));
        List<List<Load.Closed>> out = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            List<Load.Closed> one = new ArrayList<>();
            for (int c : clients) {
                Load.Closed closed = Load.closedLoop(call, c, seconds);
                one.add(closed);
                System.err.printf(
                        "    round %d, %d clients: %.1f/s, p50 %.2f ms, p99 %.2f ms%n",
                        round,
                        c,
                        closed.perSec(),
                        closed.latency().p50(),
                        closed.latency().p99());
            }
            out.add(one);
        }
        return new ClientsResult(totals, out, errors.get());
    }

    private static FreshResult fresh(String base, int uploads) throws Exception {
        Histogram upload = Load.histogram();
        Histogram visible = Load.histogram();
        Histogram repeat = Load.histogram();
        int maxSearches = 0;
        long failures = 0;
        String run = Long.toString(System.currentTimeMillis() % 100_000_000L);
        for (int i = 0; i < uploads; i++) {
            // Ends in a digit, so no stemmer rule changes it.
            String word = "fp" + run + "x" + i + "7";
            byte[] body = PROBE_TEXT.formatted(word, word).getBytes(StandardCharsets.UTF_8);
            long t0 = System.nanoTime();
            HttpResponse<String> r = CLIENT.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/documents?name=" + word + ".txt"))
                            .timeout(Duration.ofSeconds(60))
                            .header("Content-Type", "text/plain")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            long answered = System.nanoTime();
            if (r.statusCode() != 201) {
                failures++;
                System.err.println("    upload answered " + r.statusCode() + ": " + r.body());
                continue;
            }
            upload.recordValue((answered - t0) / 1000);
            int searches = 0;
            long found = -1;
            while (System.nanoTime() - answered < 30_000_000_000L) {
                searches++;
                HttpResponse<String> s = get(base + "/api/search?size=1&q=" + word);
                if (s.statusCode() == 200
                        && ChildJvm.JSON.readTree(s.body()).get("total").asLong() > 0) {
                    found = System.nanoTime();
                    break;
                }
            }
            if (found < 0) {
                failures++;
                continue;
            }
            visible.recordValue((found - answered) / 1000);
            get(base + "/api/search?size=1&q=" + word);
            repeat.recordValue((System.nanoTime() - found) / 1000);
            maxSearches = Math.max(maxSearches, searches);
            Thread.sleep(50);
        }
        System.err.printf(
                "    freshness: %d uploads, visible p50 %.1f ms, p99 %.1f ms (at most %d searches)%n",
                uploads, visible.getValueAtPercentile(50) / 1e3, visible.getValueAtPercentile(99) / 1e3, maxSearches);
        return new FreshResult(
                uploads,
                Load.Percentiles.of(upload),
                Load.Percentiles.of(visible),
                Load.Percentiles.of(repeat),
                maxSearches,
                failures);
    }

    private HttpLoad() {}
}
