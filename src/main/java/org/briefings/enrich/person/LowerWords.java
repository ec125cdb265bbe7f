package org.briefings.enrich.person;

/**
 * The words a text writes in lower case, for asking whether a capitalised word is an ordinary
 * word of the text ("Said" at a sentence start, when the text also has "said").
 *
 * <p>Why not a {@code HashSet}: every lower-case token of a text is added, nearly all of them
 * words already there ("the", "of"), and only a few capitalised words are ever asked. The
 * {@code HashSet} spent 3% of enrichment's CPU on the adds (JFR, UN speeches, 2026-12-05): a node
 * per word, and a string comparison on every bucket it meets. This table keeps each word's hash
 * beside it, compares strings only where the hashes are equal, and holds at most half its slots.
 */
final class LowerWords {

    private String[] words;
    private int[] hashes;
    private int size;

    /** A table for about {@code expected} distinct words (it grows past that). */
    LowerWords(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        words = new String[capacity];
        hashes = new int[capacity];
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** Adds {@code word} (not null) if it is not there yet. */
    void add(String word) {
        int h = word.hashCode();
        int i = slot(word, h);
        if (words[i] != null) {
            return;
        }
        words[i] = word;
        hashes[i] = h;
        if (++size * 2 > words.length) {
            grow();
        }
    }

    /** The slot that holds {@code word}, or the empty slot where it would go. */
    private int slot(String word, int h) {
        int mask = words.length - 1;
        int i = spread(h) & mask;
        String w;
        while ((w = words[i]) != null && !(hashes[i] == h && w.equals(word))) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        String[] oldWords = words;
        int[] oldHashes = hashes;
        words = new String[oldWords.length * 2];
        hashes = new int[oldWords.length * 2];
        int mask = words.length - 1;
        for (int k = 0; k < oldWords.length; k++) {
            if (oldWords[k] != null) {
                int i = spread(oldHashes[k]) & mask;
                while (words[i] != null) {
                    i = (i + 1) & mask;
                }
                words[i] = oldWords[k];
                hashes[i] = oldHashes[k];
            }
        }
    }

    /** Whether the text wrote {@code word} in lower case (false for null). */
    boolean contains(String word) {
        return word != null && words[slot(word, word.hashCode())] != null;
    }

    /** How many distinct words were added. */
    int size() {
        return size;
    }
}
