package org.briefings.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Copy signatures are compared across years of indexing, so what goes into them must not move: the
 * words of a text are those of the text lower-cased whole, however they are read, and the signature
 * of a text is the one the index holds. And the share of equal positions of two signatures must
 * estimate the Jaccard similarity of the two texts' shingle sets, long texts and short ones (whose
 * empty bins are filled by densification) alike, since copy grouping decides on it.
 */
class MinHashTest {

    private static final String SEPARATORS = " '’\u00AD0123456789";

    private static final String REPORT = "The Security Council met on 12 March 2019 to discuss the situation in the"
            + " Democratic People’s Republic of Korea. ";

    @Test
    void signaturesAreThoseTheIndexAlreadyHolds() {
        // recorded with one-permutation hashing (schema version 7, 2026-12-05); a change here needs
        // BriefingSchema.VERSION raised, or old and new signatures would be compared
        String bmp = (REPORT + "Delegates from Genève, Москва and São Paulo spoke; the 5' mark, a) b) and"
                        + " co\u00ADoperation were NOTED. ")
                .repeat(3);
        String special = REPORT
                + "Delegates from İstanbul, Αθήνα (ΣΥΡΙΖΑ) and Москва spoke; the 5' mark and co\u00ADoperation 😀 were noted. "
                        .repeat(3);
        assertEquals(-6556387697265382950L, fold(MinHash.signature(bmp)));
        assertEquals("0:db3347717f7ddf05", MinHash.bands(MinHash.signature(bmp)).get(0));
        assertEquals(-4500765863325533839L, fold(MinHash.signature(special)));
        assertEquals(
                "0:4860e9e1b9990fee", MinHash.bands(MinHash.signature(special)).get(0));
    }

    @Test
    void wordsAreThoseOfTheTextLowerCasedWhole() {
        List<String> edges = List.of(
                "",
                "A",
                "IMF AND UN",
                "5' 6’ x' 7",
                "ΟΔΥΣΣΕΥΣ ΣΑΣ",
                "İSTANBUL İzmir",
                "𝐀𝐁𝐂 DEF 😀😀 ghi",
                "ÀÉÎÕÜ ÆØ Ÿ ß ẞ",
                "ǅemal ǈubljana ǋ",
                "co\u00ADoperation a) b) 1) 22");
        for (String t : edges) {
            assertArrayEquals(MinHash.hashWords(t.toLowerCase(Locale.ROOT), false), MinHash.wordHashes(t), t);
        }
        Random random = new Random(16);
        for (int round = 0; round < 2000; round++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                int kind = random.nextInt(10);
                int cp = kind < 4
                        ? 'A' + random.nextInt(58) // ASCII letters and the punctuation between the cases
                        : kind < 6
                                ? SEPARATORS.charAt(random.nextInt(SEPARATORS.length()))
                                : kind < 9 ? random.nextInt(0x3000) : 0x10000 + random.nextInt(0x20000);
                if (cp < 0xD800 || cp > 0xDFFF) {
                    b.appendCodePoint(cp);
                }
            }
            String t = b.toString();
            assertArrayEquals(MinHash.hashWords(t.toLowerCase(Locale.ROOT), false), MinHash.wordHashes(t), t);
        }
    }

    @Test
    void equalPositionsEstimateTheJaccardSimilarityOfTheShingles() {
        Random random = new Random(5);
        // long texts (every bin reached) and short ones (most bins filled from others)
        for (int words : new int[] {2000, 200, 40}) {
            for (double shared : new double[] {0.0, 0.3, 0.6, 0.9}) {
                double sumError = 0;
                double worst = 0;
                int pairs = 60;
                for (int p = 0; p < pairs; p++) {
                    List<String> vocabulary = randomWords(random, 2 * words);
                    // B is A shifted by k words: A and B share the shingles of their overlap
                    int k = (int) Math.round(words * (1 - shared));
                    List<String> a = vocabulary.subList(0, words);
                    List<String> b = vocabulary.subList(k, k + words);
                    int shingles = words - MinHash.SHINGLE + 1;
                    int common = Math.max(0, words - k - MinHash.SHINGLE + 1);
                    double jaccard = common / (double) (2 * shingles - common);
                    double estimate = MinHash.similarity(
                            MinHash.signature(String.join(" ", a)), MinHash.signature(String.join(" ", b)));
                    sumError += estimate - jaccard;
                    worst = Math.max(worst, Math.abs(estimate - jaccard));
                }
                String what = words + " words, " + shared + " shared";
                // unbiased: the mean error of 60 pairs is far below one estimate's spread (<= 0.044)
                assertTrue(Math.abs(sumError / pairs) < 0.025, what + ": mean error " + sumError / pairs);
                // and no single pair far off (about four standard deviations of 128 positions)
                assertTrue(worst < 0.2, what + ": worst error " + worst);
            }
        }
    }

    @Test
    void aTextIsItsOwnCopyAndShortTextsHaveEveryBinFilled() {
        Random random = new Random(7);
        String shortText = String.join(" ", randomWords(random, MinHash.MIN_SHINGLES + MinHash.SHINGLE - 1));
        int[] sig = MinHash.signature(shortText);
        assertEquals(1.0, MinHash.similarity(sig, MinHash.signature(shortText)));
        for (int v : sig) {
            assertTrue(v >= 0 && v < Integer.MAX_VALUE, "an unfilled bin: " + v);
        }
        // one shingle fewer: no signature at all
        assertNull(
                MinHash.signature(String.join(" ", randomWords(random, MinHash.MIN_SHINGLES + MinHash.SHINGLE - 2))));
    }

    /** Distinct random lower-case words of 3 to 9 letters. */
    private static List<String> randomWords(Random random, int n) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        while (out.size() < n) {
            StringBuilder w = new StringBuilder();
            int length = 3 + random.nextInt(7);
            for (int i = 0; i < length; i++) {
                w.append((char) ('a' + random.nextInt(26)));
            }
            out.add(w.toString());
        }
        return List.copyOf(out);
    }

    private static long fold(int[] signature) {
        long h = 17;
        for (int v : signature) {
            h = h * 31 + v;
        }
        return h;
    }
}
