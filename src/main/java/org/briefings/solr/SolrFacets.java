package org.briefings.solr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.briefings.index.BriefingSchema;
import org.briefings.index.FacetDimension;
import org.briefings.search.SearchResponse;

/**
 * Facet counts through Solr's JSON Facet API, with DrillSideways' semantics: each dimension's
 * filter is tagged with the dimension's name and its facet excludes that tag, so a selected value's
 * dimension keeps counting its other values. A selected value outside the top values gets its own
 * query facet, so it shows its real count, never a misleading 0 (as on the embedded index).
 */
final class SolrFacets {

    private static final String SELECTED = "sel_";

    static String json(Map<FacetDimension, List<String>> filters, int limit) {
        Map<String, Object> facets = new LinkedHashMap<>();
        for (FacetDimension dim : FacetDimension.values()) {
            Map<String, Object> domain = Map.of("excludeTags", dim.dim());
            if (dim.kind() == FacetDimension.Kind.FLAG) {
                facets.put(
                        dim.dim(), Map.of("type", "query", "q", term(dim, BriefingSchema.FLAG_SET), "domain", domain));
                continue;
            }
            int max = dim.kind() == FacetDimension.Kind.MONTH
                    ? -1
                    : dim.kind() == FacetDimension.Kind.YEAR ? 1000 : limit;
            facets.put(
                    dim.dim(),
                    Map.of("type", "terms", "field", dim.dim(), "limit", max, "mincount", 1, "domain", domain));
            List<String> selected = filters.getOrDefault(dim, List.of());
            for (int i = 0; i < selected.size(); i++) {
                facets.put(
                        SELECTED + dim.dim() + "_" + i,
                        Map.of("type", "query", "q", term(dim, selected.get(i)), "domain", domain));
            }
        }
        return SolrSearch.json(facets);
    }

    private static String term(FacetDimension dim, String value) {
        return "{!term f=" + dim.dim() + "}" + value;
    }

    /** The counts of one answer. */
    record Counts(Map<String, Object> raw) {

        List<SearchResponse.Facet> facets(
                Map<FacetDimension, List<String>> filters, UnaryOperator<String> countryName) {
            List<SearchResponse.Facet> out = new ArrayList<>();
            for (FacetDimension dim : FacetDimension.values()) {
                if (!dim.listed()) {
                    continue;
                }
                List<String> selected = filters.getOrDefault(dim, List.of());
                List<SearchResponse.FacetValue> values = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                for (Object[] b : buckets(dim.dim())) {
                    String v = String.valueOf(b[0]);
                    values.add(new SearchResponse.FacetValue(
                            v, label(dim, v, countryName), (Long) b[1], selected.contains(v)));
                    seen.add(v);
                }
                for (int i = 0; i < selected.size(); i++) {
                    String s = selected.get(i);
                    if (!seen.contains(s)) {
                        long n = count(SolrSearch.map(raw.get(SELECTED + dim.dim() + "_" + i)));
                        values.add(new SearchResponse.FacetValue(s, label(dim, s, countryName), n, true));
                    }
                }
                if (dim.kind() == FacetDimension.Kind.YEAR) {
                    values.sort(Comparator.comparing(SearchResponse.FacetValue::value)
                            .reversed());
                }
                out.add(new SearchResponse.Facet(dim.dim(), values));
            }
            return out;
        }

        /** The counted values of one dimension, most frequent first, labelled (countries by name). */
        List<SearchResponse.FacetValue> values(FacetDimension dim, UnaryOperator<String> countryName) {
            List<SearchResponse.FacetValue> out = new ArrayList<>();
            for (Object[] b : buckets(dim.dim())) {
                String v = String.valueOf(b[0]);
                out.add(new SearchResponse.FacetValue(v, label(dim, v, countryName), (Long) b[1], false));
            }
            return out;
        }

        List<SearchResponse.Bucket> timeline() {
            List<SearchResponse.Bucket> out = new ArrayList<>();
            for (Object[] b : buckets(FacetDimension.MONTH.dim())) {
                out.add(new SearchResponse.Bucket(String.valueOf(b[0]), (Long) b[1]));
            }
            out.sort(SolrSearch.byMonth());
            return out;
        }

        long undated() {
            return count(SolrSearch.map(raw.get(FacetDimension.UNDATED.dim())));
        }

        List<Object[]> buckets(String name) {
            Object buckets = SolrSearch.map(raw.get(name)).get("buckets");
            List<Object[]> out = new ArrayList<>();
            if (buckets instanceof List<?> list) {
                for (Object o : list) {
                    Map<String, Object> b = SolrSearch.map(o);
                    out.add(new Object[] {b.get("val"), ((Number) b.get("count")).longValue()});
                }
            }
            return out;
        }

        private static long count(Map<String, Object> facet) {
            return facet.get("count") instanceof Number n ? n.longValue() : 0;
        }

        private static String label(FacetDimension dim, String value, UnaryOperator<String> countryName) {
            return dim.kind() == FacetDimension.Kind.COUNTRY ? countryName.apply(value) : value;
        }
    }

    static Counts read(Object facets) {
        return new Counts(SolrSearch.map(facets));
    }

    private SolrFacets() {}
}
