package org.briefings.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
