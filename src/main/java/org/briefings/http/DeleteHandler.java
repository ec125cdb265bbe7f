package org.briefings.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.Map;
import java.util.Set;
import org.briefings.engine.BriefingEngine;

/** {@code DELETE /api/documents/{id}}: removes the briefing from the index and its original from corpus/. */
final class DeleteHandler implements HttpHandler {

    private final BriefingEngine engine;

    DeleteHandler(BriefingEngine engine) {
        this.engine = engine;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Params p = Params.of(exchange, Set.of());
        String id = p.id();
        if (!engine.delete(id)) {
            throw ApiException.notFound("no briefing with id " + id);
        }
        Responses.json(exchange, 200, Map.of("deleted", id));
    }
}
