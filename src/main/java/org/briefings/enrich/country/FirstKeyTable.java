package org.briefings.enrich.country;

import java.util.Map;
import org.briefings.enrich.country.Gazetteer.Entry;
import org.briefings.enrich.text.HashFilter;

/**
 * The gazetteer's entries by the folded key of their first token, looked up straight from a
 * token of the text.
 *
 * <p>Why not a map from key strings: the matcher asks at every capitalised word of every field,
 * and nearly every answer is "no form starts here". Asking a map first needs the word's folded key
 * as a string, one allocation per word; a JFR profile of enrichment (2026-12-03) put a quarter of
 * the country matcher's time in building those keys and probing the JDK's immutable map. For a
 * token of ASCII characters the folded key is the token in lower case, so this table hashes and
 * compares the token's characters, lower-cased on the fly, and builds no string; other tokens
 * (accents, Cyrillic, Arabic, Han) are folded as before and looked up by their key. The answers
 * are those of the map it is built from.
 *
 * <p>The table is large (every form's first word), so a probe is a cache miss more than a
 * computation. As in {@code text.WordSet}, a small filter of two bits per key (a Bloom filter, at
 * most 4 KB) answers most words that start no form without reading the table; a word it lets
 * through is looked up as before, so a false positive costs the old price, never a wrong answer.
 */
final class FirstKeyTable {

    private static final Entry[] NONE = new Entry[0];

    private final String[] keys;
    private final int[] hashes;
    private final Entry[][] values;
    private final int mask;
    /** Two bits per key's hash; null if the table were ever too large for one. */
    private final HashFilter filter;

    FirstKeyTable(Map<String, Entry[]> byFirstKey) {
        int capacity = Integer.highestOneBit(Math.max(4, byFirstKey.size() * 4 - 1)) << 1;
        keys = new String[capacity];
        hashes = new int[capacity];
        values = new Entry[capacity][];
        mask = capacity - 1;
        for (Map.Entry<String, Entry[]> e : byFirstKey.entrySet()) {
            int h = e.getKey().hashCode();
            int i = spread(h) & mask;
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = e.getKey();
            hashes[i] = h;
            values[i] = e.getValue();
        }
        filter = HashFilter.of(byFirstKey.keySet(), 1 << 15);
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** Whether a key of hash {@code h} may be in the table (false: none is). */
    private boolean mayHold(int h) {
        return filter == null || filter.mayHold(h);
    }

    /** Entries whose first token's folded key is {@code key}, longest first; empty when none. */
    Entry[] get(String key) {
        int h = key.hashCode();
        if (!mayHold(h)) {
            return NONE;
        }
        for (int i = spread(h) & mask; keys[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == h && keys[i].equals(key)) {
                return values[i];
            }
        }
        return NONE;
    }

    /** Entries whose first token's folded key is that of token {@code i} of {@code t}; empty when none. */
    Entry[] at(Tokens t, int i) {
        char[] text = t.chars;
        int from = t.start[i];
        int to = t.end[i];
        int h = 0;
        for (int k = from; k < to; k++) {
            char c = text[k];
            if (c >= 0x80) {
                return get(t.key(i)); // folding does more than lower-case ASCII letters
            }
            h = 31 * h + Tokens.lowerAscii(c);
        }
        if (!mayHold(h)) {
            return NONE;
        }
        for (int s = spread(h) & mask; keys[s] != null; s = (s + 1) & mask) {
            if (hashes[s] == h && Tokens.asciiKeyIs(keys[s], text, from, to)) {
                return values[s];
            }
        }
        return NONE;
    }
}
