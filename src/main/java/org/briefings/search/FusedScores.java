package org.briefings.search;

import static org.briefings.index.BriefingSchema.ID;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * The scores of a hybrid search ({@link HybridRanking}): 1 plus the fused score for a briefing in
 * either ranking's top, else its keyword score squeezed below 1 ({@code s / (s + 1)}), so every
 * fused briefing comes first and the rest keep their keyword order.
 */
final class FusedScores extends DoubleValuesSource {

    private final Map<String, Double> fused;

    FusedScores(Map<String, Double> fused) {
        this.fused = Map.copyOf(fused);
    }

    @Override
    public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
        SortedDocValues ids = DocValues.getSorted(ctx.reader(), ID);
        Map<Integer, Double> byOrd = new HashMap<>();
        for (Map.Entry<String, Double> e : fused.entrySet()) {
            int ord = ids.lookupTerm(new BytesRef(e.getKey()));
            if (ord >= 0) {
                byOrd.put(ord, e.getValue());
            }
        }
        return new DoubleValues() {
            private double value;

            @Override
            public double doubleValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                Double f = ids.advanceExact(doc) ? byOrd.get(ids.ordValue()) : null;
                if (f != null) {
                    value = 1 + f;
                } else {
                    double s = scores != null && scores.advanceExact(doc) ? scores.doubleValue() : 0;
                    value = s / (s + 1);
                }
                return true;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return true;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FusedScores other && other.fused.equals(fused);
    }

    @Override
    public int hashCode() {
        return fused.hashCode();
    }

    @Override
    public String toString() {
        return "fused(" + fused.size() + " briefings)";
    }
}
