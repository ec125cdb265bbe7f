package org.briefings.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.briefings.search.SearchRequest;

/**
 * The fixed query mix: six query shapes (two queries each), each run three ways: with every facet
 * counted and nothing selected, with one facet value selected, and with two selected in two
 * dimensions (the engine then counts through DrillSideways). 36 queries, always in this order.
 */
final class QueryMix {

    /** What a query asks, independent of facets. */
    record Shape(String kind, String q, LocalDate from, LocalDate to) {}

    /** Facet selections added to a shape. */
    enum Selection {
        NONE("facets"),
        ONE("facets+1 sel"),
        TWO("facets+2 sel");

        final String label;

        Selection(String label) {
            this.label = label;
        }
    }

    /** One query of the mix. */
    record BenchQuery(Shape shape, Selection selection) {

        String label() {
            return shape.kind() + " `" + shape.q() + "`"
                    + (shape.from() == null
                            ? ""
                            : " " + shape.from().getYear() + "-" + shape.to().getYear()) + " / " + selection.label;
        }

        /** The engine's request: first page of 10 by relevance, facets counted, selections as filters. */
        SearchRequest request() {
            SearchRequest.Builder b =
                    SearchRequest.builder().query(shape.q()).from(shape.from()).to(shape.to());
            if (selection != Selection.NONE) {
                b.filter("country", SELECTED_COUNTRY);
            }
            if (selection == Selection.TWO) {
                b.filter("year", String.valueOf(SELECTED_YEAR));
            }
            return b.build();
        }
    }

    /** The selections: China among the countries mentioned, and 2015 among the years. */
    static final String SELECTED_COUNTRY = "CN";

    static final int SELECTED_YEAR = 2015;

    static final List<Shape> SHAPES = List.of(
            new Shape("term", "sanctions", null, null),
            new Shape("term", "refugees", null, null),
            new Shape("AND", "nuclear AND weapons", null, null),
            new Shape("AND", "climate AND finance", null, null),
            new Shape("OR", "terrorism OR extremism", null, null),
            new Shape("OR", "drought OR famine", null, null),
            new Shape("phrase", "\"climate change\"", null, null),
            new Shape("phrase", "\"human rights\"", null, null),
            new Shape("country", "country:KP", null, null),
            new Shape("country", "country:IR", null, null),
            new Shape("date range", "development", LocalDate.of(2012, 1, 1), LocalDate.of(2016, 12, 31)),
            new Shape("date range", "security", LocalDate.of(2014, 1, 1), LocalDate.of(2019, 12, 31)));

    static List<BenchQuery> all() {
        List<BenchQuery> out = new ArrayList<>();
        for (Selection s : Selection.values()) {
            for (Shape shape : SHAPES) {
                out.add(new BenchQuery(shape, s));
            }
        }
        return List.copyOf(out);
    }

    private QueryMix() {}
}
