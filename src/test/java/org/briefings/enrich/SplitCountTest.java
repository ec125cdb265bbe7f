package org.briefings.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The summary's word count stopped splitting the paragraph (issue 16); it must count as split did. */
class SplitCountTest {

    @Test
    void countsAsSplittingOnWhiteSpaceDid() {
        char[] alphabet = {'a', 'b', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u00A0', '\u2003', '.'};
        Random random = new Random(16);
        for (int round = 0; round < 20_000; round++) {
            char[] text = new char[random.nextInt(30)];
            for (int i = 0; i < text.length; i++) {
                text[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String s = new String(text);
            int bySplit = Math.min(6, s.split("\\s+").length);
            int counted = Math.min(6, HeadLines.splitCount(s, 6));
            if (!s.isEmpty()) {
                assertEquals(bySplit, counted, () -> "for [" + s.replace("\n", "\\n") + "]");
            }
        }
    }
}
