package org.briefings.enrich.person;

import org.briefings.Span;

/** One place a person is named; {@code order} sorts mentions across fields ({@link Field#order(int)}). */
record Mention(Field field, int start, int end, int order) {

    Mention(Field field, int start, int end) {
        this(field, start, end, field.order(start));
    }

    Span span() {
        return new Span(field.name(), start, end, field.text().substring(start, end));
    }
}
