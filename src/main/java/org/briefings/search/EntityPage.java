package org.briefings.search;

import java.util.List;
import org.briefings.view.BriefingViews;

/**
 * One country, person or organisation across the collection, shaped for JSON.
 *
 * @param dim          the facet dimension (about, country, person, org)
 * @param value        the value as indexed (an ISO code, a canonical name)
 * @param label        what people see (a country's name)
 * @param count        briefings with this value
 * @param timeline     those briefings per publication month, oldest first
 * @param coMentioned  per entity dimension, the values most often found in the same briefings
 * @param latest       the newest briefings
 * @param search       the page's URL of the search filtered by this value
 */
public record EntityPage(
        String dim,
        String value,
        String label,
        long count,
        List<SearchResponse.Bucket> timeline,
        List<SearchResponse.Facet> coMentioned,
        List<BriefingViews.Related> latest,
        String search) {}
