package org.briefings.search;

import java.util.List;

/**
 * The answer to a search, shaped for JSON.
 *
 * @param total      hits matching, exact up to a bound
 * @param totalExact false when {@code total} is a lower bound (counting stopped early)
 * @param tookMs     time spent in the engine
 * @param hits       this page of hits
 * @param facets     one entry per facet dimension, with counts that follow DrillSideways
 * @param timeline   hits per publication month, oldest first
 * @param nextCursor pass as {@code cursor} for the next page; null on the last page
 * @param relaxed    true when requiring every word found too little and the hits match most of the
 *                   query's words instead (totals and facets are those of the relaxed search)
 * @param suggestion for a search that found nothing, the query with misspelt words corrected from
 *                   the index's own terms; null otherwise
 */
public record SearchResponse(
        long total,
        boolean totalExact,
        long tookMs,
        List<Hit> hits,
        List<Facet> facets,
        List<Bucket> timeline,
        String nextCursor,
        boolean relaxed,
        String suggestion) {

    /** A country with its name, for display. */
    public record CountryRef(String code, String name) {}

    /** The publication date at its precision, and where it came from. */
    public record DateRef(String date, String precision, String source) {}

    /**
     * One hit. {@code snippet} is HTML: matched words in {@code <mark>}, everything else escaped.
     */
    public record Hit(
            String id,
            String title,
            String summary,
            DateRef published,
            List<CountryRef> about,
            List<CountryRef> mentioned,
            List<String> people,
            List<String> organisations,
            String format,
            String language,
            String sourcePath,
            String snippet,
            Float score) {}

    /** One value of a facet. */
    public record FacetValue(String value, String label, long count, boolean selected) {}

    /** One facet dimension. */
    public record Facet(String dim, List<FacetValue> values) {}

    /** Hits in one month ({@code 2019-04}). */
    public record Bucket(String month, long count) {}
}
