package org.briefings.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.briefings.curation.CurationRule;
import org.briefings.curation.CurationRules;
import org.briefings.index.FacetDimension;
import org.briefings.search.BriefingSearcher;
import org.briefings.search.SearchMode;
import org.briefings.search.SortOrder;

/**
 * {@code GET /api/schema}: what a search can ask for, so the page builds its facet sidebar from
 * the server's one list of dimensions instead of keeping its own: each dimension with its label,
 * request parameter and the kind of its values, the sort orders, the fields a query may name, and
 * the search modes this server offers ({@code hybrid} only when it runs semantic search).
 */
final class SchemaHandler implements HttpHandler {

    /**
     * One facet dimension as the page needs it; {@code curation} lists what an analyst may do to
     * its values ({@code POST /api/curation}), empty when nothing.
     */
    record Dimension(
            String name,
            String label,
            String plural,
            String parameter,
            String kind,
            boolean multiValued,
            boolean hierarchical,
            boolean listed,
            List<String> curation) {

        static Dimension of(FacetDimension d) {
            return new Dimension(
                    d.dim(),
                    d.label(),
                    d.plural(),
                    d.parameter(),
                    d.kind().json(),
                    d.multiValued(),
                    d.hierarchical(),
                    d.listed(),
                    CurationRules.actions(d).stream()
                            .map(CurationRule.Action::json)
                            .toList());
        }
    }

    /** The whole answer. */
    record Schema(List<Dimension> dimensions, List<String> sortOrders, List<String> queryFields, List<String> modes) {}

    private final Schema schema;

    SchemaHandler(boolean semantic) {
        this.schema = new Schema(
                Stream.of(FacetDimension.values()).map(Dimension::of).toList(),
                Stream.of(SortOrder.values()).map(SortOrder::json).toList(),
                BriefingSearcher.queryFields(),
                semantic
                        ? List.of(SearchMode.KEYWORD.json(), SearchMode.HYBRID.json())
                        : List.of(SearchMode.KEYWORD.json()));
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        Params.of(exchange, Set.of());
        Responses.json(exchange, 200, schema);
    }
}
