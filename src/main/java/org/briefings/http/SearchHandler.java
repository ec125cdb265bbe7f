package org.briefings.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.briefings.engine.BriefingEngine;
import org.briefings.index.FacetDimension;
import org.briefings.search.CopyMode;
import org.briefings.search.DateRange;
import org.briefings.search.SearchRequest;
import org.briefings.search.SortOrder;

/** {@code GET /api/search}: query, filters, date range, sort, page size and cursor in; hits, facets, timeline out. */
final class SearchHandler implements HttpHandler {

    /** The parameters besides one filter per {@link FacetDimension}. */
    private static final Set<String> OWN_PARAMS =
            Set.of("q", "from", "to", "sort", "size", "cursor", "facetLimit", "copies");

    static final Set<String> PARAMS = Stream.concat(
                    OWN_PARAMS.stream(), Stream.of(FacetDimension.values()).map(FacetDimension::parameter))
            .collect(Collectors.toUnmodifiableSet());

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
                .copies(CopyMode.parse(p.first("copies")))
                .facetLimit(
                        p.integer("facetLimit", SearchRequest.DEFAULT_FACET_LIMIT, 1, SearchRequest.MAX_FACET_LIMIT));
        for (FacetDimension dim : FacetDimension.values()) {
            for (String v : p.all(dim.parameter())) {
                b.filter(dim.dim(), v);
            }
        }
        Responses.json(exchange, 200, engine.search(b.build()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
