package org.briefings.enrich.country;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.briefings.enrich.country.Gazetteer.Entry;
import org.briefings.testing.SampleTexts;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FirstKeyTableTest {

    private static final Entry[] FRANCE = new Entry[1];
    private static final Entry[] COTE = new Entry[2];
    private static final Entry[] RUSSIA = new Entry[3];
    private static final Entry[] APOSTROPHE = new Entry[4];

    private static final FirstKeyTable TABLE = new FirstKeyTable(
            Map.of("france", FRANCE, Tokens.fold("Côte"), COTE, Tokens.fold("России"), RUSSIA, "'", APOSTROPHE));

    private static Entry[] at(String text, int token) {
        return TABLE.at(Tokens.of(text), token);
    }

    @Test
    void an_ascii_token_is_found_in_any_case_without_its_key() {
        assertSame(FRANCE, at("visit to France today", 2));
        assertSame(FRANCE, at("FRANCE", 0));
        assertSame(FRANCE, at("france", 0));
    }

    @Test
    void a_token_with_other_characters_is_folded_as_the_gazetteer_folds_it() {
        assertSame(COTE, at("the Côte d'Ivoire", 1));
        assertSame(COTE, at("COTE", 0));
        assertSame(FRANCE, at("Fränce", 0), "accents are folded away");
        assertSame(RUSSIA, at("из России", 1));
        assertSame(RUSSIA, at("Россия", 0), "another case form of the same stem");
        assertSame(APOSTROPHE, at("Korea\u2019s", 1), "a curly apostrophe folds to the straight one");
    }

    @Test
    void a_word_that_starts_no_form_finds_nothing() {
        assertEquals(0, at("Francesca", 0).length);
        assertEquals(0, at("Franc", 0).length);
        assertEquals(0, at("Frànc", 0).length);
        assertEquals(0, TABLE.get("germany").length);
    }

    @Test
    void looking_up_a_token_answers_as_looking_up_its_key() {
        Gazetteer g = Gazetteer.load();
        String text = "The two Koreas, the UNITED STATES and Côte d'Ivoire met in São Paulo; mer du Japon, Chad Smith.";
        Tokens t = Tokens.of(text);
        for (int i = 0; i < t.size; i++) {
            assertArrayEquals(g.startingWith(t.key(i)), g.startingAt(t, i), t.surface(i));
        }
    }

    /**
     * The matcher looks a word that does not start with a capital up only among the keys of forms
     * that start in lower case; the answer must be the whole gazetteer's whenever such a form
     * starts with the word, and empty otherwise, on real texts and on the forms that start so.
     */
    @Test
    void a_word_without_a_capital_finds_what_the_whole_gazetteer_has_when_a_form_starts_in_lower_case() {
        Gazetteer g = Gazetteer.load();
        List<String> texts = SampleTexts.with(
                "the two Koreas, mer du Japon, the Gambia, the the, la Chine, les États-Unis, de l'Inde, the other");
        int found = 0;
        for (String text : texts) {
            Tokens t = Tokens.of(text);
            for (int i = 0; i < t.size; i++) {
                if (!t.isWord(i) || t.mayStartName(i)) {
                    continue; // what the matcher asks of a word that may start a name is startingAt
                }
                Entry[] all = g.startingAt(t, i);
                boolean lowerStart = Arrays.stream(all).anyMatch(e -> Character.isLowerCase(e.tokens()[0].charAt(0)));
                Entry[] lower = g.startingLowercaseAt(t, i);
                assertArrayEquals(lowerStart ? all : new Entry[0], lower, t.surface(i));
                found += lower.length > 0 ? 1 : 0;
            }
        }
        assertTrue(found >= 3, "the forms above start with a lower-case word: " + found);
    }
}
