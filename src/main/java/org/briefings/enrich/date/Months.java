package org.briefings.enrich.date;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.briefings.enrich.text.LowerMap;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.WordSet;

/** English month names and abbreviations, shared by the date taggers (and the organisation tagger's citations). */
public final class Months {

    /** Weekdays, which like months end a name rather than continue it ("the Court on Friday"). */
    private static final Set<String> WEEKDAYS =
            WordSet.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private static final String[] FULL = {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december"
    };

    /**
     * Month names and abbreviations in lower case, to their numbers; looked up from a token by
     * the hash it keeps, behind a filter of the names' hashes ({@link LowerMap}).
     */
    private static final LowerMap<Integer> MONTHS = LowerMap.copyOf(monthNames(), 1 << 10);

    private static Map<String, Integer> monthNames() {
        Map<String, Integer> names = new HashMap<>();
        for (int m = 0; m < 12; m++) {
            names.put(FULL[m], m + 1);
            if (m != 4) {
                names.put(FULL[m].substring(0, 3), m + 1);
            }
        }
        names.put("sept", 9);
        return names;
    }

    private Months() {}

    /**
     * Whether a word is as long as some month or weekday name ("may" to "wednesday", 3 to 9
     * characters): every other word is answered without lower-casing a copy of it. A word whose
     * lower case is one of these ASCII names has that name's length (only ASCII letters and the
     * Kelvin sign lower-case to ASCII letters, one character each).
     */
    private static boolean nameLength(int length) {
        return length >= 3 && length <= 9;
    }

    /** Month number 1..12 for a capitalised month name or abbreviation, else 0. */
    public static int month(String word) {
        if (!nameLength(word.length()) || !Character.isUpperCase(word.charAt(0))) {
            return 0;
        }
        Integer m = MONTHS.get(word.toLowerCase(Locale.ROOT));
        return m == null ? 0 : m;
    }

    /**
     * As {@link #month(String)} for a token, looked up by the lower case the tokenizer already
     * made ({@link Token#lower()}), so that no capitalised word is lower-cased again. The answers
     * are the same: the two lower cases differ only in curly apostrophes and hyphens, which no
     * month name holds.
     *
     * <p>Asked of every word by the date tagger, it reads neither of the token's strings for a word
     * that is no month: the length, the capital ({@link Token#isCapitalised()}, the same answer as
     * {@code Character.isUpperCase} of the first character) and the filter of the month names'
     * hashes ({@link LowerMap}) come from the token itself. The {@code HashMap}'s look-up, which
     * read the lower-case string for its hash, was 1.5% of enrichment (JFR, 2026-12-07).
     */
    public static int month(Token t) {
        if (!nameLength(t.length()) || !t.isCapitalised()) {
            return 0;
        }
        Integer m = MONTHS.get(t);
        return m == null ? 0 : m;
    }

    /**
     * Whether a word, in any case, is the full name of a weekday or a month ("Friday", "March"; not
     * the abbreviation "Mar", which is as often a word of a name).
     */
    public static boolean dayOrMonthName(String word) {
        if (!nameLength(word.length())) {
            return false;
        }
        String w = word.toLowerCase(Locale.ROOT);
        Integer m = MONTHS.get(w);
        return WEEKDAYS.contains(w) || (m != null && FULL[m - 1].equals(w));
    }

    /** Month number for any case ("APRIL" in a headline, "april" in a file name), else 0. */
    static int monthAnyCase(String word) {
        if (!nameLength(word.length())) {
            return 0;
        }
        Integer m = MONTHS.get(word.toLowerCase(Locale.ROOT));
        return m == null ? 0 : m;
    }
}
