package org.briefings.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * MinHash signatures of a briefing's text, for finding copies: the same text in another wrapper (a
 * cable as a PDF and as the body of an e-mail, a report and its revision, a forwarded news item).
 *
 * <p>The text is normalised to lower-case words (letters and digits; punctuation, line breaks,
 * quoting marks and page furniture of one character vanish), cut into overlapping shingles of
 * {@value #SHINGLE} words, and each of {@value #HASHES} seeded hash functions keeps its smallest
 * value over the shingles. The share of equal positions in two signatures estimates the Jaccard
 * similarity of their shingle sets. Locality-sensitive hashing makes the candidates cheap to find:
 * the signature is cut into {@value #BANDS} bands of {@value #ROWS} values, each band becomes one
 * index term, and two texts sharing any band term are candidates (at Jaccard 0.5 they share one with
 * probability 0.87, at 0.7 with 0.9999, at 0.2 with 0.05), which {@link #similarity} then decides.
 *
 * <p>Own code rather than Lucene's {@code MinHashFilter}: the filter emits the hashes as tokens
 * for a query-time similarity, while copy grouping needs the signature itself (to estimate the
 * Jaccard similarity of a candidate pair) and fixed seeds, so that signatures written years apart
 * compare. The seeds below must never change without re-indexing.
 */
public final class MinHash {

    /** Words per shingle: five keeps "the same sentence" apart from "the same phrase". */
    public static final int SHINGLE = 5;
    /** Hash functions, i.e. values per signature. */
    public static final int HASHES = 128;
    /** LSH bands, and values per band. */
    public static final int BANDS = 32;

    public static final int ROWS = HASHES / BANDS;
    /** Texts with fewer shingles have no signature: a two-line note is not a copy of anything. */
    public static final int MIN_SHINGLES = 20;

    private static final long[] SEEDS = seeds();

    private MinHash() {}

    /** The signature of a text, or null when it is too short to have one. */
    public static int[] signature(String text) {
        long[] words = wordHashes(text);
        if (words.length - SHINGLE + 1 < MIN_SHINGLES) {
            return null;
        }
        int[] sig = new int[HASHES];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        for (int i = 0; i + SHINGLE <= words.length; i++) {
            long shingle = 0x9E3779B97F4A7C15L;
            for (int j = 0; j < SHINGLE; j++) {
                shingle = mix(shingle * 31 + words[i + j]);
            }
            // branch-free, so the compiler can run the 128 hashes in vector lanes
            for (int k = 0; k < HASHES; k++) {
                sig[k] = Math.min(sig[k], (int) (mix(shingle ^ SEEDS[k]) >>> 33));
            }
        }
        return sig;
    }

    /** The estimated Jaccard similarity of the shingle sets behind two signatures (0..1). */
    public static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    /** The band terms of a signature: one per band, prefixed by the band's number. */
    public static List<String> bands(int[] sig) {
        List<String> out = new ArrayList<>(BANDS);
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h * 0x100000001B3L + sig[b * ROWS + r]);
            }
            out.add(b + ":" + Long.toHexString(h));
        }
        return out;
    }

    /** Signature as bytes (big-endian ints), for a stored field. */
    public static byte[] toBytes(int[] sig) {
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(HASHES * 4);
        buf.asIntBuffer().put(sig);
        return buf.array();
    }

    public static int[] fromBytes(byte[] bytes, int offset, int length) {
        if (length != HASHES * 4) {
            return null;
        }
        int[] sig = new int[HASHES];
        java.nio.ByteBuffer.wrap(bytes, offset, length).asIntBuffer().get(sig);
        return sig;
    }

    /**
     * One 64-bit hash per normalised word.
     *
     * <p>The words are those of {@code text.toLowerCase(Locale.ROOT)}, read here a character at a
     * time instead of from a lower-cased copy (a copy of every body was a third of this method's time,
     * JFR 2026-12-04). For a character that is not a surrogate, U+0130 or U+03A3 the JDK lower-cases
     * the text one character for one, as {@link Character#toLowerCase(char)} does; a text with any
     * of those (a letter beyond the Basic Multilingual Plane, a dotted capital I, which becomes two
     * characters, a capital sigma, which depends on its neighbours) is lower-cased whole as before.
     * The hashes, and so every signature in an index, are the same either way.
     */
    static long[] wordHashes(String text) {
        String s = text == null ? "" : text;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c)) {
                return hashWords(s.toLowerCase(Locale.ROOT), false);
            }
        }
        return hashWords(s, true);
    }

    /** The word hashes of {@code s}, lower-casing each character on the way when {@code lower} is set. */
    static long[] hashWords(String s, boolean lower) {
        long[] out = new long[Math.max(16, s.length() / 5)];
        int n = 0;
        long h = 0;
        int len = 0;
        char previous = ' ';
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (lower) {
                c = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
            }
            if (Character.isLetterOrDigit(c)) {
                h = h * 1_000_003L + c;
                len++;
            } else if (c == '\'' || c == '\u2019' || c == '\u00AD') {
                previous = c;
                continue; // "Pyongyang's" and "Pyongyangs", soft hyphens: one word either way
            } else if (len > 0) {
                if (len > 1 || Character.isDigit(previous)) { // lone letters are list markers and furniture
                    if (n == out.length) {
                        out = java.util.Arrays.copyOf(out, n * 2);
                    }
                    out[n++] = mix(h);
                }
                h = 0;
                len = 0;
            }
            previous = c;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** SplitMix64's finaliser: a cheap, well-spread 64-bit mix. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] seeds = new long[HASHES];
        long x = 0x5EEDL; // fixed forever: signatures in the index were made with these
        for (int i = 0; i < HASHES; i++) {
            x += 0x9E3779B97F4A7C15L;
            seeds[i] = mix(x);
        }
        return seeds;
    }
}
