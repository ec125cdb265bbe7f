package org.briefings.enrich.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.briefings.DateMention;
import org.briefings.Span;
import org.briefings.enrich.text.TextField;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.TokenList;

/**
 * Finds the dates and periods a briefing talks about and normalises each to the period it
 * covers, so that "briefings about events in 2018" is a range query over {@code start..end}.
 *
 * <p>Recognised, in one pass over the tokens (no regular expression per pattern):
 * <ul>
 *   <li>Day: "11 April 2019", "April 11, 2019", "2019-04-11"; without a year ("March 3",
 *       Reuters' "Feb 26") the year is taken from the reference date, choosing the one that
 *       puts the day closest to it, and the mention is marked relative.</li>
 *   <li>Month: "April 2018", "April, 2018".</li>
 *   <li>Year: a four-digit number from 1800 to 2100 ("in 2018", "since 2019", "2018 saw"),
 *       "mid-2020"; not when it is an amount: after a currency sign or "No.", or before a unit
 *       ("2018 tonnes", "1,987 pct", "$2018").</li>
 *   <li>Decade: "the 1950s" (value {@code 1950s}).</li>
 *   <li>Relative, resolved against {@code reference} and marked relative: yesterday, today,
 *       tomorrow; last/this/next week, month, year; weekday names ("Monday" is the latest
 *       Monday on or before the reference, as news speaks of the past; "next Monday" the first
 *       after it). A week is reported with DAY precision, value as an ISO week
 *       ({@code 2019-W14}), and start/end its Monday and Sunday.</li>
 * </ul>
 * A bare month name ("in April") is not tagged: without a year it is too often a different
 * year than the reference's, and "May" is also a verb.
 */
public final class DateMentionTagger {

    /** Returned by a shape's method when the shape does not start at the token. */
    private static final int NO_MATCH = -1;

    /** Dates mentioned in {@code body}; relative ones are resolved against {@code reference} (may be null). */
    public List<DateMention> tag(String body, LocalDate reference) {
        return tag(TextField.of(Span.BODY, body), reference);
    }

    /** As {@link #tag(String, LocalDate)}, on a body the caller has tokenised. */
    public List<DateMention> tag(TextField body, LocalDate reference) {
        TokenList tokens = TokenList.copyOf(body.tokens());
        DateScan s = new DateScan(body.text(), tokens, reference);
        boolean relative = reference != null;
        int i = 0;
        while (i < s.size()) {
            if (tokens.isPunctuation(i) || cannotOpen(tokens, i, relative)) {
                i++; // no date starts here (match answers i + 1), known from the list's arrays
                continue;
            }
            int next = match(s, i);
            i = next > i ? next : i + 1;
        }
        return s.found;
    }

    /**
     * True when no date shape of {@link #match} can open at token i, answered from the token list's
     * arrays without reading the token: a word (not a number) that is not capitalised (no month
     * name), has no hyphen ("mid-2019") and does not open with a digit (a day such as "11th", a
     * decade such as "1990s"), and, where relative dates are read, whose lower-case hash no opener
     * of one has ("last", "today"). Most of a text's words are such words; reading each token to
     * ask it again in every shape was most of the date tagger's time (JFR, 2026-12-07), since the
     * tokens of a long text are no longer in the cache when the tagger walks them.
     */
    static boolean cannotOpen(TokenList tokens, int i, boolean relative) {
        return tokens.isWord(i)
                && !tokens.isCapitalised(i)
                && !tokens.hasHyphen(i)
                && !Character.isDigit(tokens.firstChar(i))
                && !(relative && RelativeDates.OPENERS.mayHoldHash(tokens.lowerHash(i)));
    }

