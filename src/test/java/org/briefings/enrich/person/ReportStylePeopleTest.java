package org.briefings.enrich.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefings.EntityMention;
import org.junit.jupiter.api.Test;

/**
 * People in report-style text (docs/entities.md, sixth round), on made-up text: names written
 * surname first in author lists are one person each in the usual order (a sign-off is not read as
 * one), and a title of the time ("then-Secretary") is a title.
 */
class ReportStylePeopleTest {

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

    @Test
    void aTitleOfTheTimeIsATitle() {
        List<String> names = names("Notes\nAccording to then-Secretary Hollenbeck, the fund was used.");
        assertEquals(List.of("Hollenbeck"), names);
        // without the title the lone surname is not enough
        assertTrue(names("Notes\nAccording to Hollenbeck, the fund was used.").isEmpty());
    }
}
