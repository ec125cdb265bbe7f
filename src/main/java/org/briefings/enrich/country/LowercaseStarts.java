package org.briefings.enrich.country;

import java.util.HashMap;
import java.util.Map;
import org.briefings.enrich.country.Gazetteer.Entry;

/**
 * The gazetteer's forms whose first word is lower-case ("the two Koreas", "mer du Japon"), looked
 * up from a word of the text that does not start with a capital.
 *
 * <p>Such a word is asked at every lower-case word of a text and nearly always starts no form, so
 * the first characters (one bit per char, 8 KB) and lengths (bit n) of those first words answer
 * most words before the token is looked up: a search of a string of the characters took 1% of
 * enrichment (JFR, 2026-12-05). A word that passes is looked up among their first keys only, and
 * the answer is every entry with that first key, lower-case or not: the array the whole gazetteer
 * holds for the key, so the matcher needs no second look-up there (JFR, 2026-12-06).
 */
final class LowercaseStarts {

    private static final Entry[] NONE = new Entry[0];

    private final FirstKeyTable firstKeys;
    private final long[] firstChars = new long[(Character.MAX_VALUE + 1) >>> 6];
    private final long lengths;

    /** From the gazetteer's entries by the folded key of their first token, longest first. */
    LowercaseStarts(Map<String, Entry[]> byFirstKey) {
        Map<String, Entry[]> lower = new HashMap<>();
        long seen = 0;
        for (Entry[] entries : byFirstKey.values()) {
            for (Entry e : entries) {
                char c = e.tokens()[0].charAt(0);
                if (Character.isLowerCase(c)) {
                    lower.put(e.keys()[0], entries); // all of them: see the class comment
                    seen |= 1L << Math.min(63, e.tokens()[0].length());
                    firstChars[c >>> 6] |= 1L << c;
                }
            }
        }
        firstKeys = new FirstKeyTable(lower);
        lengths = seen;
    }

    /** True when some form starts with a lower-case word of this first character and length. */
    private boolean mayStart(char first, int length) {
        return (lengths & (1L << Math.min(63, length))) != 0 && (firstChars[first >>> 6] & (1L << first)) != 0;
    }

    /**
     * The entries whose first token has the folded key of token {@code i}, longest first, when some
     * of them start with a lower-case word; empty otherwise.
     */
    Entry[] at(Tokens t, int i) {
        if (!mayStart(t.first(i), t.end[i] - t.start[i])) {
            return NONE;
        }
        return firstKeys.at(t, i);
    }
}
