package org.briefings.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;

/**
 * Where each facet dimension's values lie among each segment's ordinals, for {@link
 * DimensionCounts}: found once per reader (two term look-ups per segment and dimension), not per
 * search. A search on a new reader (after a refresh or commit) finds them again.
 */
final class FacetRanges {

    /** A dimension's ordinals in one segment, {@code start..end} (empty when end < start), and their global ordinals. */
    record Segment(int start, int end, LongValues toGlobal) {
        boolean isEmpty() {
            return end < start;
        }

        long global(int segmentOrd) {
            return toGlobal.get(segmentOrd);
        }
    }

    /** The ranges on one reader's facet ordinals, found as dimensions are first asked for. */
    static final class OfReader {
        private final SortedSetDocValuesReaderState state;
        private final OrdinalMap ordinals;
        private final Map<String, Segment[]> byDim = new ConcurrentHashMap<>();

        private OfReader(SortedSetDocValuesReaderState state) throws IOException {
            this.state = state;
            SortedSetDocValues all = state.getDocValues();
            this.ordinals = all instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
        }

        /** {@code dim}'s range in the segment of the reader's leaves at {@code leaf}. */
        Segment segment(int leaf, String dim) throws IOException {
            Segment[] segments = byDim.get(dim);
            if (segments == null) {
                segments = find(dim);
                byDim.put(dim, segments);
            }
            return segments[leaf];
        }

        private Segment[] find(String dim) throws IOException {
            SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
            SortedSetDocValues all = state.getDocValues();
            BytesRef first = BytesRef.deepCopyOf(all.lookupOrd(range.start()));
            BytesRef last = BytesRef.deepCopyOf(all.lookupOrd(range.end()));
            List<LeafReaderContext> leaves = state.getReader().leaves();
            Segment[] out = new Segment[leaves.size()];
            for (LeafReaderContext leaf : leaves) {
                SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), state.getField());
                long from = values.lookupTerm(first);
                long to = values.lookupTerm(last);
                int start = (int) (from >= 0 ? from : -from - 1);
                int end = (int) (to >= 0 ? to : -to - 2);
                LongValues toGlobal = ordinals == null ? LongValues.IDENTITY : ordinals.getGlobalOrds(leaf.ord);
                out[leaf.ord] = new Segment(start, end, toGlobal);
            }
            return out;
        }
    }

    private volatile OfReader current;

    /** The ranges on {@code state}'s reader: those already found when it is the state last asked for. */
    OfReader of(SortedSetDocValuesReaderState state) throws IOException {
        OfReader known = current;
        if (known != null && known.state == state) {
            return known;
        }
        known = new OfReader(state);
        current = known;
        return known;
    }
}
