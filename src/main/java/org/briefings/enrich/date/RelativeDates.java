package org.briefings.enrich.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.WordSet;

/**
 * Dates said relative to the reference date: yesterday, today, tomorrow; last/this/next (or
 * past) week, month, year and weekday; a weekday alone ("Monday" is the latest Monday on or
 * before the reference, as news speaks of the past). Each method returns the token index after
 * the mention, or {@code i} when there is none at i.
 */
final class RelativeDates {

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "monday",
            DayOfWeek.MONDAY,
            "tuesday",
            DayOfWeek.TUESDAY,
            "wednesday",
            DayOfWeek.WEDNESDAY,
            "thursday",
            DayOfWeek.THURSDAY,
            "friday",
            DayOfWeek.FRIDAY,
            "saturday",
            DayOfWeek.SATURDAY,
            "sunday",
            DayOfWeek.SUNDAY);

    /**
     * The words that open a relative date, as {@link #dayWord}, {@link #shifted} and {@link #weekday}
     * read them. A word is read further only when it is one of them, and {@link
     * WordSet#containsLower} answers most words from the hash the token keeps, without reading
     * their lower-case form: reading it for every word was 70% of the date tagger's time (JFR,
     * 2026-12-06), as the tokens of a long text do not stay in the cache from one tagger's pass to
     * the next.
     */
    static final WordSet OPENERS = WordSet.copyOf(Stream.concat(
                    Stream.of("yesterday", "today", "tomorrow", "last", "this", "next", "past"),
                    WEEKDAYS.keySet().stream())
            .toList());

    private RelativeDates() {}

    /** Any relative date at token i (the scan has a reference date). */
    static int at(DateScan s, int i) {
        Token t = s.token(i);
        if (!OPENERS.containsLower(t)) {
            return i;
        }
        int r = dayWord(s, i);
        if (r > i) {
            return r;
        }
        boolean shift = switch (s.token(i).lower()) {
            case "last", "this", "next", "past" -> true;
            default -> false;
        };
        if (shift && i + 1 < s.size() && s.token(i + 1).isWord()) {
            return shifted(s, i);
        }
        return weekday(s, i);
    }

    /** "yesterday", "today", "tomorrow". */
    private static int dayWord(DateScan s, int i) {
        Token t = s.token(i);
        LocalDate ref = s.reference;
        LocalDate d = switch (t.lower()) {
            case "yesterday" -> ref.minusDays(1);
            case "today" -> ref;
            case "tomorrow" -> ref.plusDays(1);
            default -> null;
        };
        if (d == null) {
            return i;
        }
        s.day(t.start(), t.end(), d, true);
        return i + 1;
    }

    /** "last week", "this month", "next year", "past Monday": a period counted from the reference. */
    private static int shifted(DateScan s, int i) {
        Token t = s.token(i);
        Token u = s.token(i + 1);
        LocalDate ref = s.reference;
        String lower = t.lower();
        int delta = lower.equals("last") || lower.equals("past") ? -1 : lower.equals("next") ? 1 : 0;
        int start = t.start();
        int end = u.end();
        switch (u.lower()) {
            case "week" -> {
                LocalDate monday = ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                        .plusWeeks(delta);
                String value = String.format(
                        Locale.ROOT,
                        "%04d-W%02d",
                        monday.get(IsoFields.WEEK_BASED_YEAR),
                        monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                s.week(start, end, value, monday);
                return i + 2;
            }
            case "month" -> {
                s.month(start, end, ref.withDayOfMonth(1).plusMonths(delta), true);
                return i + 2;
            }
            case "year" -> {
                s.year(start, end, ref.getYear() + delta, true);
                return i + 2;
            }
            default -> {
                DayOfWeek dow = WEEKDAYS.get(u.lower());
                if (dow != null && u.isCapitalised()) {
                    LocalDate d = delta < 0
                            ? ref.with(TemporalAdjusters.previous(dow))
                            : delta > 0
                                    ? ref.with(TemporalAdjusters.next(dow))
                                    : ref.with(TemporalAdjusters.nextOrSame(dow));
                    s.day(start, end, d, true);
                    return i + 2;
                }
                return i;
            }
        }
    }

    /** "Monday": the latest Monday on or before the reference. */
    private static int weekday(DateScan s, int i) {
        Token t = s.token(i);
        String l = t.lower();
        if (l.length() < 6 || l.length() > 9 || !l.endsWith("day") || !t.isCapitalised()) {
            return i; // "Monday" to "Wednesday": most words are answered without a look-up
        }
        DayOfWeek dow = WEEKDAYS.get(l);
        if (dow != null) {
            s.day(t.start(), t.end(), s.reference.with(TemporalAdjusters.previousOrSame(dow)), true);
            return i + 1;
        }
        return i;
    }
}
