package org.briefings.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.briefings.engine.BriefingEngine;
import org.briefings.engine.EngineStats;
import org.briefings.engine.Housekeeper;
import org.briefings.engine.OcrCounts;
import org.briefings.engine.ReconcileProgress;
import org.briefings.engine.ReconcileReport;
import org.briefings.ingest.ExtractionLimits;

/**
 * {@code GET /api/stats}: briefings, index size, reconciliation progress and its last result, how
 * documents are parsed and which limits were hit, the last commit: what an operator asks first.
 */
final class StatsHandler implements HttpHandler {

    private final BriefingEngine engine;
    private final Housekeeper housekeeper;
    private final Instant started;

    StatsHandler(BriefingEngine engine, Housekeeper housekeeper, Instant started) {
        this.engine = engine;
        this.housekeeper = housekeeper;
        this.started = started;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Params.of(exchange, Set.of());
        EngineStats stats = engine.stats();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("briefings", stats.briefings());
        body.put("indexSizeBytes", stats.indexSizeBytes());
        body.put("corpus", stats.corpus().toString());
        body.put("index", stats.index().toString());
        body.put("indexHealth", engine.indexHealth());
        body.put("fieldWeighting", engine.index().fieldWeighting());
        ReconcileProgress p = stats.reconcile();
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
        body.put("ingest", ingest(stats));
        body.put("ocr", OcrCounts.of(engine).describe(stats.limits().ocr()));
        body.put("watches", engine.watches().stats());
        body.put("semantic", engine.semanticStats());
        body.put(
                "lastCommit",
                stats.lastCommit() == null ? null : stats.lastCommit().toString());
        body.put("uptimeSeconds", Duration.between(started, Instant.now()).toSeconds());
        Responses.json(exchange, 200, body);
    }

    /**
     * How documents are parsed (child processes and what they cost so far), the limits applied, and
     * how often each limit was hit since start, with the last few warnings.
     */
    private static Map<String, Object> ingest(EngineStats stats) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("parsing", stats.parsing());
        ExtractionLimits l = stats.limits();
        Map<String, Object> limits = new LinkedHashMap<>();
        limits.put("maxTextChars", l.maxChars());
        limits.put("maxEmbedded", l.maxEmbedded());
        limits.put("maxBytes", l.maxBytes());
        limits.put("timeoutSeconds", l.timeout().toMillis() / 1000.0);
        m.put("limits", limits);
        m.put("limitsHit", stats.ingest().limitsHit());
        m.put("recentWarnings", stats.ingest().recentWarnings());
        m.put("files", stats.ingest().files());
        return m;
    }
}
