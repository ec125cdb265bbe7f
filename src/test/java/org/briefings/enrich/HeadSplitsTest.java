package org.briefings.enrich;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import org.briefings.testing.SampleTexts;
import org.junit.jupiter.api.Test;

/**
 * The structure reader splits a briefing's head into paragraphs and compares a title with first
 * lines, and the title finder compares a PDF's first lines with the text after them, without
 * regular expressions (issue 16); it must give what the expressions gave, on real
 * texts and on random ones full of line breaks, white space, marks and letters of other scripts.
 */
class HeadSplitsTest {

    private static String normByExpression(String s) {
        return s.replaceFirst("^#+\\s*", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip()
                .toLowerCase(Locale.ROOT);
    }

    private static String random(Random random, char[] alphabet, int maxLength) {
        char[] text = new char[random.nextInt(maxLength)];
        for (int i = 0; i < text.length; i++) {
            text[i] = alphabet[random.nextInt(alphabet.length)];
        }
        return new String(text);
    }

    @Test
    void paragraphsAreWhatSplittingAtBlankLinesGave() {
        for (String text : SampleTexts.all()) {
            assertArrayEquals(text.split("\\n\\s*\\n"), StructureReader.paragraphs(text));
        }
        char[] alphabet = {'a', 'b', ' ', '\t', '\n', '\n', '\n', '\r', '\u000B', '\f', '\u00A0', '\u2028', '.'};
        Random random = new Random(16);
        for (int round = 0; round < 20_000; round++) {
            String s = random(random, alphabet, 40);
            assertArrayEquals(
                    s.split("\\n\\s*\\n"), StructureReader.paragraphs(s), () -> "for [" + s.replace("\n", "\\n") + "]");
        }
    }

    @Test
    void normalisedLinesAreWhatTheExpressionsGave() {
        for (String text : SampleTexts.all()) {
            for (String line : text.split("\\n")) {
                assertEquals(normByExpression(line), StructureReader.norm(line), line);
            }
        }
        assertSameOnRandomLines(HeadSplitsTest::normByExpression, StructureReader::norm, 16);
        assertEquals("", StructureReader.norm(null));
    }

    @Test
    void titleNormalisationIsWhatTheExpressionGave() {
        for (String text : SampleTexts.all()) {
            assertEquals(titleByExpression(text), TitleFinder.normalise(text));
        }
        assertSameOnRandomLines(HeadSplitsTest::titleByExpression, TitleFinder::normalise, 17);
    }

    /**
     * Random lines of ASCII, Latin-1 and other letters, numbers of three kinds (digits, Roman
     * numeral Ⅻ, ½), surrogates (a letter and an emoji, paired or not), marks, apostrophes, white
     * space and headings' #: the expression and the one-pass version must agree on each.
     */
    private static void assertSameOnRandomLines(
            Function<String, String> expression, Function<String, String> onePass, long seed) {
        char[] alphabet = {
            'a', 'Z', '0', 'É', 'ß', 'İ', 'Σ', 'ж', '٣', 'Ⅻ', '½', '\uD835', '\uDC00', '\uD83D', '\uDE00', '#', '#',
            ' ', '\t', '\n', '-', '.', '’', '\'', '\u00A0', '\u2003', '_'
        };
        Random random = new Random(seed);
        for (int round = 0; round < 20_000; round++) {
            String s = random(random, alphabet, 24);
            assertEquals(expression.apply(s), onePass.apply(s), () -> "for [" + s + "]");
        }
    }

    private static String titleByExpression(String s) {
        return s.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
