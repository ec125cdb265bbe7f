package org.briefings.enrich.person;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefings.EntityMention;
import org.junit.jupiter.api.Test;

/**
 * People classes of the fifth round (docs/entities.md), on made-up text: the reader a message is
 * addressed to, a header label that is no part of a name, Russian given names in other cases than
 * the nominative, and things named after a given name.
 */
class AddressedNamesTest {

    private static final PersonTagger TAGGER = new PersonTagger();

    private static List<String> names(String body) {
        return TAGGER.tag("", body).stream().map(EntityMention::name).toList();
    }

    @Test
    void theReaderOfAMessageIsAPerson() {
        List<String> names = names("Hi Tom, two things before Friday.\nThe copy is late.\nBest,\nMarta");
        assertTrue(names.contains("Tom"), names.toString());
        assertFalse(names.contains("Hi Tom"), names.toString());
        assertTrue(names.contains("Marta"), names.toString());
        // a greeting word elsewhere in a sentence is no cue
        assertFalse(names("They said hello Thursday to the board.").contains("Thursday"));
    }

    @Test
    void aHeaderLabelOpeningTheNextLineIsNoPartOfAName() {
        List<String> names = names("From: desk@example.org\nTo: Lena\nSubject: Chile copy\n\nLena, the piece is late.");
        assertTrue(names.contains("Lena"), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.contains("Subject")), names.toString());
    }

    @Test
    void russianGivenNamesInOtherCasesAreGivenNames() {
        NameLists lists = NameLists.load();
        assertTrue(lists.given("сергея"));
        assertTrue(lists.given("владимиром"));
        assertTrue(lists.given("марией"));
        assertTrue(lists.given("ольгой"));
        // a word that only ends like a case is not a name
        assertFalse(lists.given("сергеевич"));
        assertFalse(lists.given("москвы"));
    }

    @Test
    void aReserveNamedAfterAGivenNameIsNotAPerson() {
        assertFalse(
                names("Farms border the Maya Biosphere Reserve in the north.").contains("Maya Biosphere Reserve"));
    }
}
