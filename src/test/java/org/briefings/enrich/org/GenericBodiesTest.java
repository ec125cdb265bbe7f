package org.briefings.enrich.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.briefings.enrich.text.TextField;
import org.junit.jupiter.api.Test;

/**
 * Every generic body of the table is found where a report writes it, capitalised: the test of a
 * phrase's first word that {@link GenericBodies#find} makes before reading further must never turn
 * one away.
 */
class GenericBodiesTest {

    /** "ministry of the interior" as a report writes it: "Ministry of the Interior". */
    private static String capitalised(String phrase) {
        StringBuilder out = new StringBuilder();
        for (String w : phrase.split(" ")) {
            boolean joining = List.of("of", "the", "de", "des", "dos").contains(w);
            out.append(out.isEmpty() ? "" : " ")
                    .append(joining ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
        }
        return out.toString();
    }

    @Test
    void everyPhraseOfTheTableIsFoundCapitalised() {
        List<String> missed = new ArrayList<>();
        for (String phrase : GenericBodies.phrases().keySet()) {
            String english = GenericBodies.phrases().get(phrase);
            String written = capitalised(phrase);
            String text = "On Monday officials said that the " + written + " met again.";
            List<GenericBodies.Found> found = GenericBodies.find(TextField.of("body", text), List.of());
            boolean hit = found.stream()
                    .anyMatch(
                            f -> f.span().text().equals(written) && f.english().equals(english));
            if (!hit) {
                missed.add(written + " -> " + found);
            }
        }
        assertTrue(GenericBodies.phrases().size() > 50, "the table is read");
        assertEquals(List.of(), missed);
    }

    @Test
    void aCapitalisedWordThatOpensNoPhraseFindsNothing() {
        List<GenericBodies.Found> found =
                GenericBodies.find(TextField.of("body", "Congress and Iran spoke in January with Reuters."), List.of());
        assertEquals(List.of(), found);
    }
}
