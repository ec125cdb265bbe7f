package org.briefings.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.Set;
import org.briefings.engine.BriefingEngine;
import org.briefings.search.SearchMode;
import org.briefings.search.SearchRequest;

/** {@code GET /api/search}: query, filters, date range, sort, page size, cursor and mode in; hits, facets, timeline out. */
final class SearchHandler implements HttpHandler {

    /** The filters, dates and sort ({@link SearchParams}) plus this endpoint's own. */
    static final Set<String> PARAMS = SearchParams.with("q", "size", "cursor", "facetLimit", "copies", "mode");

    private final BriefingEngine engine;

    SearchHandler(BriefingEngine engine) {
        this.engine = engine;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Params p = Params.of(exchange, PARAMS);
        SearchRequest.Builder b = SearchParams.read(p)
                .size(p.integer("size", SearchRequest.DEFAULT_SIZE, 0, SearchRequest.MAX_SIZE))
                .cursor(SearchParams.blankToNull(p.first("cursor")))
                .mode(SearchMode.parse(p.first("mode")))
                .facetLimit(
                        p.integer("facetLimit", SearchRequest.DEFAULT_FACET_LIMIT, 1, SearchRequest.MAX_FACET_LIMIT));
        Responses.json(exchange, 200, engine.search(b.build()));
    }
}
