package org.briefings.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;

/**
 * Lucene's drill sideways with cheaper sideways counts: the matches of every filter (the page's
 * hits) are counted in every dimension, as Lucene does, but each selected dimension's matches
 * without its own selection are counted in that dimension only ({@link DimensionCounts}), which is
 * all the search reads of them. Lucene counts every dimension of each of those sets, so a search
 * with two selections counted all facets three times (issue 16). Hierarchical dimensions (none yet)
 * keep Lucene's counting.
 */
final class LeanDrillSideways extends DrillSideways {

    private final FacetRanges.OfReader ranges;

    LeanDrillSideways(
            IndexSearcher searcher,
            FacetsConfig config,
            SortedSetDocValuesReaderState state,
            FacetRanges.OfReader ranges) {
        super(searcher, config, state);
        this.ranges = ranges;
    }

    @Override
    protected Facets buildFacetsResult(
            FacetsCollector drillDowns, FacetsCollector[] drillSideways, String[] drillSidewaysDims)
            throws IOException {
        Facets drillDownFacets = new SortedSetDocValuesFacetCounts(state, drillDowns);
        if (drillSideways == null || drillSideways.length == 0) {
            return drillDownFacets;
        }
        Map<String, Facets> sideways = new HashMap<>();
        for (int i = 0; i < drillSideways.length; i++) {
            String dim = drillSidewaysDims[i];
            sideways.put(
                    dim,
                    config.getDimConfig(dim).hierarchical || state.getOrdRange(dim) == null
                            ? new SortedSetDocValuesFacetCounts(state, drillSideways[i])
                            : new DimensionCounts(dim, state, ranges, drillSideways[i]));
        }
        return new MultiFacets(sideways, drillDownFacets);
    }
}
