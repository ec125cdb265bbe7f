package org.briefings.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.FieldComparator;
import org.apache.lucene.search.FieldComparatorSource;
import org.apache.lucene.search.LeafFieldComparator;
import org.apache.lucene.search.Pruning;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;

/**
 * The sort's last key, a briefing's id, which orders hits that the first key leaves tied (the same
 * score, the same date) so that pages and cursors are stable. It orders exactly as Lucene's own
 * string sort on the id's sorted doc values (bytes in order, a briefing without an id first), and
 * gives the same id bytes as sort values, but looks ids up only when it has to (issue 16).
 *
 * <p>Why: Lucene's string comparator copies the id of every hit that enters the page's queue out of
 * the segment's terms dictionary (a compressed block read for each), and looks the queue's last
 * hit up again in each segment whenever it changes, though the id decides only between tied hits.
 * Here a slot keeps the id's ordinal and its segment, and the id's bytes are read only when two
 * slots of different segments are tied on the first key, when a hit is tied with the queue's last
 * from another segment, and for the page's own sort values at the end: about 6% of a search's CPU
 * at 100,000 briefings went to the id comparator.
 */
final class IdTieBreak extends FieldComparatorSource {

    /** A sort field on {@code field} (a field with one sorted doc value per document) ordered by this comparator. */
    static SortField on(String field) {
        return new SortField(field, new IdTieBreak());
    }

    @Override
    public FieldComparator<BytesRef> newComparator(String field, int numHits, Pruning pruning, boolean reversed) {
        if (reversed) {
            throw new IllegalArgumentException("the id tie-break is never reversed");
        }
        return new Comparator(field, numHits);
    }

    /** Null (no id) first, then bytes in order, as Lucene's string sort with missing values first. */
    private static int compareIds(BytesRef a, BytesRef b) {
        if (a == null) {
            return b == null ? 0 : -1;
        }
        return b == null ? 1 : a.compareTo(b);
    }

    private static final class Comparator extends FieldComparator<BytesRef> {
        private final String field;
        /** Each slot's id ordinal in its segment, -1 for none. */
        private final int[] ords;
        /** Each slot's segment, as an index into {@link #segments}. */
        private final int[] segmentOf;
        /** Each slot's id bytes once read, else null (a slot with ordinal -1 has none to read). */
        private final BytesRef[] values;
        /** The id doc values of every segment seen so far, to read a slot's id after its segment is passed. */
        private final List<SortedDocValues> segments = new ArrayList<>();

        private BytesRef top;
        private int bottom = -1;

        Comparator(String field, int numHits) {
            this.field = field;
            this.ords = new int[numHits];
            this.segmentOf = new int[numHits];
            this.values = new BytesRef[numHits];
        }

        @Override
        public int compare(int slot1, int slot2) {
            if (segmentOf[slot1] == segmentOf[slot2]) {
                return Integer.compare(ords[slot1], ords[slot2]);
            }
            return compareIds(value(slot1), value(slot2));
        }

        @Override
        public void setTopValue(BytesRef value) {
            top = value;
        }

        @Override
        public BytesRef value(int slot) {
            if (values[slot] == null && ords[slot] >= 0) {
                try {
                    values[slot] =
                            BytesRef.deepCopyOf(segments.get(segmentOf[slot]).lookupOrd(ords[slot]));
                } catch (IOException e) {
                    throw new UncheckedIOException("reading a hit's id for the sort", e);
                }
            }
            return values[slot];
        }

        @Override
        public int compareValues(BytesRef first, BytesRef second) {
            return compareIds(first, second);
        }

        @Override
        public LeafFieldComparator getLeafComparator(LeafReaderContext context) throws IOException {
            segments.add(DocValues.getSorted(context.reader(), field));
            return new Leaf(segments.size() - 1);
        }

        /** The comparator within one segment: ordinals compare as the ids do. */
        private final class Leaf implements LeafFieldComparator {
            private final int segment;
            private final SortedDocValues ids;
            /** The queue's last slot for which {@link #bottomPlace} holds, or -1. */
            private int resolvedBottom = -1;
            /** The last's place among this segment's ids, as {@link #placeOf} gives it. */
            private long bottomPlace;

            private long topPlace;
            private boolean topResolved;

            Leaf(int segment) {
                this.segment = segment;
                this.ids = segments.get(segment);
            }

            private int ordOf(int doc) throws IOException {
                return ids.advanceExact(doc) ? ids.ordValue() : -1;
            }

            /**
             * Where {@code id} falls among this segment's ids, as twice an ordinal: 2 × ord when the
             * segment has it, 2 × ord + 1 when it falls just after ord (-1 for before all, and for no id
             * at all, which comes first). Twice a document's ordinal compares with it exactly.
             */
            private long placeOf(BytesRef id) throws IOException {
                if (id == null) {
                    return -2;
                }
                int ord = ids.lookupTerm(id);
                return ord >= 0 ? 2L * ord : 2L * (-ord - 2) + 1;
            }

            @Override
            public void setBottom(int slot) {
                bottom = slot;
            }

            @Override
            public int compareBottom(int doc) throws IOException {
                long docPlace = 2L * ordOf(doc);
                if (segmentOf[bottom] == segment) {
                    return Long.compare(2L * ords[bottom], docPlace);
                }
                if (resolvedBottom != bottom) {
                    bottomPlace = placeOf(value(bottom));
                    resolvedBottom = bottom;
                }
                return Long.compare(bottomPlace, docPlace);
            }

            @Override
            public int compareTop(int doc) throws IOException {
                if (!topResolved) {
                    topPlace = placeOf(top);
                    topResolved = true;
                }
                return Long.compare(topPlace, 2L * ordOf(doc));
            }

            @Override
            public void copy(int slot, int doc) throws IOException {
                ords[slot] = ordOf(doc);
                segmentOf[slot] = segment;
                values[slot] = null;
                if (slot == resolvedBottom) {
                    resolvedBottom = -1;
                }
            }

            @Override
            public void setScorer(Scorable scorer) {}
        }
    }
}
