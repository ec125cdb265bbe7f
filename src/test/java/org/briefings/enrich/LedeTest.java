package org.briefings.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.briefings.testing.SampleTexts;
import org.junit.jupiter.api.Test;

/**
 * The summary's lede is joined and cut in one pass that stops at the cut (issue 16); it must be
 * what joining every line break with the regular expression and cutting gave, for every paragraph
 * of real texts and for random ones full of white space.
 */
class LedeTest {

    private static String byExpression(String p) {
        return StructureReader.cut(p.replaceAll("\\s*\\n\\s*", " "));
    }

    @Test
    void isWhatTheExpressionAndTheCutGaveOnRealParagraphs() {
        for (String text : SampleTexts.all()) {
            for (String p : text.split("\\n\\s*\\n")) {
                assertEquals(byExpression(p), StructureReader.lede(p), () -> "for [" + p + "]");
                String stripped = p.strip();
                assertEquals(byExpression(stripped), StructureReader.lede(stripped));
            }
            // whole texts: long enough that the cut always decides
            assertEquals(byExpression(text), StructureReader.lede(text));
        }
    }

    @Test
    void isWhatTheExpressionAndTheCutGaveOnRandomText() {
        char[] alphabet = {'a', 'b', '.', ' ', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u00A0', '\u2003'};
        Random random = new Random(16);
        for (int round = 0; round < 5_000; round++) {
            char[] text = new char[random.nextInt(1_400)];
            for (int i = 0; i < text.length; i++) {
                text[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String s = new String(text);
            assertEquals(byExpression(s), StructureReader.lede(s), () -> "for [" + s.replace("\n", "\\n") + "]");
        }
    }
}
