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

    @Test
    void anAttributiveCompoundBeforeANameIsNotPartOfIt() {
        expect(
                "Fighters of the Turkish-backed Northern Rivers Liberation Front shelled the town.",
                List.of("Northern Rivers Liberation Front"),
                List.of("Turkish-backed Northern Rivers Liberation Front"));
        expect(
                "The Lagos-listed Tamarind Cement Company cut prices.",
                List.of("Tamarind Cement Company"),
                List.of("Lagos-listed Tamarind Cement Company"));
        assertTrue(RunOnNames.attributive("kurdish-led"));
        // a hyphen that is the name's own ("Al-Shabaab", "Coca-Cola") is no attributive
        assertFalse(RunOnNames.attributive("coca-cola"));
        assertFalse(RunOnNames.attributive("-led"));
    }

    @Test
    void aPersonAfterAHeadsOfIsWhoLeadsTheBodyNotItsName() {
        expect(
                "Voters backed the Blue River Party of Marta Quispe in the north.",
                List.of("Blue River Party"),
                List.of("Blue River Party of Marta Quispe"));
        expect(
                "The Supreme Unity Council of Field Marshal Tesfaye Worku met.",
                List.of("Supreme Unity Council"),
                List.of("Supreme Unity Council of Field"));
    }

    @Test
    void aComplementThatIsNoPersonStaysInTheName() {
        // places, a one-word complement that is also a given name, and heads named after a person
        expect(
                "The Labour Party of Tasmania and the Party of Hope met at the University of Andres Bello.",
                List.of("Labour Party of Tasmania", "Party of Hope", "University of Andres Bello"),
                List.of("Labour Party"));
    }
}