    /**
     * The date shapes, tried in order at token i; returns the index after what was read. A shape
     * that starts at i decides alone, even when it adds nothing ("May" without a day or year).
     */
    static int match(DateScan s, int i) {
        Token t = s.token(i);
        int month = t.isWord() ? Months.month(t) : 0;
        if (month > 0) {
            return monthFirst(s, i, month);
        }
        int r = dayFirst(s, i);
        if (r != NO_MATCH) {
            return r;
        }
        String text = t.text();
        if (t.isNumber() && text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            return isoDate(s, i);
        }
        if (t.isNumber() && (text.length() == 7 || text.length() == 9) && text.charAt(4) == '-') {
            return yearRange(s, i);
        }
        int year = yearNumber(t);
        if (year > 0) {
            return year(s, i, year);
        }
        if (t.isWord()) {
            r = partOfYear(s, i);
            if (r == NO_MATCH) {
                r = decade(s, i);
            }
            if (r != NO_MATCH) {
                return r;
            }
            if (s.reference != null) {
                r = RelativeDates.at(s, i);
                if (r > i) {
                    return r;
                }
            }
        }
        return i + 1;
    }

    /** "April 11, 2019", "Feb 26" (year from the reference), "April 2018", "April, 2018". */
    private static int monthFirst(DateScan s, int i, int month) {
        Token t = s.token(i);
        int k = i + 1;
        if (k < s.size() && s.token(k).isPunct('.') && t.length() <= 4) {
            k++;
        }
        int day = k < s.size() ? dayNumber(s.token(k)) : 0;
        if (day > 0 && !Amounts.unitAfter(s.tokens, k + 1)) {
            int y = k + 1;
            if (y < s.size() && s.token(y).isPunct(',')) {
                y++;
            }
            int year = y < s.size() ? yearNumber(s.token(y)) : 0;
            if (year > 0) {
                s.day(t.start(), s.token(y).end(), year, month, day, false);
                return y + 1;
            }
            withoutYear(s, t.start(), s.token(k).end(), month, day);
            return k + 1;
        }
        int y = k < s.size() && s.token(k).isPunct(',') ? k + 1 : k;
        int year = y < s.size() ? yearNumber(s.token(y)) : 0;
        if (year > 0 && !Amounts.unitAfter(s.tokens, y + 1)) {
            s.month(t.start(), s.token(y).end(), LocalDate.of(year, month, 1), false);
            return y + 1;
        }
        return i + 1;
    }

    /** "11 April 2019", "26 Feb" (year from the reference). */
    private static int dayFirst(DateScan s, int i) {
        Token t = s.token(i);
        int day = dayNumber(t);
        if (day == 0 || i + 1 >= s.size()) {
            return NO_MATCH;
        }
        Token monthWord = s.token(i + 1);
        int m = Months.month(monthWord);
        if (m == 0 || !monthWord.isWord()) {
            return NO_MATCH;
        }
        int k = i + 2;
        if (k < s.size() && s.token(k).isPunct('.') && monthWord.length() <= 4) {
            k++;
        }
        if (k < s.size() && s.token(k).isPunct(',')) {
            k++;
        }
        int year = k < s.size() ? yearNumber(s.token(k)) : 0;
        if (year > 0) {
            s.day(t.start(), s.token(k).end(), year, m, day, false);
            return k + 1;
        }
        withoutYear(s, t.start(), monthWord.end(), m, day);
        return i + 2;
    }

    /** A day and month without a year: the year that puts it closest to the reference, marked relative. */
    private static void withoutYear(DateScan s, int start, int end, int month, int day) {
        if (s.reference != null) {
            LocalDate d = nearestYear(s.reference, month, day);
            if (d != null) {
                s.day(start, end, d.getYear(), month, day, true);
            }
        }
    }

    /** "2019-04-11". */
    private static int isoDate(DateScan s, int i) {
        Token t = s.token(i);
        try {
            LocalDate d = LocalDate.parse(t.text());
            s.day(t.start(), t.end(), d.getYear(), d.getMonthValue(), d.getDayOfMonth(), false);
        } catch (DateTimeException e) {
            // not a date
        }
        return i + 1;
    }

    /** "2017-2018", "1986-87": the years named, not the span between. */
    private static int yearRange(DateScan s, int i) {
        Token t = s.token(i);
        String text = t.text();
        int y1 = parseYear(text.substring(0, 4));
        int y2 = text.length() == 9 ? parseYear(text.substring(5)) : 0;
        if (y1 > 0 && !Amounts.amountBefore(s.tokens, i) && !Amounts.unitAfter(s.tokens, i + 1)) {
            s.year(t.start(), t.start() + 4, y1, false);
            if (y2 > y1) {
                s.year(t.start() + 5, t.end(), y2, false);
            }
        }
        return i + 1;
    }

