package org.briefings.enrich.date;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** English month names and abbreviations, shared by the date taggers (and the organisation tagger's citations). */
public final class Months {

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[] full = {
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
        for (int m = 0; m < 12; m++) {
            MONTHS.put(full[m], m + 1);
            if (m != 4) {
                MONTHS.put(full[m].substring(0, 3), m + 1);
            }
        }
        MONTHS.put("sept", 9);
    }

    private Months() {}

    /** Month number 1..12 for a capitalised month name or abbreviation, else 0. */
    public static int month(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return 0;
        }
        Integer m = MONTHS.get(word.toLowerCase(Locale.ROOT));
        return m == null ? 0 : m;
    }

    /** Month number for any case ("APRIL" in a headline, "april" in a file name), else 0. */
    static int monthAnyCase(String word) {
        Integer m = MONTHS.get(word.toLowerCase(Locale.ROOT));
        return m == null ? 0 : m;
    }
}
