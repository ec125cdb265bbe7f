package org.briefings.enrich.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefings.EntityMention;
import org.junit.jupiter.api.Test;

/**
 * A surname that is also a word of a longer place name ("McDonald" of Heard Island and McDonald
 * Islands, "Marshall" of the Marshall Islands) ends a name after a given name, and stays a place
 * word elsewhere (docs/entities.md, tenth round, part 3); made-up sentences.
 */
class PlaceNamedSurnamesTest {

    private static final PersonTagger TAGGER = new PersonTagger();

    private static List<String> names(String body) {
        return TAGGER.tag("", body).stream().map(EntityMention::name).toList();
    }

    @Test
    void aWordOfAnIslandsNameLastAfterAGivenNameIsASurname() {
        assertEquals(
                List.of("Mary Lou McDonald"),
                names("Party leader Mary Lou McDonald said the reserve on Heard Island and McDonald Islands was"
                        + " safe."));
        assertEquals(List.of("Anne Marshall"), names("Senator Anne Marshall objected to the bill."));
    }

    @Test
    void thePlaceItselfIsNoPerson() {
        assertTrue(
                names("The Marshall Islands delegation said it would vote no.").isEmpty());
        assertTrue(
                names("Delegates from Solomon Islands said the vote was close.").isEmpty());
        // the rest of the place name follows: still the place, not a surname
        assertTrue(names("John Solomon Islands said the vote was close.").isEmpty());
    }

    @Test
    void aWordOfACountryNameIsStillNoSurname() {
        // "Faso" only ever comes in "Burkina Faso", but "Burkina" before it is no surname either
        assertTrue(names("Ahmed Burkina Faso said the vote was close.").isEmpty());
    }
}
