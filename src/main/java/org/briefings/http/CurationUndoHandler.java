package org.briefings.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.Set;
import org.briefings.engine.BriefingEngine;

/**
 * {@code DELETE /api/curation/{id}}: undoes a rule; the values it changed are as tagged again in
 * every briefing before the answer (200 with the rule and how many briefings changed; 404 unknown).
 */
final class CurationUndoHandler implements HttpHandler {

    private final BriefingEngine engine;

    CurationUndoHandler(BriefingEngine engine) {
        this.engine = engine;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Params p = Params.of(exchange, Set.of());
        int id = p.pathNumber("id", "curation rule");
        var undone = engine.curation().undo(id).orElseThrow(() -> ApiException.notFound("no curation rule " + id));
        Responses.json(exchange, 200, undone);
    }
}
