package org.briefings.enrich.text;

import java.util.Map;

/**
 * An immutable map from lower-case words to values, looked up from a token by the hash of its
 * {@link Token#lower()} form that the token keeps ({@link Token#lowerHash()}).
 *
 * <p>Why not a {@code HashMap}: the taggers ask their tables about capitalised words all through a
 * text and mostly hear no. A {@code HashMap} look-up reads the word's string for its hash, then a
 * node, then the key's string: each a cache miss on a long text (JFR, 2026-12-07: the organisation
 * gazetteer's first-word map and the month names were 4.7% of enrichment on the speeches). Here a
 * filter of two bits per key ({@link HashFilter}) turns most words away from the token's own hash,
 * and the table keeps each key's hash beside it, so a string is compared only where a key has the
 * word's hash. The answers are the map's.
 */
public final class LowerMap<V> {

    private final String[] keys;
    private final int[] hashes;
    private final Object[] values;
    private final int mask;
    /** Two bits per key's hash; null where the map is too large for a filter that rejects much. */
    private final HashFilter filter;

    private final int size;

    private LowerMap(Map<String, ? extends V> map, int maxFilterBits) {
        int capacity = Integer.highestOneBit(Math.max(4, map.size() * 4 - 1)) << 1;
        keys = new String[capacity];
        hashes = new int[capacity];
        values = new Object[capacity];
        mask = capacity - 1;
        for (Map.Entry<String, ? extends V> e : map.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                throw new NullPointerException("a lower-case map holds a null key or value");
            }
            int h = e.getKey().hashCode();
            int i = spread(h) & mask;
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = e.getKey();
            hashes[i] = h;
            values[i] = e.getValue();
        }
        filter = HashFilter.of(map.keySet(), maxFilterBits);
        size = map.size();
    }

    /**
     * The entries of {@code map} (no null key or value), with a filter of at most {@code
     * maxFilterBits} bits (a power of two, at least 512) where one rejects much.
     */
    public static <V> LowerMap<V> copyOf(Map<String, ? extends V> map, int maxFilterBits) {
        return new LowerMap<>(map, maxFilterBits);
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** False when no key has the hash {@code h}; true when one may (read before reading a token). */
    public boolean mayHold(int h) {
        return filter == null || filter.mayHold(h);
    }

    /** The value for {@code t}'s {@link Token#lower()} form, or null; the form is read only where a key has its hash. */
    public V get(Token t) {
        return find(t.lowerHash(), null, t);
    }

    /** The value for {@code key}, or null. */
    public V get(String key) {
        return key == null ? null : find(key.hashCode(), key, null);
    }

    @SuppressWarnings("unchecked")
    private V find(int h, String key, Token token) {
        if (!mayHold(h)) {
            return null;
        }
        String k;
        for (int i = spread(h) & mask; (k = keys[i]) != null; i = (i + 1) & mask) {
            if (hashes[i] == h && k.equals(key != null ? key : token.lower())) {
                return (V) values[i];
            }
        }
        return null;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int size() {
        return size;
    }

    /** Whether this map keeps a filter (for tests: large maps do without). */
    public boolean filtered() {
        return filter != null;
    }
}
