package org.briefings.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * The counts of one flat facet dimension over a set of matches: what a drill-sideways dimension
 * needs (the counts of the selected dimension with its own selection left out), where Lucene's
 * {@code SortedSetDocValuesFacetCounts} counts every dimension's values for each match and the
 * search then reads one of them. Each match's ordinals are read only until they pass the
 * dimension's range, and only that range is counted (issue 16: two or three full countings per
 * search with a selection). Answers as Lucene's counts do for that dimension: the top values by
 * count, ties in value order; every value with a count, in value order; one value's count, -1 when
 * the index has no such value; null when nothing matched a value of the dimension.
 */
final class DimensionCounts extends Facets {

    private final String dim;
    private final SortedSetDocValuesReaderState state;
    private final FacetsConfig.DimConfig config;
    private final int start;
    /** Counts by global ordinal minus {@link #start}. */
    private final int[] counts;

    /**
     * Counts {@code dim}'s values over {@code hits}, which were collected on {@code state}'s reader.
     *
     * @param ranges the dimensions' ordinal ranges in each segment of that reader
     */
    DimensionCounts(String dim, SortedSetDocValuesReaderState state, FacetRanges.OfReader ranges, FacetsCollector hits)
            throws IOException {
        this.dim = dim;
        this.state = state;
        this.config = state.getFacetsConfig().getDimConfig(dim);
        SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
        if (range == null) {
            throw new IllegalArgumentException("dimension \"" + dim + "\" was not indexed");
        }
        this.start = range.start();
        this.counts = new int[range.end() - range.start() + 1];
        for (FacetsCollector.MatchingDocs hit : hits.getMatchingDocs()) {
            if (hit.totalHits() > 0) {
                countSegment(hit, ranges.segment(hit.context().ord, dim));
            }
        }
    }

    private void countSegment(FacetsCollector.MatchingDocs hit, FacetRanges.Segment segment) throws IOException {
        if (segment.isEmpty()) {
            return;
        }
        int lo = segment.start();
        int hi = segment.end();
        int[] local = new int[hi - lo + 1];
        SortedSetDocValues values = DocValues.getSortedSet(hit.context().reader(), state.getField());
        DocIdSetIterator docs = hit.bits().iterator();
        if (docs == null) {
            return;
        }
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            if (!values.advanceExact(doc)) {
                continue;
            }
            for (int i = values.docValueCount(); i > 0; i--) {
                long ord = values.nextOrd();
                if (ord > hi) {
                    break; // ordinals come in order: the rest belong to later dimensions
                }
                if (ord >= lo) {
                    local[(int) (ord - lo)]++;
                }
            }
        }
        for (int i = 0; i < local.length; i++) {
            if (local[i] != 0) {
                counts[(int) (segment.global(lo + i)) - start] += local[i];
            }
        }
    }

    /** The value's count; -1 when the index has no such value of the dimension. */
    @Override
    public Number getSpecificValue(String dim, String... path) throws IOException {
        checkDim(dim);
        if (path.length != 1) {
            throw new IllegalArgumentException("a flat dimension's value is one label, not " + path.length);
        }
        long ord = state.getDocValues().lookupTerm(new BytesRef(FacetsConfig.pathToString(dim, path)));
        return ord < 0 ? -1 : counts[(int) ord - start];
    }

    @Override
    public FacetResult getTopChildren(int topN, String dim, String... path) throws IOException {
        validateTopN(topN);
        checkDim(dim);
        int[] ords = countedOrds();
        if (ords.length == 0) {
            return null;
        }
        Integer[] byCount = new Integer[ords.length];
        for (int i = 0; i < ords.length; i++) {
            byCount[i] = ords[i];
        }
        // highest count first, ties in value (ordinal) order, as Lucene's queue ranks them
        Arrays.sort(byCount, (a, b) -> counts[a] != counts[b] ? Integer.compare(counts[b], counts[a]) : a - b);
        int n = Math.min(topN, byCount.length);
        int[] top = new int[n];
        for (int i = 0; i < n; i++) {
            top[i] = byCount[i];
        }
        return result(top, ords);
    }

    @Override
    public FacetResult getAllChildren(String dim, String... path) throws IOException {
        checkDim(dim);
        int[] ords = countedOrds();
        return ords.length == 0 ? null : result(ords, ords);
    }

    /** Only {@link #getTopChildren} and {@link #getAllChildren} of the one dimension are answered. */
    @Override
    public List<FacetResult> getAllDims(int topN) {
        throw new UnsupportedOperationException("counts of one dimension, " + dim);
    }

    private void checkDim(String asked) {
        if (!dim.equals(asked)) {
            throw new IllegalArgumentException("these counts are of dimension " + dim + ", not " + asked);
        }
    }

    /** Indexes into {@link #counts} of the values counted at least once, in value order. */
    private int[] countedOrds() {
        int n = 0;
        for (int c : counts) {
            if (c > 0) {
                n++;
            }
        }
        int[] out = new int[n];
        int k = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                out[k++] = i;
            }
        }
        return out;
    }

    private FacetResult result(int[] shown, int[] counted) throws IOException {
        SortedSetDocValues values = state.getDocValues();
        List<LabelAndValue> labels = new ArrayList<>(shown.length);
        for (int i : shown) {
            String[] path =
                    FacetsConfig.stringToPath(values.lookupOrd(start + i).utf8ToString());
            labels.add(new LabelAndValue(path[path.length - 1], counts[i]));
        }
        long sum = 0;
        for (int i : counted) {
            sum += counts[i];
        }
        // as Lucene: a multi-valued dimension's total is unknown (-1) unless the index keeps it
        int dimCount = config.multiValued && !config.requireDimCount ? -1 : (int) sum;
        return new FacetResult(dim, new String[0], dimCount, labels.toArray(new LabelAndValue[0]), counted.length);
    }
}
