package org.briefings;

import java.time.LocalDate;

/**
 * A date or period the briefing talks about ("April 2018", "last week", "the 1950s"),
 * normalised to the period it covers so that "briefings about events in 2018" is a range query.
 *
 * @param value     normalised form at its precision: {@code 2018-04}, {@code 2018-04-11}, {@code 2018}, {@code 1950s}
 * @param start     first day of the period
 * @param end       last day of the period (inclusive)
 * @param precision day, month, year or decade
 * @param relative  true when resolved from a relative expression against the publication date
 * @param span      where it is written
 */
public record DateMention(
        String value, LocalDate start, LocalDate end, DatePrecision precision, boolean relative, Span span) {}
