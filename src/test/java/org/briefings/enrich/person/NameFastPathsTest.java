package org.briefings.enrich.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.Tokenizer;
import org.briefings.testing.SampleTexts;
import org.junit.jupiter.api.Test;

/**
 * The person tagger's tests on every capitalised word take shortcuts (issue 16): Roman numerals
 * by a loop instead of a regular expression, accent folding that returns ASCII words as they are.
 * Each must answer as the regular expression or the normaliser does, on every word of real texts.
 */
class NameFastPathsTest {

    private static List<String> words() {
        List<String> out = new ArrayList<>(List.of(
                "",
                "I",
                "II",
                "XIV",
                "VI",
                "LC",
                "IVX",
                "Iv",
                "i",
                "MIX",
                "XIVth",
                "C.",
                "Andrés",
                "José-María",
                "Çelik",
                "Müller",
                "Ærø",
                "Łukasz",
                "Ñ",
                "naïve",
                "Zoë",
                "Đorđe"));
        for (String text : SampleTexts.all()) {
            for (Token t : Tokenizer.tokenize(text)) {
                out.add(t.text());
                out.add(t.lower());
            }
        }
        return out;
    }

    @Test
    void romanNumeralsAreWhatTheExpressionMatches() {
        int numerals = 0;
        for (String w : words()) {
            boolean expected = NameRuns.ROMAN.matcher(w).matches();
            assertEquals(expected, NameRuns.roman(w), () -> "for \"" + w + "\"");
            numerals += expected ? 1 : 0;
        }
        assertTrue(numerals > 0, "the words tried include Roman numerals");
    }

    @Test
    void foldingTakesOffAccentsAsTheNormaliserDoes() {
        int changed = 0;
        for (String w : words()) {
            String expected = Normalizer.normalize(w, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            assertEquals(expected, NameLists.fold(w), () -> "for \"" + w + "\"");
            changed += expected.equals(w) ? 0 : 1;
        }
        assertTrue(changed > 0, "the words tried include accented ones");
    }
}
