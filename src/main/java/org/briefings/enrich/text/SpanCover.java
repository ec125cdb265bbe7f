package org.briefings.enrich.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.briefings.EntityMention;
import org.briefings.Span;

/**
 * The spans of one field that entities already claim, asked "does one of them contain this
 * range?", "where does the first one overlapping it begin?" and "does one start here?" in
 * logarithmic time. Taggers asked it of every capitalised word by walking every span
 * of every organisation found, which grew with the length of a report times its organisations.
 *
 * <p>Built once per field and question: spans sorted by start, with the furthest end reached by
 * any span starting at or before each; a range lies inside some span exactly when a span starting
 * at or before the range's start reaches its end.
 */
public final class SpanCover {

    private final int[] starts;
    /** {@code reach[k]}: the largest end of the spans {@code 0..k} in start order. */
    private final int[] reach;

    private SpanCover(int[] starts, int[] reach) {
        this.starts = starts;
        this.reach = reach;
    }

    /** The spans of the entities' evidence that lie in the field named {@code field}. */
    public static SpanCover of(String field, List<EntityMention> entities) {
        List<Span> spans = new ArrayList<>();
        for (EntityMention e : entities) {
            for (Span s : e.spans()) {
                if (s.field().equals(field)) {
                    spans.add(s);
                }
            }
        }
        return ofSpans(spans);
    }

    /** The given spans, whatever their fields (the caller chose them). */
    public static SpanCover ofSpans(List<Span> spans) {
        Span[] sorted = spans.toArray(new Span[0]);
        Arrays.sort(sorted, (a, b) -> Integer.compare(a.start(), b.start()));
        int[] starts = new int[sorted.length];
        int[] reach = new int[sorted.length];
        int furthest = Integer.MIN_VALUE;
        for (int k = 0; k < sorted.length; k++) {
            starts[k] = sorted[k].start();
            furthest = Math.max(furthest, sorted[k].end());
            reach[k] = furthest;
        }
        return new SpanCover(starts, reach);
    }

    /** True when one span holds all of {@code [start, end)}: its start at or before, its end at or after. */
    public boolean contains(int start, int end) {
        int last = firstAbove(starts, start) - 1; // the last span starting at or before start
        return last >= 0 && reach[last] >= end;
    }

    /**
     * Where the first span (in start order) that overlaps {@code [start, end)} begins, or -1. The
     * first span whose reach passes {@code start} is that span itself (every span before it ends at
     * or before {@code start}), and any later span that overlaps starts no earlier.
     */
    public int firstOverlapping(int start, int end) {
        int first = firstAbove(reach, start);
        return first < starts.length && starts[first] < end ? starts[first] : -1;
    }

    /** The first index whose value exceeds {@code value} in a non-decreasing array, or its length. */
    private static int firstAbove(int[] sorted, int value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] > value) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** True when a span starts exactly at {@code start}. */
    public boolean startsAt(int start) {
        return Arrays.binarySearch(starts, start) >= 0;
    }
}
