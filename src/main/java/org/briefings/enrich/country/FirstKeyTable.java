package org.briefings.enrich.country;

import java.util.Map;
import org.briefings.enrich.country.Gazetteer.Entry;

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
    /** Two bits per key's hash. */
    private final long[] filter;
    /** {@code filter}'s size in bits, minus one (a power of two). */
    private final int filterMask;

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
        int bits = Math.min(1 << 15, Math.max(512, Integer.highestOneBit(Math.max(1, byFirstKey.size() * 16)) << 1));
        filter = new long[bits >>> 6];
        filterMask = bits - 1;
        for (String key : byFirstKey.keySet()) {
            int h = key.hashCode();
            setBit(h & filterMask);
            setBit(second(h) & filterMask);
        }
    }

    private void setBit(int bit) {
        filter[bit >>> 6] |= 1L << bit;
    }

    /** Whether the filter lets a key of hash {@code h} through (false: no key has this hash). */
    private boolean mayHold(int h) {
        return (filter[(h & filterMask) >>> 6] & (1L << h)) != 0
                && (filter[(second(h) & filterMask) >>> 6] & (1L << second(h))) != 0;
    }

    /** A second bit position, from the hash's high bits mixed down (the first uses the low bits). */
    private static int second(int h) {
        int g = h * 0x9E3779B9;
        return g ^ (g >>> 15);
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
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
        String text = t.text;
        int from = t.start[i];
        int to = t.end[i];
        int h = 0;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c >= 0x80) {
                return get(t.key(i)); // folding does more than lower-case ASCII letters
            }
            h = 31 * h + lowerAscii(c);
        }
        if (!mayHold(h)) {
            return NONE;
        }
        for (int s = spread(h) & mask; keys[s] != null; s = (s + 1) & mask) {
            if (hashes[s] == h && foldedEquals(keys[s], text, from, to)) {
                return values[s];
            }
        }
        return NONE;
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** True when the ASCII characters text[from, to), lower-cased, are {@code key}. */
    private static boolean foldedEquals(String key, String text, int from, int to) {
        if (key.length() != to - from) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (key.charAt(k - from) != lowerAscii(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
