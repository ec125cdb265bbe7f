package org.briefings.enrich.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefings.EntityMention;
import org.junit.jupiter.api.Test;

/**
 * Names written surname first in the author lists of reports (docs/entities.md, sixth round), on
 * made-up text: each is one person named in the usual order, and a sign-off or a sentence is not
 * read as one.
 */
class InvertedNamesTest {

    private static final PersonTagger TAGGER = new PersonTagger();

    private static List<String> names(String body) {
        return TAGGER.tag("", body).stream().map(EntityMention::name).toList();
    }

    @Test
    void anAuthorListItemIsOnePersonInTheUsualOrder() {
        List<String> names = names("Authors: Harlow, Simon T.; Okafor, Maria\nThe report was reviewed in May.");
        assertEquals(List.of("Simon T. Harlow", "Maria Okafor"), names);
        // not the given name cut at its initial
        assertFalse(names.contains("Simon T"), names.toString());
    }

    @Test
    void aLaterSurnameWithATitleJoinsThePersonTheListIntroduced() {
        List<String> names = names("Author: Harlow, Simon T.\nAs Dr. Harlow notes, the data are thin.");
        assertEquals(List.of("Simon T. Harlow"), names);
    }

    @Test
    void aSignOffOrASentenceIsNotAnInvertedName() {
        List<String> signed = names("The copy is late.\nThanks,\nMarta");
        assertTrue(signed.contains("Marta") && signed.stream().noneMatch(n -> n.contains("Thanks")), signed.toString());
        List<String> best = names("The copy is late.\nBest, Joy");
        assertTrue(best.contains("Joy") && best.stream().noneMatch(n -> n.contains("Best")), best.toString());
    }
}
