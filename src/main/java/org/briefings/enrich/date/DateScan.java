package org.briefings.enrich.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.briefings.DateMention;
import org.briefings.DatePrecision;
import org.briefings.Span;
import org.briefings.enrich.text.Token;

/**
 * One body being read for dates: its tokens, the reference date relative mentions resolve
 * against (null when unknown), and the mentions found so far. One per call of the tagger.
 */
final class DateScan {

    final String body;
    final List<Token> tokens;
    final LocalDate reference;
    final List<DateMention> found = new ArrayList<>();

    DateScan(String body, List<Token> tokens, LocalDate reference) {
        this.body = body;
        this.tokens = tokens;
        this.reference = reference;
    }

    Token token(int i) {
        return tokens.get(i);
    }

    /** The token at i, or null past the end. */
    Token tokenOrNull(int i) {
        return i < tokens.size() ? tokens.get(i) : null;
    }

    int size() {
        return tokens.size();
    }

    /** A day given as numbers; "April 31" is not a date and adds nothing. */
    void day(int start, int end, int y, int m, int d, boolean relative) {
        try {
            day(start, end, LocalDate.of(y, m, d), relative);
        } catch (DateTimeException e) {
            // not a date
        }
    }

    void day(int start, int end, LocalDate d, boolean relative) {
        found.add(new DateMention(d.toString(), d, d, DatePrecision.DAY, relative, span(start, end)));
    }

    /** The calendar month starting at {@code first}. */
    void month(int start, int end, LocalDate first, boolean relative) {
        found.add(new DateMention(
                String.format(Locale.ROOT, "%04d-%02d", first.getYear(), first.getMonthValue()),
                first,
                first.with(TemporalAdjusters.lastDayOfMonth()),
                DatePrecision.MONTH,
                relative,
                span(start, end)));
    }

    void year(int start, int end, int year, boolean relative) {
        found.add(new DateMention(
                String.format(Locale.ROOT, "%04d", year),
                LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31),
                DatePrecision.YEAR,
                relative,
                span(start, end)));
    }

    void decade(int start, int end, int firstYear) {
        found.add(new DateMention(
                firstYear + "s",
                LocalDate.of(firstYear, 1, 1),
                LocalDate.of(firstYear + 9, 12, 31),
                DatePrecision.DECADE,
                false,
                span(start, end)));
    }

    /** A week from Monday {@code monday}, valued as its ISO week ("2019-W14"). */
    void week(int start, int end, String isoWeek, LocalDate monday) {
        found.add(new DateMention(isoWeek, monday, monday.plusDays(6), DatePrecision.DAY, true, span(start, end)));
    }

    private Span span(int start, int end) {
        return new Span(Span.BODY, start, end, body.substring(start, end));
    }
}
