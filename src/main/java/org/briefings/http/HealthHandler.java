package org.briefings.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.Map;
import java.util.Set;
import org.briefings.engine.BriefingEngine;

/** {@code GET /api/health}: answers 200 while the server can search, for load balancers and scripts. */
final class HealthHandler implements HttpHandler {

    private final BriefingEngine engine;

    HealthHandler(BriefingEngine engine) {
        this.engine = engine;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Params.of(exchange, Set.of());
        Responses.json(exchange, 200, Map.of("status", "ok", "briefings", engine.briefingCount()));
    }
}
