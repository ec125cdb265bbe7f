package org.briefings.solr;

import static org.briefings.index.BriefingSchema.ID;
import static org.briefings.index.BriefingSchema.PUBLISHED;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.briefings.index.BriefingDocuments;
import org.briefings.index.FacetDimension;
import org.briefings.search.EntityPage;
import org.briefings.search.EntityPages;
import org.briefings.search.RequestPlanner;
import org.briefings.search.SearchResponse;
import org.briefings.view.BriefingViews;

/**
 * Entity pages on SolrCloud, as {@link EntityPages} makes them on the embedded index: one query
 * filtered on the entity's value, its newest briefings, and JSON Facet API terms facets over the
 * same matches (a plain filter, not excluded as a search's filters are: "people named with Kim Jong
 * Un" counts only his briefings) for the co-mentioned entities and the month timeline.
 */
final class SolrEntityPages {

    private final SolrRequests solr;
    private final RequestPlanner planner;

    SolrEntityPages(SolrRequests solr, RequestPlanner planner) {
        this.solr = solr;
        this.planner = planner;
    }

    EntityPage page(String dimName, String rawValue, int latest, int limit) throws IOException {
        FacetDimension dim = EntityPages.entityDimension(dimName);
        String value = planner.normaliseFilters(Map.of(dim.dim(), List.of(rawValue)))
                .get(dim)
                .get(0);
        ModifiableSolrParams p = new ModifiableSolrParams();
        p.set("q", SolrRequests.term(dim.dim(), value));
        p.set("rows", latest);
        p.set("fl", SolrDocuments.RECORD_FIELDS);
        p.set("sort", PUBLISHED + " desc," + ID + " asc");
        Map<String, Object> facets = new LinkedHashMap<>();
        for (FacetDimension d : FacetDimension.values()) {
            if (EntityPages.isEntity(d)) {
                facets.put(d.dim(), terms(d, limit + 1));
            }
        }
        facets.put(FacetDimension.MONTH.dim(), terms(FacetDimension.MONTH, -1));
        p.set("json.facet", SolrSearch.json(facets));
        QueryResponse r = solr.query(p);
        SolrFacets.Counts counts = SolrFacets.read(r.getResponse().get("facets"));

        List<SearchResponse.Facet> co = new ArrayList<>();
        for (FacetDimension d : FacetDimension.values()) {
            if (!EntityPages.isEntity(d)) {
                continue;
            }
            List<SearchResponse.FacetValue> values = new ArrayList<>();
            for (SearchResponse.FacetValue v : counts.values(d, planner.countries()::name)) {
                if (!EntityPages.sameEntity(d, dim, v.value(), value) && values.size() < limit) {
                    values.add(v);
                }
            }
            co.add(new SearchResponse.Facet(d.dim(), values));
        }
        List<BriefingViews.Related> newest = new ArrayList<>();
        for (SolrDocument d : r.getResults()) {
            newest.add(BriefingViews.related(
                    BriefingDocuments.fromDocument(SolrDocuments.stored(d)), null, planner.countries()::name));
        }
        String label =
                dim.kind() == FacetDimension.Kind.COUNTRY ? planner.countries().name(value) : value;
        String search = "/?" + dim.parameter() + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
        return new EntityPage(
                dim.dim(), value, label, r.getResults().getNumFound(), counts.timeline(), co, newest, search);
    }

    /** A terms facet with exact counts across shards (refined), most frequent first. */
    private static Map<String, Object> terms(FacetDimension d, int limit) {
        return Map.of("type", "terms", "field", d.dim(), "limit", limit, "mincount", 1, "refine", true);
    }
}
