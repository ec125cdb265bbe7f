package org.briefings.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load generator of the peers part, one JVM of its own: the same 36 requests of the {@link
 * QueryMix}, as each system's own HTTP API takes them (the engine's {@code GET /api/search}, Solr's
 * {@code /select} with the parameters the engine's Solr backend sends, OpenSearch's {@code _search}
 * with a JSON body), replayed in order, in a loop, by 1 and by 4 closed-loop clients. One class for
 * all three systems, so that none is measured by a different client. Before timing it reads every
 * request's total (at the JSON pointer its system answers it at) so the parent can check that all
 * three find the same briefings.
 *
 * <pre>PeerLoad REQUESTS.json SECONDS ROUNDS</pre>
 */
public final class PeerLoad {

    /**
     * One HTTP request; {@code body} null for a GET. {@code then}: further bodies sent the same way to
     * the same URL right after it, timed as one query with it (the SolrCloud part replays every request
     * the engine's Solr backend sends for one search); the total is read from the first answer.
     */
    public record Request(String label, String method, String url, String contentType, String body, List<String> then) {

        public Request {
            then = then == null ? List.of() : List.copyOf(then);
        }

        Request followedBy(String next) {
            return new Request(label, method, url, contentType, next, List.of());
        }
    }

    /** A system's requests, and where in its JSON answer the total hit count is. */
    public record Requests(String system, String totalPointer, List<Request> requests) {}

    /**
     * @param one   one round per entry, 1 client
     * @param four  one round per entry, 4 clients
     * @param bytes mean answer size
     * @param warmUp queries/s of each window of the warm-up at 4 clients, before the rounds
     */
    public record Result(
            String system,
            Map<String, Long> totals,
            List<Load.Closed> one,
            List<Load.Closed> four,
            long bytes,
            long errors,
            List<Double> warmUp) {}

    static final int CLIENTS = 4;

    /**
     * The warm-up at 1 client after the one at 4 ({@link Load#warmUpSeconds}), and {@code HttpLoad
     * clients}' warm-up: at least this long.
     */
    static final double WARM_UP_SECONDS = 10;

    /** How long the warm-up at 1 client lasts when one measurement lasts {@code seconds}. */
    static double oneClientWarmUpSeconds(double seconds) {
        return Math.max(WARM_UP_SECONDS, seconds);
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Requests r = ChildJvm.JSON.readValue(file.toFile(), Requests.class);
        // one answer kept beside the requests, to see what each system sends back
        Files.writeString(
                file.resolveSibling(r.system() + "-example-answer.json"),
                send(r.requests().get(r.requests().size() - 1)));
        ChildJvm.emit(run(r, Double.parseDouble(args[1]), Integer.parseInt(args[2])));
    }

    static HttpRequest http(Request r) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(r.url())).timeout(Duration.ofSeconds(60));
        if (r.body() == null) {
            return b.GET().build();
        }
        return b.header("Content-Type", r.contentType())
                .method(r.method(), HttpRequest.BodyPublishers.ofString(r.body(), StandardCharsets.UTF_8))
                .build();
    }

    /** Sends one request and returns its answer, failing on anything but 200. */
    static String send(Request r) throws Exception {
        HttpResponse<String> answer = CLIENT.send(http(r), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(r.label() + ": " + r.url() + " answered " + answer.statusCode() + ": "
                    + answer.body().substring(0, Math.min(2000, answer.body().length())));
        }
        return answer.body();
    }

    private static Result run(Requests r, double seconds, int rounds) throws Exception {
        // each query: its request and the ones that follow it
        List<List<HttpRequest>> requests = new ArrayList<>();
        for (Request q : r.requests()) {
            List<HttpRequest> sequence = new ArrayList<>(List.of(http(q)));
            q.then().forEach(next -> sequence.add(http(q.followedBy(next))));
            requests.add(sequence);
        }
        Map<String, Long> totals = new LinkedHashMap<>();
        long bytes = 0;
        for (Request q : r.requests()) {
            String body = send(q);
            bytes += body.getBytes(StandardCharsets.UTF_8).length;
            for (String next : q.then()) {
                bytes += send(q.followedBy(next)).getBytes(StandardCharsets.UTF_8).length;
            }
            JsonNode total = ChildJvm.JSON.readTree(body).at(r.totalPointer());
            if (total.isMissingNode()) {
                throw new IllegalStateException(q.label() + ": no total at " + r.totalPointer() + " in " + body);
            }
            totals.put(q.label(), SearchSystems.cap(total.asLong()));
        }
        AtomicLong errors = new AtomicLong();
        Load.Call call = i -> {
            for (HttpRequest request : requests.get(i % requests.size())) {
                HttpResponse<Void> answer = CLIENT.send(request, HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() != 200) {
                    errors.incrementAndGet();
                }
            }
        };
        // The same warm-up for every system, to give each JIT its time (Load.warmUpSeconds), longer
        // for a system still rising at its end (Load.levelled): the peers' JITs need it as much as
        // the engine's; the windows' rates show where each levelled off.
        List<Double> warmUp = Load.warmUp(call, CLIENTS, seconds);
        Load.closedLoop(call, 1, oneClientWarmUpSeconds(seconds));
        List<Load.Closed> one = new ArrayList<>();
        List<Load.Closed> four = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            one.add(Load.closedLoop(call, 1, seconds));
            four.add(Load.closedLoop(call, CLIENTS, seconds));
            System.err.printf(
                    "    %s round %d: 1 client p50 %.2f ms p99 %.2f ms %.1f/s; %d clients p50 %.2f ms p99 %.2f ms %.1f/s%n",
                    r.system(),
                    round,
                    one.get(round).latency().p50(),
                    one.get(round).latency().p99(),
                    one.get(round).perSec(),
                    CLIENTS,
                    four.get(round).latency().p50(),
                    four.get(round).latency().p99(),
                    four.get(round).perSec());
        }
        return new Result(
                r.system(), totals, one, four, bytes / Math.max(1, r.requests().size()), errors.get(), warmUp);
    }

    private PeerLoad() {}
}