    /** "in 2018", "2018 saw"; not an amount ("$2018", "2018 tonnes"). */
    private static int year(DateScan s, int i, int year) {
        Token t = s.token(i);
        if (!Amounts.amountBefore(s.tokens, i) && !Amounts.unitAfter(s.tokens, i + 1)) {
            s.year(t.start(), t.end(), year, false);
        }
        return i + 1;
    }

    /** "mid-2020", "early-2021", "late-2019": the year. */
    private static int partOfYear(DateScan s, int i) {
        Token t = s.token(i);
        if (!t.hasHyphen()) {
            return NO_MATCH; // its shape says whether the lower-case form has a '-', without a search of it
        }
        String lower = t.lower();
        int dash = lower.indexOf('-');
        if (dash > 0 && (lower.startsWith("mid-") || lower.startsWith("early-") || lower.startsWith("late-"))) {
            int y = parseYear(lower.substring(dash + 1));
            if (y > 0) {
                s.year(t.start(), t.end(), y, false);
                return i + 1;
            }
        }
        return NO_MATCH;
    }

    /** "1950s", "mid-1990s": the decade. */
    private static int decade(DateScan s, int i) {
        Token t = s.token(i);
        if (!t.hasHyphen() && !Character.isDigit(t.firstChar())) {
            // without a '-' the decade is the whole word, whose first four characters must be digits
            // (parseYear): answered without reading the lower-case string of every word
            return NO_MATCH;
        }
        String lower = t.lower();
        if (!t.hasHyphen() && lower.length() != 5) {
            return NO_MATCH; // without a '-' only "1950s" itself, five characters, is a decade
        }
        int dash = lower.indexOf('-');
        String dec = dash > 0 ? lower.substring(dash + 1) : lower;
        if (dec.length() == 5 && dec.endsWith("s") && dec.charAt(3) == '0') {
            int y = parseYear(dec.substring(0, 4));
            if (y > 0) {
                s.decade(t.start(), t.end(), y);
                return i + 1;
            }
        }
        return NO_MATCH;
    }

    /** The year among ref-1, ref, ref+1 that puts month/day closest to the reference date. */
    static LocalDate nearestYear(LocalDate ref, int month, int day) {
        LocalDate best = null;
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            try {
                LocalDate d = LocalDate.of(y, month, day);
                if (best == null
                        || Math.abs(d.toEpochDay() - ref.toEpochDay())
                                < Math.abs(best.toEpochDay() - ref.toEpochDay())) {
                    best = d;
                }
            } catch (DateTimeException e) {
                // 29 February in a common year
            }
        }
        return best;
    }

    /** 1..31 written as "11" or "11th". */
    private static int dayNumber(Token t) {
        String s = t.text();
        int n = s.length();
        if (n == 0 || !Character.isDigit(s.charAt(0))) {
            return 0; // "the", "and": no day, and no suffix cut off a copy of every short word to see it
        }
        if (t.isWord() && n >= 3 && n <= 4) {
            String suffix = s.substring(n - 2).toLowerCase(Locale.ROOT);
            if (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th")) {
                s = s.substring(0, n - 2);
                n = s.length();
            }
        } else if (!t.isNumber()) {
            return 0;
        }
        if (n < 1 || n > 2) {
            return 0;
        }
        for (int k = 0; k < n; k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return 0;
            }
        }
        int d = Integer.parseInt(s);
        return d >= 1 && d <= 31 ? d : 0;
    }

    private static int yearNumber(Token t) {
        return t.isNumber() ? parseYear(t.text()) : 0;
    }

    /** 1800..2100 written as four digits, else 0. */
    static int parseYear(String s) {
        if (s.length() != 4) {
            return 0;
        }
        for (int k = 0; k < 4; k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return 0;
            }
        }
        int y = Integer.parseInt(s);
        return y >= 1800 && y <= 2100 ? y : 0;
    }
}
