package org.briefings.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.briefings.engine.BriefingEngine;
import org.briefings.index.IndexHealth;

/**
 * {@code GET /api/health}: for load balancers and scripts. 200 while the server can search every
 * briefing: {@code ok}, or {@code degraded} when a SolrCloud replica is down but every shard still
 * answers; 503 {@code unavailable} when a shard has no live replica (searches and uploads that need
 * it are refused). {@code index} says which shards and why.
 */
final class HealthHandler implements HttpHandler {

    private final BriefingEngine engine;

    HealthHandler(BriefingEngine engine) {
        this.engine = engine;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Params.of(exchange, Set.of());
        IndexHealth health = engine.indexHealth();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", health.status());
        if (health.available()) {
            try {
                body.put("briefings", engine.briefingCount());
            } catch (IOException e) {
                // lost between the two questions: the health above is already stale; say so
                health = new IndexHealth(IndexHealth.UNAVAILABLE, e.getMessage(), health.parts());
                body.put("status", health.status());
            }
        }
        if (!health.parts().isEmpty() || !health.message().isEmpty()) {
            body.put("index", health);
        }
        Responses.json(exchange, health.available() ? 200 : 503, body);
    }
}
