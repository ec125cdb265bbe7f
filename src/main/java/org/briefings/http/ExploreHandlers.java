package org.briefings.http;

import io.undertow.server.HttpHandler;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.briefings.Briefing;
import org.briefings.engine.BriefingEngine;
import org.briefings.search.EntityPage;
import org.briefings.search.EntityPages;
import org.briefings.search.SimilarBriefings;

/**
 * The endpoints that lead from one briefing or entity to others: similar briefings, a briefing's
 * copies, and entity pages. Small enough to sit together; each is one handler.
 */
final class ExploreHandlers {

    private ExploreHandlers() {}

    /** {@code GET /api/documents/{id}/similar?size=}: briefings like this one, its copies left out. */
    static HttpHandler similar(BriefingEngine engine) {
        return exchange -> {
            Params p = Params.of(exchange, Set.of("size"));
            int size = p.integer("size", SimilarBriefings.DEFAULT_SIZE, 1, SimilarBriefings.MAX_SIZE);
            Briefing b = p.briefing(engine);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", b.id());
            body.put("similar", engine.similar(b.id(), size));
            Responses.json(exchange, 200, body);
        };
    }

    /** {@code GET /api/documents/{id}/copies}: the other briefings of its copy group, with their sources. */
    static HttpHandler copies(BriefingEngine engine) {
        return exchange -> {
            Briefing b = Params.of(exchange, Set.of()).briefing(engine);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", b.id());
            body.put("copies", engine.copies(b.id()));
            Responses.json(exchange, 200, body);
        };
    }

    /** {@code GET /api/entities/{dim}/{value}?latest=&limit=}: one country's, person's or organisation's page. */
    static HttpHandler entity(BriefingEngine engine) {
        return exchange -> {
            Params p = Params.of(exchange, Set.of("latest", "limit"));
            int latest = p.integer("latest", EntityPages.DEFAULT_LATEST, 0, 100);
            int limit = p.integer("limit", EntityPages.DEFAULT_LIMIT, 1, 100);
            String value = p.path("value");
            if (value == null || value.isBlank()) {
                throw ApiException.badRequest("an entity page needs a value: /api/entities/{dim}/{value}");
            }
            EntityPage page = engine.entity(p.path("dim"), value, latest, limit);
            if (page.count() == 0) {
                throw ApiException.notFound("no briefings with " + page.dim() + " '" + page.value() + "'");
            }
            Responses.json(exchange, 200, page);
        };
    }
}
