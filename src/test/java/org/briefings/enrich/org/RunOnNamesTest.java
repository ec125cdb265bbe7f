package org.briefings.enrich.org;

import static org.briefings.enrich.org.TaggedNames.expect;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Names that ran on into words that are not theirs ({@link RunOnNames}): who leads or backs a body
 * before it, a person after a head's "of". Made-up text of the shapes seen on the dev split.
 */
class RunOnNamesTest {

    /** Each pair: a sentence, then the name it holds; the run-on form is the name with its neighbours. */
    private static void bounded(String... sentenceThenName) {
        for (int k = 0; k < sentenceThenName.length; k += 2) {
            String body = sentenceThenName[k];
            String name = sentenceThenName[k + 1];
            int at = body.indexOf(name);
            String runOn = at < 0 ? name : body.substring(body.lastIndexOf(' ', at - 2) + 1, at + name.length());
            expect(body, List.of(name), List.of(runOn));
        }
    }

    @Test
    void anAttributiveCompoundBeforeANameIsNotPartOfIt() {
        bounded(
                "Fighters of the Turkish-backed Northern Rivers Liberation Front shelled the town.",
                "Northern Rivers Liberation Front",
                "The Lagos-listed Tamarind Cement Company cut prices.",
                "Tamarind Cement Company");
        assertTrue(RunOnNames.attributive("kurdish-led"));
        // a hyphen that is the name's own ("Coca-Cola") is no attributive, nor a bare ending
        assertFalse(RunOnNames.attributive("coca-cola"));
        assertFalse(RunOnNames.attributive("-led"));
        // the ending is what follows the last hyphen, however many the compound has
        assertTrue(RunOnNames.attributive("saudi-uae-backed"));
        assertFalse(RunOnNames.attributive("state-run-down"));
    }

    @Test
    void aPersonAfterAHeadsOfIsWhoLeadsTheBodyNotItsName() {
        expect(
                "Voters backed the Blue River Party of Marta Quispe in the north. "
                        + "The Supreme Unity Council of Field Marshal Tesfaye Worku met.",
                List.of("Blue River Party", "Supreme Unity Council"),
                List.of("Blue River Party of Marta Quispe", "Supreme Unity Council of Field"));
    }

    @Test
    void aComplementThatIsNoPersonStaysInTheName() {
        // a place, a one-word complement that is also a given name, and a head named after a person
        expect(
                "The Labour Party of Tasmania and the Party of Hope met at the University of Andres Bello.",
                List.of("Labour Party of Tasmania", "Party of Hope", "University of Andres Bello"),
                List.of("Labour Party"));
    }
}
