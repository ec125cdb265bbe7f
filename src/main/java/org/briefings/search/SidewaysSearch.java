package org.briefings.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;

/**
 * The page of hits and the facet counts of a search with selections, as Lucene's drill sideways
 * gives them (a selected dimension counted as if its own selection were not made, every other
 * dimension over the hits), in 1 + k passes instead of one: the hits with every selection, scored
 * and collected with the counts of every dimension; then, for each of the k selected dimensions,
 * the matches of the query and the other selections, unscored, counted in that dimension only
 * ({@link DimensionCounts}). Why (issue 16): drill sideways scores every match of the query text
 * before it knows whether the selections keep it, and the engine's ranking (BM25F over three
 * fields) made that a tenth of a search; here only the hits are scored, and each pass is led by
 * its selections. The hits, their scores and order, the totals and the counts are the same.
 */
final class SidewaysSearch {

    /** The page of hits and the counts. */
    record Result(TopDocs top, Facets facets) {}

    private SidewaysSearch() {}

    /**
     * Whether {@link #search} can answer {@code drill}: each selected dimension flat and with values
     * in the index ({@code dims}: the selected dimensions, in the order their values were added).
     */
    static boolean applies(
            DrillDownQuery drill, String[] dims, SortedSetDocValuesReaderState state, FacetsConfig config) {
        if (drill.getDrillDownQueries().length != dims.length) {
            return false;
        }
        for (String dim : dims) {
            if (config.getDimConfig(dim).hierarchical || state.getOrdRange(dim) == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param drill the query text with the selections, {@code dims} its selected dimensions in order
     *              ({@link #applies} must hold)
     */
    static Result search(
            IndexSearcher searcher,
            DrillDownQuery drill,
            String[] dims,
            SortedSetDocValuesReaderState state,
            FacetRanges.OfReader ranges,
            TopFieldCollectorManager hits)
            throws IOException {
        Object[] both = searcher.search(drill, new MultiCollectorManager(hits, new FacetsCollectorManager()));
        TopDocs top = (TopDocs) both[0];
        Facets everyDimension = new SortedSetDocValuesFacetCounts(state, (FacetsCollector) both[1]);
        Query base = drill.getBaseQuery() == null ? new MatchAllDocsQuery() : drill.getBaseQuery();
        Query[] selections = drill.getDrillDownQueries();
        Map<String, Facets> sideways = new HashMap<>();
        for (int i = 0; i < dims.length; i++) {
            BooleanQuery.Builder others = new BooleanQuery.Builder().add(base, BooleanClause.Occur.FILTER);
            for (int j = 0; j < selections.length; j++) {
                if (j != i) {
                    others.add(selections[j], BooleanClause.Occur.FILTER);
                }
            }
            FacetsCollector matches = searcher.search(others.build(), new FacetsCollectorManager());
            sideways.put(dims[i], new DimensionCounts(dims[i], state, ranges, matches));
        }
        return new Result(top, new MultiFacets(sideways, everyDimension));
    }
}
