package org.briefings.http;

import io.undertow.server.HttpHandler;
import io.undertow.util.Headers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import org.briefings.engine.BriefingEngine;
import org.briefings.engine.EngineStats;

/**
 * Request counts and latencies by endpoint, and ingest counters, in the Prometheus text format
 * ({@code GET /metrics}). Latencies are a fixed-bucket histogram, cheap enough to record on
 * every request.
 */
final class Metrics {

    private static final double[] BUCKETS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, Histogram> latency = new ConcurrentHashMap<>();

    private static final class Histogram {
        final AtomicLongArray counts = new AtomicLongArray(BUCKETS.length + 1);
        final LongAdder sumNanos = new LongAdder();
        final LongAdder count = new LongAdder();

        void record(long nanos) {
            double s = nanos / 1e9;
            int i = 0;
            while (i < BUCKETS.length && s > BUCKETS[i]) {
                i++;
            }
            counts.incrementAndGet(i);
            sumNanos.add(nanos);
            count.increment();
        }
    }

    /** Wraps a handler so its requests are counted and timed under {@code endpoint}. */
    HttpHandler timed(String endpoint, HttpHandler next) {
        return exchange -> {
            long start = System.nanoTime();
            exchange.addExchangeCompleteListener((ex, nextListener) -> {
                record(endpoint, ex.getStatusCode(), System.nanoTime() - start);
                nextListener.proceed();
            });
            next.handleRequest(exchange);
        };
    }

    void record(String endpoint, int status, long nanos) {
        requests.computeIfAbsent(endpoint + "\t" + status, k -> new LongAdder()).increment();
        latency.computeIfAbsent(endpoint, k -> new Histogram()).record(nanos);
    }

    HttpHandler handler(BriefingEngine engine) {
        return exchange -> {
            Params.of(exchange, Set.of());
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8");
            exchange.getResponseSender().send(render(engine), StandardCharsets.UTF_8);
        };
    }

    String render(BriefingEngine engine) throws IOException {
        EngineStats stats = engine.stats();
        StringBuilder sb = new StringBuilder();
        sb.append("# HELP briefings_http_requests_total HTTP requests by endpoint and status.\n");
        sb.append("# TYPE briefings_http_requests_total counter\n");
        for (Map.Entry<String, LongAdder> e : new TreeMap<>(requests).entrySet()) {
            String[] k = e.getKey().split("\t");
            sb.append("briefings_http_requests_total{endpoint=\"")
                    .append(k[0])
                    .append("\",status=\"")
                    .append(k[1])
                    .append("\"} ")
                    .append(e.getValue().sum())
                    .append('\n');
        }
        sb.append("# HELP briefings_http_request_duration_seconds Time to answer HTTP requests by endpoint.\n");
        sb.append("# TYPE briefings_http_request_duration_seconds histogram\n");
        for (Map.Entry<String, Histogram> e : new TreeMap<>(latency).entrySet()) {
            Histogram h = e.getValue();
            long cumulative = 0;
            for (int i = 0; i <= BUCKETS.length; i++) {
                cumulative += h.counts.get(i);
                String le = i < BUCKETS.length ? format(BUCKETS[i]) : "+Inf";
                sb.append("briefings_http_request_duration_seconds_bucket{endpoint=\"")
                        .append(e.getKey())
                        .append("\",le=\"")
                        .append(le)
                        .append("\"} ")
                        .append(cumulative)
                        .append('\n');
            }
            sb.append("briefings_http_request_duration_seconds_sum{endpoint=\"")
                    .append(e.getKey())
                    .append("\"} ")
                    .append(format(h.sumNanos.sum() / 1e9))
                    .append('\n');
            sb.append("briefings_http_request_duration_seconds_count{endpoint=\"")
                    .append(e.getKey())
                    .append("\"} ")
                    .append(h.count.sum())
                    .append('\n');
        }
        sb.append("# HELP briefings_ingest_files_total Files processed by ingest since start, by outcome.\n");
        sb.append("# TYPE briefings_ingest_files_total counter\n");
        for (Map.Entry<String, Long> e : stats.ingest().files().entrySet()) {
            sb.append("briefings_ingest_files_total{outcome=\"")
                    .append(e.getKey())
                    .append("\"} ")
                    .append(e.getValue())
                    .append('\n');
        }
        sb.append("# HELP briefings_ingest_briefings_total Briefings written by ingest since start.\n");
        sb.append("# TYPE briefings_ingest_briefings_total counter\n");
        sb.append("briefings_ingest_briefings_total ")
                .append(stats.ingest().briefings())
                .append('\n');
        WatchMetrics.render(engine.watches().stats(), sb);
        sb.append("# HELP briefings_index_briefings Briefings in the index.\n");
        sb.append("# TYPE briefings_index_briefings gauge\n");
        sb.append("briefings_index_briefings ").append(stats.briefings()).append('\n');
        sb.append("# HELP briefings_index_size_bytes Size of the index on disk.\n");
        sb.append("# TYPE briefings_index_size_bytes gauge\n");
        sb.append("briefings_index_size_bytes ").append(stats.indexSizeBytes()).append('\n');
        return sb.toString();
    }

    private static String format(double d) {
        return String.format(Locale.ROOT, "%s", d);
    }
}
