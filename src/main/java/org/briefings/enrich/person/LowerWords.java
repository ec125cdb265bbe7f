package org.briefings.enrich.person;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.TokenList;

/**
 * The words a text writes in lower case, for asking whether a capitalised word is an ordinary
 * word of the text ("Said" at a sentence start, when the text also has "said").
 *
 * <p>Why a table of hashes: every lower-case word of a text is added (most of its tokens), nearly
 * all of them words already there ("the", "of"), and only a few capitalised words are ever asked.
 * A set of strings read each token and its lower-case string to add it: 4-5% of enrichment's CPU
 * (JFR, UN speeches, 2026-12-07), most of it the first read of tokens that had left the cache.
 * This table keeps, for each distinct hash, where the first word with that hash is, and is filled
 * from the token list's arrays ({@link TokenList#isWord(int)}, {@link TokenList#firstChar(int)},
 * {@link TokenList#lowerHash(int)}) without reading a token. A question compares the word with
 * that first token's lower-case form; two words of the text that share a hash are told apart by
 * reading every token with that hash, so the answers are those of a set of the words themselves.
 */
final class LowerWords {

    private final List<TokenList> lists = new ArrayList<>(2);
    /** Per slot: the hash of a lower-case word. */
    private int[] hashes;
    /** Per slot: where the first word with that hash is (list index << 32 | token index), -1 for empty. */
    private long[] places;

    private int size;

    /** A table for about {@code expected} distinct words (it grows past that). */
    LowerWords(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        hashes = new int[capacity];
        places = new long[capacity];
        Arrays.fill(places, -1L);
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** Adds every word of {@code tokens} whose first character is a lower-case letter. */
    void addLowerWords(TokenList tokens) {
        int list = lists.size();
        lists.add(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.isWord(i) && Character.isLowerCase(tokens.firstChar(i))) {
                add(tokens.lowerHash(i), (long) list << 32 | i);
            }
        }
    }

    private void add(int h, long place) {
        int mask = hashes.length - 1;
        int i = spread(h) & mask;
        while (places[i] >= 0) {
            if (hashes[i] == h) {
                return; // this hash is there: its first word stands for all words with it
            }
            i = (i + 1) & mask;
        }
        hashes[i] = h;
        places[i] = place;
        if (++size * 2 > hashes.length) {
            grow();
        }
    }

    private void grow() {
        int[] oldHashes = hashes;
        long[] oldPlaces = places;
        hashes = new int[oldHashes.length * 2];
        places = new long[oldHashes.length * 2];
        Arrays.fill(places, -1L);
        int mask = hashes.length - 1;
        for (int k = 0; k < oldHashes.length; k++) {
            if (oldPlaces[k] >= 0) {
                int i = spread(oldHashes[k]) & mask;
                while (places[i] >= 0) {
                    i = (i + 1) & mask;
                }
                hashes[i] = oldHashes[k];
                places[i] = oldPlaces[k];
            }
        }
    }

    /** Whether the text wrote {@code word} in lower case (false for null). */
    boolean contains(String word) {
        if (word == null) {
            return false;
        }
        int h = word.hashCode();
        int mask = hashes.length - 1;
        int i = spread(h) & mask;
        while (places[i] >= 0) {
            if (hashes[i] == h) {
                long place = places[i];
                Token first = lists.get((int) (place >>> 32)).get((int) place);
                return first.lower().equals(word) || anyWithHash(word, h);
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    /** Whether any lower-case word of the text is {@code word}, whose hash {@code h} another word shares. */
    private boolean anyWithHash(String word, int h) {
        for (TokenList tokens : lists) {
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.lowerHash(i) == h
                        && tokens.isWord(i)
                        && Character.isLowerCase(tokens.firstChar(i))
                        && tokens.get(i).lower().equals(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many distinct hashes of lower-case words were added (the distinct words, unless two share a hash). */
    int size() {
        return size;
    }
}
