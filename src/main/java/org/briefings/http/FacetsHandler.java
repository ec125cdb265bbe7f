package org.briefings.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.briefings.engine.BriefingEngine;
import org.briefings.index.FacetDimension;
import org.briefings.search.SearchRequest;
import org.briefings.search.SearchResponse;

/**
 * {@code GET /api/facets}: every value of every facet over the whole index, with counts;
 * {@code dim} picks one dimension, {@code prefix} keeps values whose code or label starts with
 * it (so a 200-country facet can be searched as one types).
 */
final class FacetsHandler implements HttpHandler {

    private static final Set<String> PARAMS = Set.of("dim", "prefix", "limit");
    private final BriefingEngine engine;

    FacetsHandler(BriefingEngine engine) {
        this.engine = engine;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Params p = Params.of(exchange, PARAMS);
        String dim = p.first("dim");
        List<String> dims = Stream.of(FacetDimension.values())
                .filter(FacetDimension::listed)
                .map(FacetDimension::dim)
                .toList();
        if (dim != null && !dims.contains(dim)) {
            throw ApiException.badParameter("dim", "unknown facet '" + dim + "'; facets are " + dims);
        }
        String prefix =
                p.first("prefix") == null ? "" : p.first("prefix").strip().toLowerCase(Locale.ROOT);
        int limit = p.integer("limit", 1000, 1, SearchRequest.MAX_FACET_LIMIT);
        SearchResponse all = engine.search(SearchRequest.builder()
                .size(0)
                .facetLimit(SearchRequest.MAX_FACET_LIMIT)
                .build());
        List<SearchResponse.Facet> out = new ArrayList<>();
        for (SearchResponse.Facet f : all.facets()) {
            if (dim != null && !f.dim().equals(dim)) {
                continue;
            }
            List<SearchResponse.FacetValue> values = f.values().stream()
                    .filter(v -> prefix.isEmpty()
                            || v.value().toLowerCase(Locale.ROOT).startsWith(prefix)
                            || v.label().toLowerCase(Locale.ROOT).startsWith(prefix)
                            || v.label().toLowerCase(Locale.ROOT).contains(" " + prefix))
                    .limit(limit)
                    .toList();
            out.add(new SearchResponse.Facet(f.dim(), values));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", all.total());
        body.put("facets", out);
        Responses.json(exchange, 200, body);
    }
}
