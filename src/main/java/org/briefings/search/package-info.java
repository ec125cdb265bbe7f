/**
 * Search: a {@link org.briefings.search.SearchRequest} becomes a Lucene query with filters,
 * DrillSideways facet counts, highlighted snippets, a month timeline and a cursor for the next
 * page, answered as a {@link org.briefings.search.SearchResponse}. The CLI and the HTTP server
 * both call {@link org.briefings.search.BriefingSearcher}; there is no second search path.
 */
package org.briefings.search;
