package org.briefings.enrich;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import org.briefings.enrich.text.Words;
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
            assertArrayEquals(text.split("\\n\\s*\\n"), HeadLines.paragraphs(text));
        }
        char[] alphabet = {'a', 'b', ' ', '\t', '\n', '\n', '\n', '\r', '\u000B', '\f', '\u00A0', '\u2028', '.'};
        Random random = new Random(16);
        for (int round = 0; round < 20_000; round++) {
            String s = random(random, alphabet, 40);
            assertArrayEquals(
                    s.split("\\n\\s*\\n"), HeadLines.paragraphs(s), () -> "for [" + s.replace("\n", "\\n") + "]");
        }
    }

    @Test
    void normalisedLinesAreWhatTheExpressionsGave() {
        for (String text : SampleTexts.all()) {
            for (String line : text.split("\\n")) {
                assertEquals(normByExpression(line), HeadLines.norm(line), line);
            }
        }
        assertSameOnRandomLines(HeadSplitsTest::normByExpression, HeadLines::norm, 16);
        assertEquals("", HeadLines.norm(null));
    }

    private static String cleanTitleByExpression(String line) {
        return line.replaceFirst("^#+\\s*", "")
                .replaceAll("[*_]{2,}", "")
                .replaceAll("\\s+", " ")
                .strip();
    }

    @Test
    void cleanedTitlesAreWhatTheExpressionsGave() {
        for (String text : SampleTexts.all()) {
            for (String line : text.split("\\n")) {
                assertEquals(cleanTitleByExpression(line), HeadLines.cleanTitle(line), line);
            }
        }
        // emphasis of one, two and three marks beside white space of every kind, at either end and inside
        char[] alphabet = {
            'a', 'Z', '#', '#', '*', '*', '_', '_', ' ', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u00A0', '\u2003', '.',
            'É', '\uD83D', '\uDE00'
        };
        Random random = new Random(19);
        for (int round = 0; round < 50_000; round++) {
            String s = random(random, alphabet, 24);
            assertEquals(cleanTitleByExpression(s), HeadLines.cleanTitle(s), () -> "for [" + s + "]");
        }
    }

    /**
     * The comparison without copies answers as comparing the copies did, for a line against its own
     * normalised form (equal), against another line's and against that form changed in one place:
     * the lines and their variants are real and random, ASCII and not.
     */
    @Test
    void linesComparedWithATitleAnswerAsTheCopiesDid() {
        List<String> lines = new ArrayList<>();
        for (String text : SampleTexts.all()) {
            lines.addAll(Arrays.asList(text.split("\\n")).subList(0, Math.min(40, text.split("\\n").length)));
        }
        char[] alphabet = {
            'a', 'Z', '0', 'É', 'ß', 'İ', 'Σ', 'ς', 'ж', '٣', 'Ⅻ', '\uD835', '\uDC00', '#', ' ', '\t', '-', '.', '’',
            '_'
        };
        Random random = new Random(20);
        for (int i = 0; i < 20_000; i++) {
            lines.add(random(random, alphabet, 16));
        }
        int equal = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String own = HeadLines.norm(line);
            String other = HeadLines.norm(lines.get(random.nextInt(lines.size())));
            String changed = own.isEmpty() ? "a" : own.substring(0, own.length() - 1) + (own.endsWith("a") ? "b" : "a");
            for (String title : List.of(own, other, changed, own + " x", "")) {
                boolean expected = own.equals(title);
                equal += expected ? 1 : 0;
                assertEquals(expected, HeadLines.normEquals(line, title), () -> line + " | " + title);
                assertEquals(
                        Words.lettersAndNumbers(line, 0)
                                .toLowerCase(Locale.ROOT)
                                .equals(title),
                        Words.lettersAndNumbersEqual(line, 0, title),
                        () -> line + " | " + title);
            }
        }
        // both answers occur often
        assertTrue(equal > lines.size() && equal < 3 * lines.size(), "equal: " + equal);
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

    /** The check as it was written with {@code split}: every line after the first blank or a header line. */
    private static boolean headerLinesBySplit(String paragraph) {
        String[] lines = paragraph.strip().split("\\n");
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.isEmpty() && !StructureReader.HEADER_LINE.matcher(line).matches()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void headerLinesAfterTheFirstAreWhatSplittingGave() {
        for (String text : SampleTexts.all()) {
            for (String paragraph : HeadLines.paragraphs(text)) {
                assertEquals(
                        headerLinesBySplit(paragraph), StructureReader.onlyHeaderLinesAfterFirst(paragraph), paragraph);
            }
        }
        // lines that are blank, white space, header lines or words, joined by one or more breaks
        String[] pieces = {"", " ", "\t", "By Jane Doe", "Published: 2 May 2024", "----", "Talks resume", "\u00A0", "\r"
        };
        Random random = new Random(18);
        int headings = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder p = new StringBuilder(pieces[random.nextInt(pieces.length)]);
            for (int lines = random.nextInt(5); lines > 0; lines--) {
                p.append("\n".repeat(1 + random.nextInt(2))).append(pieces[random.nextInt(pieces.length)]);
            }
            String s = p.toString();
            boolean expected = headerLinesBySplit(s);
            headings += expected ? 1 : 0;
            assertEquals(
                    expected,
                    StructureReader.onlyHeaderLinesAfterFirst(s),
                    () -> "for [" + s.replace("\n", "\\n") + "]");
        }
        // both answers occur, so the comparison is not of one constant with another
        assertTrue(headings > 1_000 && headings < 19_000, "paragraphs of header lines only: " + headings);
    }

    private static String titleByExpression(String s) {
        return s.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
