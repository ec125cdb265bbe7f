package org.briefings.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.Set;
import org.briefings.Briefing;
import org.briefings.engine.BriefingEngine;
import org.briefings.view.BriefingViews;

/** {@code GET /api/documents/{id}}: the briefing with its full text and entities with their evidence spans. */
final class DocumentHandler implements HttpHandler {

    private final BriefingEngine engine;

    DocumentHandler(BriefingEngine engine) {
        this.engine = engine;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Briefing b = Params.of(exchange, Set.of()).briefing(engine);
        Responses.json(
                exchange, 200, BriefingViews.document(b, engine.originalFile(b).isPresent()));
    }
}
