package org.briefings.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WordsTest {

    @Test
    void a_word_set_is_lower_case_and_refuses_a_word_listed_twice() {
        assertEquals(Set.of("mr", "dr"), Words.set("Mr", "dr"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Words.set("mr", "dr", "MR"));
        assertTrue(e.getMessage().contains("MR"), e.getMessage());
    }

    @Test
    void a_headline_has_more_than_three_capitals_per_lower_case_letter_and_at_least_four() {
        assertTrue(Words.mostlyUpperCase("REAGAN SAYS NO"));
        assertTrue(Words.mostlyUpperCase("McDONALD SAYS NO")); // 13 capitals, 1 lower case
        assertFalse(Words.mostlyUpperCase("Reagan says no"));
        assertFalse(Words.mostlyUpperCase("USA")); // three capitals are not a headline
        assertTrue(Words.mostlyUpperCase("USAF"));
        assertFalse(Words.mostlyUpperCase("ABCDEFab")); // 6 capitals, 2 lower: 3 per lower is not more
    }

    @Test
    void the_threshold_form_lets_a_caller_ask_for_a_stricter_ratio() {
        String oneLower = "UNITED STATEs"; // 11 capitals, 1 lower case
        assertTrue(Words.mostlyUpperCase(oneLower, 3, 4));
        assertTrue(Words.mostlyUpperCase(oneLower, 10, 3));
        assertFalse(Words.mostlyUpperCase("UNITED STAtes", 10, 3)); // 9 capitals, 3 lower case
        assertTrue(Words.mostlyUpperCase("USA", 10, 3));
        assertFalse(Words.mostlyUpperCase("US", 10, 3));
    }

    /**
     * The count stops early once no tail of capitals could change the answer; long texts whose
     * capitals come late (a lower-case preamble, then a shouted tail) must still be counted whole.
     */
    @Test
    void stopping_early_gives_the_answer_of_counting_every_letter() {
        Random random = new Random(5);
        String[] pieces = {"a", "B", " ", "é", "É", "1", "\n", "ab", "CD", "xyz", "QRST"};
        int early = 0;
        for (int k = 0; k < 5_000; k++) {
            StringBuilder sb = new StringBuilder();
            int parts = 1 + random.nextInt(400);
            int shoutFrom = random.nextInt(parts + 1); // after it only capitals and spaces
            for (int p = 0; p < parts; p++) {
                String piece = pieces[random.nextInt(pieces.length)];
                sb.append(p >= shoutFrom ? piece.toUpperCase(Locale.ROOT) : piece);
            }
            String text = sb.toString();
            int ratio = random.nextInt(12);
            int minUpper = random.nextInt(6);
            boolean expected = countedWhole(text, ratio, minUpper);
            assertEquals(expected, Words.mostlyUpperCase(text, ratio, minUpper), text + " " + ratio + " " + minUpper);
            early += expected ? 0 : 1;
        }
        assertTrue(early > 1_000, "the texts include many that are not mostly capitals: " + early);
    }

    private static boolean countedWhole(String text, int upperPerLower, int minUpper) {
        int upper = 0;
        int lower = 0;
        for (char c : text.toCharArray()) {
            upper += Character.isUpperCase(c) ? 1 : 0;
            lower += Character.isLowerCase(c) ? 1 : 0;
        }
        return upper >= minUpper && upper > upperPerLower * lower;
    }

    @Test
    void cyrillic_answers_as_the_unicode_block_does_for_every_char() {
        int cyrillic = 0;
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            boolean expected = Character.UnicodeBlock.of((char) c) == Character.UnicodeBlock.CYRILLIC;
            assertEquals(expected, Words.cyrillic((char) c), "U+" + Integer.toHexString(c));
            cyrillic += expected ? 1 : 0;
        }
        assertEquals(256, cyrillic); // the block, not the supplements: U+0500 on is another block
    }

    /**
     * The one-pass forms must answer as the expression and the stream they replaced, on random runs
     * of letters, digits, marks and every kind of white space (single spaces, runs, tabs, line ends).
     */
    @Test
    void single_spaces_and_all_letters_answer_as_the_expression_and_the_stream_did() {
        Random random = new Random(11);
        String[] pieces = {
            "a", "B", " ", "  ", "\t", "\n", "\r\n", "\u000B", "\f", "\u00A0", "é", "1", "-", "'", "Kim", ""
        };
        int unchanged = 0;
        int changed = 0;
        int letters = 0;
        for (int k = 0; k < 5_000; k++) {
            StringBuilder sb = new StringBuilder();
            int parts = random.nextInt(12);
            for (int p = 0; p < parts; p++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = sb.toString();
            String expected = Words.SPACE_RUNS.matcher(s).replaceAll(" ");
            String got = Words.singleSpaces(s);
            assertEquals(expected, got, "[" + s + "]");
            if (got == s) {
                unchanged++;
            } else {
                changed++;
            }
            boolean allLetters = s.chars().allMatch(Character::isLetter);
            assertEquals(allLetters, Words.allLetters(s), "[" + s + "]");
            letters += allLetters ? 1 : 0;
        }
        assertTrue(unchanged > 500 && changed > 500, unchanged + " unchanged, " + changed + " changed");
        assertTrue(letters > 200, "some strings are letters only: " + letters);
    }
}
