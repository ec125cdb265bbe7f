package org.briefings.enrich.text;

/**
 * The ASCII words of one text that {@link Tokenizer} has met so far, each as the token of its
 * first occurrence, so that a word written again shares that token's strings: its text, its
 * lower-case form and its shape.
 *
 * <p>Why: a report says "the", "sanctions" and "Security Council" hundreds of times. Each new
 * string cost a copy of the characters (and, in a text with any character beyond Latin-1, a pass
 * to compress them), its lower-case form another, and every tagger's first look-up a pass to hash
 * it; a JFR profile of enrichment (2026-12-04) put some 7% of its CPU there. A shared string is
 * hashed once, and the taggers' look-ups then read the hash it keeps.
 *
 * <p>The table is found by the word's hash, computed by the tokenizer while it scans the word
 * ({@link String#hashCode()}'s formula), and confirmed by comparing characters, so a word is never
 * taken for another.
 */
final class SeenWords {

    private Token[] tokens;
    private int[] hashes;
    private int mask;
    private int size;

    SeenWords(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        tokens = new Token[capacity];
        hashes = new int[capacity];
        mask = capacity - 1;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** The token first met for the characters {@code text[from, to)}, whose hash is {@code h}; or null. */
    Token find(String text, int from, int to, int h) {
        int length = to - from;
        Token t;
        for (int i = spread(h) & mask; (t = tokens[i]) != null; i = (i + 1) & mask) {
            if (hashes[i] == h && t.text().length() == length && text.regionMatches(from, t.text(), 0, length)) {
                return t;
            }
        }
        return null;
    }

    /** Remembers {@code t}, a word not met before, whose text's hash is {@code h}. */
    void add(Token t, int h) {
        if ((size + 1) * 2 > tokens.length) {
            grow();
        }
        insert(t, h);
        size++;
    }

    private void insert(Token t, int h) {
        int i = spread(h) & mask;
        while (tokens[i] != null) {
            i = (i + 1) & mask;
        }
        tokens[i] = t;
        hashes[i] = h;
    }

    private void grow() {
        Token[] oldTokens = tokens;
        int[] oldHashes = hashes;
        tokens = new Token[oldTokens.length * 2];
        hashes = new int[oldTokens.length * 2];
        mask = tokens.length - 1;
        for (int k = 0; k < oldTokens.length; k++) {
            if (oldTokens[k] != null) {
                insert(oldTokens[k], oldHashes[k]);
            }
        }
    }
}
