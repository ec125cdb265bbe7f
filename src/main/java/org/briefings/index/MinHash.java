package org.briefings.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * MinHash signatures of a briefing's text, for finding copies: the same text in another wrapper (a
 * cable as a PDF and as the body of an e-mail, a report and its revision, a forwarded news item).
 *
 * <p>The text is normalised to lower-case words (letters and digits; punctuation, line breaks,
 * quoting marks and page furniture of one character vanish) and cut into overlapping shingles of
 * {@value #SHINGLE} words. The signature is a one-permutation MinHash (Li, Owen and Zhang, 2012):
 * each shingle is hashed once, the hash's top bits pick one of {@value #HASHES} bins and the rest
 * is its value, and each bin keeps the smallest value it receives. A bin that received none (a
 * short text) takes the value of the first non-empty bin met on a fixed pseudo-random path of its
 * own (optimal densification, Shrivastava 2017); the path depends only on the bin, so two texts
 * fill their empty bins alike. As with {@value #HASHES} independent hash functions, the share of
 * equal positions in two signatures estimates the Jaccard similarity of their shingle sets, but
 * each shingle costs one hash instead of {@value #HASHES} (the 128 hashes per shingle were 14% of
 * indexing a briefing, JFR 2026-12-05).
 *
 * <p>Locality-sensitive hashing makes the candidates cheap to find: the signature is cut into
 * {@value #BANDS} bands of {@value #ROWS} values, each band becomes one index term, and two texts
 * sharing any band term are candidates (at Jaccard 0.5 they share one with probability 0.87, at
 * 0.7 with 0.9999, at 0.2 with 0.05), which {@link #similarity} then decides.
 *
 * <p>Own code rather than Lucene's {@code MinHashFilter}: the filter emits the hashes as tokens
 * for a query-time similarity, while copy grouping needs the signature itself (to estimate the
 * Jaccard similarity of a candidate pair) and fixed hashing, so that signatures written years apart
 * compare. The seed, the bins and the densification paths must never change without raising
 * {@link BriefingSchema#VERSION}, which re-indexes every file.
 */
public final class MinHash {

    /** Words per shingle: five keeps "the same sentence" apart from "the same phrase". */
    public static final int SHINGLE = 5;
    /** A bin's number is the top {@value} bits of a shingle's hash. */
    private static final int BIN_BITS = 7;

    /** Bins, i.e. values per signature. */
    public static final int HASHES = 1 << BIN_BITS;
    /** LSH bands, and values per band. */
    public static final int BANDS = 32;

    public static final int ROWS = HASHES / BANDS;
    /** Texts with fewer shingles have no signature: a two-line note is not a copy of anything. */
    public static final int MIN_SHINGLES = 20;

    /** Seeds the shingle hash; fixed forever, as the signatures in an index were made with it. */
    private static final long SEED = 0x5EED_0B1EL;

    /** A value no shingle hash gives: marks a bin that no shingle reached. */
    private static final int UNREACHED = Integer.MAX_VALUE;

    private MinHash() {}

    /** The signature of a text, or null when it is too short to have one. */
    public static int[] signature(String text) {
        long[] words = wordHashes(text);
        if (words.length - SHINGLE + 1 < MIN_SHINGLES) {
            return null;
        }
        int[] bins = new int[HASHES];
        java.util.Arrays.fill(bins, UNREACHED);
        for (int i = 0; i + SHINGLE <= words.length; i++) {
            long shingle = words[i];
            for (int j = 1; j < SHINGLE; j++) {
                shingle = shingle * 0x100000001B3L + words[i + j]; // the words are mixed already
            }
            long h = mix(shingle ^ SEED);
            int bin = (int) (h >>> (64 - BIN_BITS));
            // 30 bits from below the bin's: never negative, never UNREACHED
            int value = (int) ((h << BIN_BITS) >>> 34);
            if (value < bins[bin]) {
                bins[bin] = value;
            }
        }
        return densified(bins);
    }

    /**
     * Fills each bin no shingle reached with the value of the first reached bin on the bin's own
     * path (bins {@code probe(bin, 1)}, {@code probe(bin, 2)}, ...), which two texts share. Two
     * texts then agree on a filled bin exactly when they agree on the bin it was filled from, so the
     * share of equal positions still estimates their Jaccard similarity.
     */
    private static int[] densified(int[] bins) {
        int[] sig = bins.clone();
        for (int i = 0; i < HASHES; i++) {
            if (bins[i] != UNREACHED) {
                continue;
            }
            int found = UNREACHED;
            for (int attempt = 1; found == UNREACHED && attempt <= MAX_PROBES; attempt++) {
                found = bins[probe(i, attempt)];
            }
            for (int step = 1; found == UNREACHED; step++) {
                // a path that missed every reached bin (possible, very unlikely): the next reached bin
                found = bins[(i + step) % HASHES];
            }
            sig[i] = found;
        }
        return sig;
    }

    /** Steps along a bin's path before falling back to the next reached bin. */
    private static final int MAX_PROBES = 4 * HASHES;

    /** The {@code attempt}-th bin on bin {@code bin}'s densification path. */
    private static int probe(int bin, int attempt) {
        return (int) (mix(SEED + ((long) bin << 32) + attempt) >>> (64 - BIN_BITS));
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
        long[] hashes = hashWords(s, true);
        return hashes != null ? hashes : hashWords(s.toLowerCase(Locale.ROOT), false);
    }

    /**
     * The word hashes of {@code s}, lower-casing each character on the way when {@code lower} is
     * set; then null if {@code s} has a character that only lower-casing the whole text reads right
     * (see {@link #wordHashes}).
     */
    static long[] hashWords(String s, boolean lower) {
        long[] out = new long[Math.max(16, s.length() / 5)];
        int n = 0;
        long h = 0;
        int len = 0;
        char previous = ' ';
        // from an array: a loop over String.charAt keeps more of its index and coding checks (most
        // bodies are UTF-16 strings, for one typographic quote), 20-30% of this loop (2026-12-07)
        char[] chars = s.toCharArray();
        int length = chars.length;
        for (int i = 0; i <= length; i++) {
            char c = i < length ? chars[i] : ' ';
            int kind;
            if (c < 0x80) {
                // ASCII from a table: most of most texts, and Character's look-ups cost more
                byte k = ASCII[c];
                kind = k;
                if (lower && k == LETTER_OR_DIGIT && c <= 'Z' && c >= 'A') {
                    c = (char) (c + 32);
                }
            } else {
                if (lower) {
                    if (c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c)) {
                        return null;
                    }
                    c = Character.toLowerCase(c);
                }
                kind = Character.isLetterOrDigit(c)
                        ? LETTER_OR_DIGIT
                        : c == '\u2019' || c == '\u00AD' ? JOINER : SEPARATOR;
            }
            if (kind == LETTER_OR_DIGIT) {
                h = h * 1_000_003L + c;
                len++;
            } else if (kind == JOINER) {
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

    private static final byte SEPARATOR = 0;
    private static final byte LETTER_OR_DIGIT = 1;
    /** An apostrophe or a soft hyphen: read as if absent. */
    private static final byte JOINER = 2;

    /** The kind of each ASCII character. */
    private static final byte[] ASCII = asciiKinds();

    private static byte[] asciiKinds() {
        byte[] kinds = new byte[0x80];
        for (char c = 0; c < 0x80; c++) {
            kinds[c] = Character.isLetterOrDigit(c) ? LETTER_OR_DIGIT : c == '\'' ? JOINER : SEPARATOR;
        }
        return kinds;
    }

    /** SplitMix64's finaliser: a cheap, well-spread 64-bit mix. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
