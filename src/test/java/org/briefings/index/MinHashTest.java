package org.briefings.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Copy signatures are compared across years of indexing, so what goes into them must not move: the
 * words of a text are those of the text lower-cased whole, however they are read.
 */
class MinHashTest {

    private static final String SEPARATORS = " '’\u00AD0123456789";

    private static final String REPORT = "The Security Council met on 12 March 2019 to discuss the situation in the"
            + " Democratic People’s Republic of Korea. ";

    @Test
    void signaturesAreThoseTheIndexAlreadyHolds() {
        // recorded with the code that lower-cased each body whole before reading it (2026-12-04)
        String bmp = (REPORT + "Delegates from Genève, Москва and São Paulo spoke; the 5' mark, a) b) and"
                        + " co\u00ADoperation were NOTED. ")
                .repeat(3);
        String special = REPORT
                + "Delegates from İstanbul, Αθήνα (ΣΥΡΙΖΑ) and Москва spoke; the 5' mark and co\u00ADoperation 😀 were noted. "
                        .repeat(3);
        assertEquals(1224503803836193665L, fold(MinHash.signature(bmp)));
        assertEquals("0:22f6c835fa952427", MinHash.bands(MinHash.signature(bmp)).get(0));
        assertEquals(1726214163196573527L, fold(MinHash.signature(special)));
        assertEquals(
                "0:e230402c9b9edc84", MinHash.bands(MinHash.signature(special)).get(0));
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

    private static long fold(int[] signature) {
        long h = 17;
        for (int v : signature) {
            h = h * 31 + v;
        }
        return h;
    }
}
