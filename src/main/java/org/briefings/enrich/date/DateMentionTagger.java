package org.briefings.enrich.date;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.briefings.DateMention;
import org.briefings.DatePrecision;
import org.briefings.Span;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.Tokenizer;
import org.briefings.enrich.text.Words;

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

    private static final Set<String> UNITS = Words.set(
            "tonnes",
            "tonne",
            "tons",
            "ton",
            "pct",
            "percent",
            "per",
            "mln",
            "million",
            "millions",
            "billion",
            "bln",
            "billions",
            "trillion",
            "dlrs",
            "dollars",
            "dollar",
            "barrels",
            "bpd",
            "people",
            "persons",
            "shares",
            "units",
            "km",
            "kilometres",
            "kilometers",
            "miles",
            "kg",
            "kilos",
            "metres",
            "meters",
            "feet",
            "ft",
            "acres",
            "hectares",
            "troops",
            "soldiers",
            "cars",
            "vehicles",
            "points",
            "yen",
            "marks",
            "francs",
            "pounds",
            "euros",
            "lbs",
            "ounces",
            "oz",
            "bushels",
            "bales",
            "bags",
            "workers",
            "employees",
            "jobs",
            "votes",
            "seats",
            "members",
            "mw",
            "megawatts",
            "cases",
            "deaths",
            "pages",
            "words",
            "items",
            "sq",
            "square",
            "cubic",
            "litres",
            "liters",
            "gallons",
            "calories",
            "hours",
            "minutes",
            "seconds",
            "days",
            "weeks",
            "months",
            "years",
            "times",
            "copies",
            "homes",
            "houses",
            "households",
            "students",
            "refugees",
            "migrants",
            "rounds",
            "missiles",
            "warheads",
            "aircraft",
            "planes",
            "ships",
            "vessels",
            "tanks",
            "guns",
            "rifles",
            "km2",
            "sqkm",
            "rupees",
            "yuan",
            "won",
            "roubles",
            "rubles",
            "lire",
            "crowns",
            "pesos",
            "reais",
            "cruzados",
            "rand",
            "dinars",
            "riyals",
            "mt",
            "mts",
            "kw",
            "kwh",
            "gw",
            "gwh",
            "cents",
            "stg",
            "ecus",
            "acre",
            "head",
            "cattle",
            "hogs",
            "pigs",
            "bags",
            "cartons",
            "containers",
            "lots",
            "contracts",
            "beds",
            "doses",
            "tests",
            "infections",
            "patients",
            "children",
            "women",
            "men",
            "families",
            "villages",
            "sites",
            "projects",
            "companies",
            "firms",
            "banks",
            "stores",
            "branches",
            "flights",
            "passengers",
            "visitors",
            "tourists",
            "hectare",
            "newtons",
            "degrees",
            "kilograms",
            "grams",
            "g",
            "m",
            "b",
            "bn",
            "k",
            "x");

    private static final Set<String> AMOUNT_BEFORE = Words.set(
            "$",
            "\u00a3",
            "\u20ac",
            "\u00a5",
            "#",
            "no",
            "nos",
            "number",
            "us$",
            "a$",
            "c$",
            "hk$",
            "nt$",
            "s$",
            "rs",
            "dm",
            "stg",
            "usd",
            "eur",
            "gbp",
            "cny",
            "jpy",
            "page",
            "pages",
            "p",
            "pp",
            "section",
            "article",
            "resolution",
            "rule",
            "flight",
            "route",
            "room",
            "model",
            "version",
            "code",
            "id",
            "about",
            "approximately",
            "nearly",
            "almost",
            "some");

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

    /** Dates mentioned in {@code body}; relative ones are resolved against {@code reference} (may be null). */
    public List<DateMention> tag(String body, LocalDate reference) {
        List<DateMention> out = new ArrayList<>();
        if (body == null || body.isEmpty()) {
            return out;
        }
        List<Token> toks = Tokenizer.tokenize(body);
        int i = 0;
        while (i < toks.size()) {
            int next = match(body, toks, i, reference, out);
            i = next > i ? next : i + 1;
        }
        return out;
    }

    /** Tries every pattern at token i; returns the index after a match, or i. */
    private int match(String body, List<Token> toks, int i, LocalDate ref, List<DateMention> out) {
        Token t = toks.get(i);
        String text = t.text();
        // Month first: "April 11, 2019", "April 2018", "Feb 26"
        int month = t.isWord() ? Months.month(text) : 0;
        if (month > 0) {
            int k = i + 1;
            if (k < toks.size() && toks.get(k).isPunct('.') && text.length() <= 4) {
                k++;
            }
            int day = k < toks.size() ? dayNumber(toks.get(k)) : 0;
            if (day > 0 && !unitAfter(toks, k + 1)) {
                int y = k + 1;
                if (y < toks.size() && toks.get(y).isPunct(',')) {
                    y++;
                }
                int year = y < toks.size() ? yearNumber(toks.get(y)) : 0;
                if (year > 0) {
                    addDay(out, body, t.start(), toks.get(y).end(), year, month, day, false);
                    return y + 1;
                }
                if (ref != null) {
                    LocalDate d = nearestYear(ref, month, day);
                    if (d != null) {
                        addDay(out, body, t.start(), toks.get(k).end(), d.getYear(), month, day, true);
                    }
                }
                return k + 1;
            }
            int y = k < toks.size() && toks.get(k).isPunct(',') ? k + 1 : k;
            int year = y < toks.size() ? yearNumber(toks.get(y)) : 0;
            if (year > 0 && !unitAfter(toks, y + 1)) {
                LocalDate start = LocalDate.of(year, month, 1);
                out.add(new DateMention(
                        String.format(Locale.ROOT, "%04d-%02d", year, month),
                        start,
                        start.with(TemporalAdjusters.lastDayOfMonth()),
                        DatePrecision.MONTH,
                        false,
                        span(body, t.start(), toks.get(y).end())));
                return y + 1;
            }
            return i + 1;
        }
        // Day first: "11 April 2019", "26 Feb"
        int day = dayNumber(t);
        if (day > 0 && i + 1 < toks.size()) {
            int m = Months.month(toks.get(i + 1).text());
            if (m > 0 && toks.get(i + 1).isWord()) {
                int k = i + 2;
                if (k < toks.size()
                        && toks.get(k).isPunct('.')
                        && toks.get(i + 1).text().length() <= 4) {
                    k++;
                }
                if (k < toks.size() && toks.get(k).isPunct(',')) {
                    k++;
                }
                int year = k < toks.size() ? yearNumber(toks.get(k)) : 0;
                if (year > 0) {
                    addDay(out, body, t.start(), toks.get(k).end(), year, m, day, false);
                    return k + 1;
                }
                if (ref != null) {
                    LocalDate d = nearestYear(ref, m, day);
                    if (d != null) {
                        addDay(out, body, t.start(), toks.get(i + 1).end(), d.getYear(), m, day, true);
                    }
                }
                return i + 2;
            }
        }
        // ISO date
        if (t.isNumber() && text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            try {
                LocalDate d = LocalDate.parse(text);
                addDay(out, body, t.start(), t.end(), d.getYear(), d.getMonthValue(), d.getDayOfMonth(), false);
            } catch (DateTimeException e) {
                // not a date
            }
            return i + 1;
        }
        // Year ranges: 2017-2018, 1986-87 (the years named, not the span between)
        if (t.isNumber() && (text.length() == 7 || text.length() == 9) && text.charAt(4) == '-') {
            int y1 = parseYear(text.substring(0, 4));
            int y2 = text.length() == 9 ? parseYear(text.substring(5)) : 0;
            if (y1 > 0 && !amountBefore(toks, i) && !unitAfter(toks, i + 1)) {
                addYear(out, body, t.start(), t.start() + 4, y1, false);
                if (y2 > y1) {
                    addYear(out, body, t.start() + 5, t.end(), y2, false);
                }
            }
            return i + 1;
        }
        // Year
        int year = yearNumber(t);
        if (year > 0) {
            if (!amountBefore(toks, i) && !unitAfter(toks, i + 1)) {
                addYear(out, body, t.start(), t.end(), year, false);
            }
            return i + 1;
        }
        if (t.isWord()) {
            String lower = t.lower();
            // mid-2020, early-2021
            int dash = lower.indexOf('-');
            if (dash > 0 && (lower.startsWith("mid-") || lower.startsWith("early-") || lower.startsWith("late-"))) {
                int y = parseYear(lower.substring(dash + 1));
                if (y > 0) {
                    addYear(out, body, t.start(), t.end(), y, false);
                    return i + 1;
                }
            }
            // 1950s, mid-1990s
            String dec = dash > 0 ? lower.substring(dash + 1) : lower;
            if (dec.length() == 5 && dec.endsWith("s") && dec.charAt(3) == '0') {
                int y = parseYear(dec.substring(0, 4));
                if (y > 0) {
                    LocalDate start = LocalDate.of(y, 1, 1);
                    out.add(new DateMention(
                            y + "s",
                            start,
                            LocalDate.of(y + 9, 12, 31),
                            DatePrecision.DECADE,
                            false,
                            span(body, t.start(), t.end())));
                    return i + 1;
                }
            }
            if (ref != null) {
                int r = relative(body, toks, i, ref, out);
                if (r > i) {
                    return r;
                }
            }
        }
        return i + 1;
    }

    /** yesterday/today/tomorrow, last|this|next week|month|year, weekdays. */
    private static int relative(String body, List<Token> toks, int i, LocalDate ref, List<DateMention> out) {
        Token t = toks.get(i);
        String lower = t.lower();
        switch (lower) {
            case "yesterday" -> {
                addDay(out, body, t.start(), t.end(), ref.minusDays(1), true);
                return i + 1;
            }
            case "today" -> {
                addDay(out, body, t.start(), t.end(), ref, true);
                return i + 1;
            }
            case "tomorrow" -> {
                addDay(out, body, t.start(), t.end(), ref.plusDays(1), true);
                return i + 1;
            }
            default -> {}
        }
        if ((lower.equals("last") || lower.equals("this") || lower.equals("next") || lower.equals("past"))
                && i + 1 < toks.size()
                && toks.get(i + 1).isWord()) {
            int delta = lower.equals("last") || lower.equals("past") ? -1 : lower.equals("next") ? 1 : 0;
            Token u = toks.get(i + 1);
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
                    out.add(new DateMention(
                            value, monday, monday.plusDays(6), DatePrecision.DAY, true, span(body, start, end)));
                    return i + 2;
                }
                case "month" -> {
                    LocalDate first = ref.withDayOfMonth(1).plusMonths(delta);
                    out.add(new DateMention(
                            first.toString().substring(0, 7),
                            first,
                            first.with(TemporalAdjusters.lastDayOfMonth()),
                            DatePrecision.MONTH,
                            true,
                            span(body, start, end)));
                    return i + 2;
                }
                case "year" -> {
                    addYear(out, body, start, end, ref.getYear() + delta, true);
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
                        addDay(out, body, start, end, d, true);
                        return i + 2;
                    }
                }
            }
            return i;
        }
        DayOfWeek dow = WEEKDAYS.get(lower);
        if (dow != null && t.isCapitalised()) {
            addDay(out, body, t.start(), t.end(), ref.with(TemporalAdjusters.previousOrSame(dow)), true);
            return i + 1;
        }
        return i;
    }

    /** The year among ref-1, ref, ref+1 that puts month/day closest to the reference date. */
    private static LocalDate nearestYear(LocalDate ref, int month, int day) {
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

    private static void addDay(
            List<DateMention> out, String body, int start, int end, int y, int m, int d, boolean relative) {
        try {
            addDay(out, body, start, end, LocalDate.of(y, m, d), relative);
        } catch (DateTimeException e) {
            // "April 31": not a date
        }
    }

    private static void addDay(List<DateMention> out, String body, int start, int end, LocalDate d, boolean relative) {
        out.add(new DateMention(d.toString(), d, d, DatePrecision.DAY, relative, span(body, start, end)));
    }

    private static void addYear(List<DateMention> out, String body, int start, int end, int year, boolean relative) {
        out.add(new DateMention(
                String.format(Locale.ROOT, "%04d", year),
                LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31),
                DatePrecision.YEAR,
                relative,
                span(body, start, end)));
    }

    private static Span span(String body, int start, int end) {
        return new Span(Span.BODY, start, end, body.substring(start, end));
    }

    /** 1..31 written as "11" or "11th". */
    private static int dayNumber(Token t) {
        String s = t.text();
        int n = s.length();
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

    private static boolean unitAfter(List<Token> toks, int k) {
        if (k >= toks.size()) {
            return false;
        }
        Token u = toks.get(k);
        if (u.isPunct('%')) {
            return true;
        }
        return u.isWord()
                && UNITS.contains(u.lower())
                && u.start() - toks.get(k - 1).end() <= 1;
    }

    private static boolean amountBefore(List<Token> toks, int i) {
        if (i == 0) {
            return false;
        }
        Token p = toks.get(i - 1);
        if (p.end() == toks.get(i).start() && p.kind() == Token.Kind.PUNCT && !p.isPunct('(') && !p.isPunct('"')) {
            return true; // "$2018", "#2018", "-2018"
        }
        if (p.isWord() && AMOUNT_BEFORE.contains(p.lower())) {
            return true;
        }
        if (p.isPunct('.')
                && i >= 2
                && toks.get(i - 2).isWord()
                && AMOUNT_BEFORE.contains(toks.get(i - 2).lower())) {
            return true; // "No. 2018"
        }
        return p.isNumber();
    }
}
