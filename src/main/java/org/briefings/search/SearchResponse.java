package org.briefings.search;

import java.util.List;
import org.briefings.view.BriefingViews.Hit;

/**
 * The answer to a search, shaped for JSON.
 *
 * @param total      hits matching, exact up to a bound
 * @param totalExact false when {@code total} is a lower bound (counting stopped early)
 * @param tookMs     time spent in the engine
 * @param hits       this page of hits, shaped by {@link org.briefings.view.BriefingViews#hit}
 * @param facets     one entry per facet dimension, with counts that follow DrillSideways
 * @param timeline   hits per publication month, oldest first; undated hits are not in it
 * @param undated    hits with no publication date, counted beside the timeline
 * @param nextCursor pass as {@code cursor} for the next page; null on the last page
 * @param relaxed    true when requiring every word found too little and the hits match most of the
 *                   query's words instead (totals and facets are those of the relaxed search)
 * @param suggestion for a search that found nothing, the query with misspelt words corrected from
 *                   the index's own terms; null otherwise
 * @param mode       how the hits were ranked: {@code keyword}, or {@code hybrid} when a hybrid
 *                   search was asked for and the text is prose (syntax is always ranked by keyword)
 */
public record SearchResponse(
        long total,
        boolean totalExact,
        long tookMs,
        List<Hit> hits,
        List<Facet> facets,
        List<Bucket> timeline,
        long undated,
        String nextCursor,
        boolean relaxed,
        String suggestion,
        String mode) {

    /** One value of a facet. */
    public record FacetValue(String value, String label, long count, boolean selected) {}

    /** One facet dimension. */
    public record Facet(String dim, List<FacetValue> values) {}

    /** Hits in one month ({@code 2019-04}). */
    public record Bucket(String month, long count) {}
}
