package org.briefings.enrich.text;

import java.util.Collection;

/**
 * A Bloom filter over the hash codes of a set of strings: two bits per string, so that most
 * strings outside the set are told apart without reading the set's table.
 *
 * <p>Why: the taggers ask their word lists and gazetteers about nearly every token and mostly hear
 * no. A large table's probe is a cache miss more than a computation (JFR, 2026-12-04: 10-13% of
 * enrichment's CPU on the line that reads a slot), while a filter of a few kilobytes stays in the
 * core's cache. A string the filter lets through is looked up as before, so a false positive costs
 * the old price, never a wrong answer.
 */
public final class HashFilter {

    private final long[] words;
    /** The number of 64-bit words, minus one (a power of two). */
    private final int mask;

    private HashFilter(int bits) {
        this.words = new long[bits >>> 6];
        this.mask = (bits >>> 6) - 1;
    }

    /**
     * A filter for {@code keys} of at most {@code maxBits} bits (a power of two, at least 512), or
     * null where that is too small to reject much: with fewer than three bits per key, two bits each
     * would let a quarter of other strings through or more, and the table alone is cheaper.
     */
    public static HashFilter of(Collection<String> keys, int maxBits) {
        // at least 16 bits per key where the cap allows
        int bits = Math.min(maxBits, Math.max(512, Integer.highestOneBit(Math.max(1, keys.size() * 16)) << 1));
        if (keys.size() * 3 > bits) {
            return null;
        }
        HashFilter f = new HashFilter(bits);
        for (String k : keys) {
            f.set(k.hashCode());
        }
        return f;
    }

    /**
     * Both of a key's bits sit in one 64-bit word (a blocked Bloom filter): the word is chosen by
     * the mixed hash's high bits, the two bits within it by the hash's and the mixed hash's low six.
     * A look-up is then one read of memory rather than two (the filter is asked for nearly every
     * token), for slightly more strings let through than two independent bits would.
     */
    private void set(int h) {
        int g = second(h);
        words[(g >>> 6) & mask] |= (1L << h) | (1L << g); // a long shift uses the low six bits
    }

    /** A second hash, the first's bits mixed (a String's hash varies mostly in its low bits). */
    private static int second(int h) {
        int g = h * 0x9E3779B9;
        return g ^ (g >>> 15);
    }

    /** False when no key has hash {@code h} ({@link String#hashCode()}); true when one may. */
    public boolean mayHold(int h) {
        int g = second(h);
        long bits = (1L << h) | (1L << g);
        return (words[(g >>> 6) & mask] & bits) == bits;
    }
}
