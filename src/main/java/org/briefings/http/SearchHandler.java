package org.briefings.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.Set;
import org.briefings.engine.BriefingEngine;
import org.briefings.search.DateRange;
import org.briefings.search.SearchRequest;
import org.briefings.search.SortOrder;

/** {@code GET /api/search}: query, filters, date range, sort, page size and cursor in; hits, facets, timeline out. */
final class SearchHandler implements HttpHandler {

    static final Set<String> FILTERS =
            Set.of("country", "about", "person", "org", "language", "format", "year", "month");
    static final Set<String> PARAMS = Set.of(
            "q",
            "country",
            "about",
            "person",
            "org",
            "language",
            "format",
            "year",
            "month",
            "from",
            "to",
            "sort",
            "size",
            "cursor",
            "facetLimit");

    private final BriefingEngine engine;

    SearchHandler(BriefingEngine engine) {
        this.engine = engine;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Params p = Params.of(exchange, PARAMS);
        SearchRequest.Builder b = SearchRequest.builder()
                .query(p.first("q"))
                .from(DateRange.start("from", blankToNull(p.first("from"))))
                .to(DateRange.end("to", blankToNull(p.first("to"))))
                .sort(SortOrder.parse(p.first("sort")))
                .size(p.integer("size", SearchRequest.DEFAULT_SIZE, 0, SearchRequest.MAX_SIZE))
                .cursor(blankToNull(p.first("cursor")))
                .facetLimit(
                        p.integer("facetLimit", SearchRequest.DEFAULT_FACET_LIMIT, 1, SearchRequest.MAX_FACET_LIMIT));
        for (String dim : FILTERS) {
            for (String v : p.all(dim)) {
                b.filter(dim, v);
            }
        }
        Responses.json(exchange, 200, engine.search(b.build()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
