package org.briefings.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.briefings.EntityMention;
import org.briefings.Span;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SpanCoverTest {

    private static Span body(int start, int end) {
        return new Span(Span.BODY, start, end, "x".repeat(end - start));
    }

    @Test
    void a_range_is_covered_only_when_one_span_holds_all_of_it() {
        SpanCover c = SpanCover.ofSpans(List.of(body(10, 20), body(18, 30), body(40, 45)));
        assertTrue(c.contains(10, 20));
        assertTrue(c.contains(12, 15));
        assertTrue(c.contains(25, 30));
        assertTrue(c.contains(40, 45));
        assertFalse(c.contains(15, 25), "two overlapping spans together do not hold it");
        assertFalse(c.contains(5, 12), "starts before every span");
        assertFalse(c.contains(31, 35), "between spans");
        assertFalse(c.contains(44, 46), "runs past the end");
    }

    @Test
    void a_long_span_before_short_ones_still_covers_what_follows() {
        // the furthest end so far decides, not the end of the last span to start
        SpanCover c = SpanCover.ofSpans(List.of(body(50, 52), body(0, 100), body(60, 61)));
        int[][] inside = {{70, 80}, {99, 100}, {61, 62}};
        for (int[] r : inside) {
            assertTrue(c.contains(r[0], r[1]), r[0] + "-" + r[1]);
        }
        assertFalse(c.contains(99, 101));
    }

    @Test
    void only_the_spans_of_the_asked_field_count_and_none_is_never_covered() {
        EntityMention org = new EntityMention(
                "United Nations", 2, List.of(new Span(Span.TITLE, 0, 14, "United Nations"), body(100, 114)));
        SpanCover title = SpanCover.of(Span.TITLE, List.of(org));
        assertTrue(title.contains(0, 6));
        assertFalse(title.contains(100, 106));
        assertTrue(SpanCover.of(Span.BODY, List.of(org)).contains(100, 106));
        assertFalse(SpanCover.of(Span.BODY, List.of()).contains(0, 1));
    }

    @Test
    void agrees_with_asking_every_span_on_random_spans() {
        Random r = new Random(16);
        for (int round = 0; round < 200; round++) {
            List<Span> spans = new ArrayList<>();
            for (int k = r.nextInt(8); k > 0; k--) {
                int s = r.nextInt(60);
                spans.add(body(s, s + 1 + r.nextInt(15)));
            }
            SpanCover c = SpanCover.ofSpans(spans);
            for (int q = 0; q < 50; q++) {
                int s = r.nextInt(70);
                int e = s + 1 + r.nextInt(6);
                boolean any = spans.stream().anyMatch(x -> x.start() <= s && e <= x.end());
                assertEquals(any, c.contains(s, e), spans + " [" + s + "," + e + ")");
            }
        }
    }

    @Test
    void first_overlapping_span_and_exact_starts_agree_with_asking_every_span() {
        Random r = new Random(17);
        for (int round = 0; round < 300; round++) {
            List<Span> spans = new ArrayList<>();
            for (int k = r.nextInt(9); k > 0; k--) {
                int s = r.nextInt(60);
                spans.add(body(s, s + r.nextInt(20)));
            }
            SpanCover c = SpanCover.ofSpans(spans);
            for (int q = 0; q < 50; q++) {
                int s = r.nextInt(70);
                int e = s + r.nextInt(8);
                int first = spans.stream()
                        .filter(x -> x.start() < e && s < x.end())
                        .mapToInt(Span::start)
                        .min()
                        .orElse(-1);
                assertEquals(first, c.firstOverlapping(s, e), spans + " [" + s + "," + e + ")");
                boolean at = spans.stream().anyMatch(x -> x.start() == s);
                assertEquals(at, c.startsAt(s), spans + " at " + s);
            }
        }
    }

    @Test
    void a_long_early_span_is_the_first_overlapping_one() {
        SpanCover c = SpanCover.ofSpans(List.of(body(50, 52), body(0, 100), body(60, 61)));
        assertEquals(0, c.firstOverlapping(55, 58));
        assertEquals(-1, SpanCover.ofSpans(List.of(body(10, 20))).firstOverlapping(20, 25), "touching is no overlap");
        assertEquals(10, SpanCover.ofSpans(List.of(body(10, 20))).firstOverlapping(5, 11));
    }
}
