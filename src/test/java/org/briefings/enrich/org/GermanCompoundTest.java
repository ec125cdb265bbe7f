package org.briefings.enrich.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.Tokenizer;
import org.briefings.testing.SampleTexts;
import org.junit.jupiter.api.Test;

/**
 * {@link InflectedNames#germanCompound} compares a word only with the head-and-ending suffixes that
 * share the slot of its last two letters, and not at all when it is shorter than any compound
 * (issue 16); it must answer exactly as trying every head with every ending does, on every word of
 * real texts and on German names built from each head.
 */
class GermanCompoundTest {

    /** The rule as first written: every head, every ending, a stem of at least four letters. */
    private static boolean byEverySuffix(String lower) {
        for (String head : InflectedNames.GERMAN_COMPOUND_HEADS) {
            for (String ending : InflectedNames.GERMAN_ENDINGS) {
                String suffix = head + ending;
                if (lower.endsWith(suffix) && lower.length() - suffix.length() >= 4) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void answersAsTryingEveryHeadWithEveryEndingDoes() {
        List<String> words = new ArrayList<>(List.of(
                "bundesnachrichtendienstes",
                "wahlkommission",
                "verfassungsgericht",
                "auswärtiges",
                "amt",
                "bundesamt",
                "bundesamtes",
                "",
                "e",
                "mt",
                "samt",
                "abcdamt",
                "parlament",
                "europaparlaments",
                "behörden",
                "gesundheitsbehörde"));
        for (String head : InflectedNames.GERMAN_COMPOUND_HEADS) {
            for (String ending : InflectedNames.GERMAN_ENDINGS) {
                for (String stem : List.of("", "a", "abc", "abcd", "bundes", "landes")) {
                    words.add(stem + head + ending);
                    words.add(stem + head + ending + "x");
                }
            }
        }
        for (String text : SampleTexts.all()) {
            for (Token t : Tokenizer.tokenize(text)) {
                words.add(t.lower());
                words.add(t.text().toLowerCase(Locale.ROOT));
            }
        }
        int compounds = 0;
        for (String w : words) {
            boolean expected = byEverySuffix(w);
            assertEquals(expected, InflectedNames.germanCompound(w), () -> "for \"" + w + "\"");
            compounds += expected ? 1 : 0;
        }
        assertTrue(compounds > 100, "the words tried include compounds, not only other words");
    }
}
