package org.briefings.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.Map;
import java.util.Set;
import org.briefings.engine.BriefingEngine;

/** {@code GET /api/curation}: the analyst's rules, oldest first, each with the briefings tagged with its value. */
final class CurationListHandler implements HttpHandler {

    private final BriefingEngine engine;

    CurationListHandler(BriefingEngine engine) {
        this.engine = engine;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Params.of(exchange, Set.of());
        Responses.json(exchange, 200, Map.of("rules", engine.curation().list()));
    }
}
