package org.briefings.enrich.text;

import java.util.Arrays;

/**
 * A text cut finer than its {@link Token}s, for the country tagger's gazetteer: a run of letters
 * and digits is a piece, every other character is a piece of its own, except spaces and control
 * characters, which are skipped; and each Han character is a piece of its own, since Chinese is
 * written without spaces. So "U.S.-Iran" is {@code U . S . - Iran} and "Korea's" is {@code Korea '
 * s}, where the tokens are {@code U.S.}, {@code -}, {@code Iran} and {@code Korea}, {@code 's}.
 *
 * <p>Why the {@link Tokenizer} makes them: the country tagger used to cut every text again in a
 * scan of its own, a second pass over each character (some 7% of enrichment's CPU on the UN
 * speeches, JFR 2026-12-07). The tokenizer already reads each character and knows, for nearly
 * every word, that it is one run of ASCII letters and digits, which is one piece; only words with
 * marks inside (hyphens, apostrophes, dots, separators of numbers) or with Han characters are cut
 * again. The tokenizer's array of the text's characters is shared with the tagger as well.
 *
 * <p>The arrays are read-only by contract: they are handed out without copies, for the tagger's
 * loops.
 */
public final class Pieces {

    private final char[] chars;
    private final int[] starts;
    private final int[] ends;
    private final int size;

    private Pieces(char[] chars, int[] starts, int[] ends, int size) {
        this.chars = chars;
        this.starts = starts;
        this.ends = ends;
        this.size = size;
    }

    /** How many pieces the text has. */
    public int size() {
        return size;
    }

    /** The text's characters (the tokenizer's copy; not to be changed). */
    public char[] chars() {
        return chars;
    }

    /** Where each piece starts, for the first {@link #size()} entries (not to be changed). */
    public int[] starts() {
        return starts;
    }

    /** Where each piece ends (exclusive), for the first {@link #size()} entries (not to be changed). */
    public int[] ends() {
        return ends;
    }

    /** CJK unified ideographs (with extension A and the compatibility block): one piece each. */
    private static boolean han(char c) {
        return (c >= '\u4e00' && c <= '\u9fff') || (c >= '\u3400' && c <= '\u4dbf') || (c >= '\uf900' && c <= '\ufaff');
    }

    /** Collects the pieces while the tokenizer reads the text. */
    static final class Builder {
        private final char[] chars;
        private int[] starts;
        private int[] ends;
        private int size;

        Builder(char[] chars, int capacity) {
            this.chars = chars;
            this.starts = new int[Math.max(16, capacity)];
            this.ends = new int[starts.length];
        }

        /** One piece, [start, end). */
        void add(int start, int end) {
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            starts[size] = start;
            ends[size] = end;
            size++;
        }

        /**
         * The pieces of the characters [start, end) of a word or number token that may hold marks
         * or Han characters: runs of letters and digits other than Han, each Han character alone,
         * each other character alone (inside a token these are its hyphens, apostrophes and dots,
         * never spaces or control characters).
         */
        void split(int start, int end) {
            int k = start;
            while (k < end) {
                char c = chars[k];
                if (!han(c) && Character.isLetterOrDigit(c)) {
                    int j = k + 1;
                    while (j < end && !han(chars[j]) && Character.isLetterOrDigit(chars[j])) {
                        j++;
                    }
                    add(k, j);
                    k = j;
                } else {
                    add(k, k + 1);
                    k++;
                }
            }
        }

        /** A punctuation token's character: a piece unless it is a control character. */
        void mark(int at) {
            if (!Character.isISOControl(chars[at])) {
                add(at, at + 1);
            }
        }

        Pieces build() {
            return new Pieces(chars, starts, ends, size);
        }
    }
}
