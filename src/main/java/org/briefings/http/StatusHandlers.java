package org.briefings.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.briefings.engine.BriefingEngine;
import org.briefings.engine.Housekeeper;
import org.briefings.engine.ReconcileProgress;
import org.briefings.engine.ReconcileReport;

/** {@code GET /api/health} and {@code GET /api/stats}. */
final class StatusHandlers {

    /** Health: answers 200 while the server can search. */
    static HttpHandler health(BriefingEngine engine) {
        return exchange -> {
            Params.of(exchange, Set.of());
            Responses.json(
                    exchange,
                    200,
                    Map.of("status", "ok", "briefings", engine.index().count()));
        };
    }

    /** Stats: briefings, index size, reconciliation progress and last result, last commit. */
    static HttpHandler stats(BriefingEngine engine, Housekeeper housekeeper, Instant started) {
        return (HttpServerExchange exchange) -> {
            Params.of(exchange, Set.of());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("briefings", engine.index().count());
            body.put("indexSizeBytes", engine.index().sizeOnDisk());
            body.put("corpus", engine.corpus().toString());
            body.put("index", engine.index().dir().toString());
            ReconcileProgress p = engine.progress();
            Map<String, Object> reconcile = new LinkedHashMap<>();
            reconcile.put("running", p.running() || housekeeper.isReconciling());
            reconcile.put("done", p.done());
            reconcile.put("total", p.total());
            reconcile.put("failed", p.failed());
            ReconcileReport last = housekeeper.lastReport();
            if (last != null) {
                Map<String, Object> l = new LinkedHashMap<>();
                l.put("indexed", last.indexed());
                l.put("unchanged", last.unchanged());
                l.put("duplicates", last.duplicates());
                l.put("deleted", last.deleted());
                l.put("failed", last.failed());
                l.put("failures", last.failures().stream().limit(100).toList());
                l.put("seconds", last.elapsed().toMillis() / 1000.0);
                reconcile.put("last", l);
            }
            body.put("reconcile", reconcile);
            body.put("ingest", ingest(engine));
            Instant commit = engine.index().lastCommit();
            body.put("lastCommit", commit == null ? null : commit.toString());
            body.put("uptimeSeconds", Duration.between(started, Instant.now()).toSeconds());
            Responses.json(exchange, 200, body);
        };
    }

    /**
     * How documents are parsed (child processes and what they cost so far), the limits applied, and
     * how often each limit was hit since start, with the last few warnings.
     */
    static Map<String, Object> ingest(BriefingEngine engine) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("parsing", engine.pipeline().extractor().describe());
        var l = engine.config().limits();
        Map<String, Object> limits = new LinkedHashMap<>();
        limits.put("maxTextChars", l.maxChars());
        limits.put("maxEmbedded", l.maxEmbedded());
        limits.put("maxBytes", l.maxBytes());
        limits.put("timeoutSeconds", l.timeout().toMillis() / 1000.0);
        m.put("limits", limits);
        m.put("limitsHit", engine.counters().limitsHit());
        m.put("recentWarnings", engine.counters().recentWarnings());
        m.put("files", engine.counters().files());
        return m;
    }

    private StatusHandlers() {}
}
