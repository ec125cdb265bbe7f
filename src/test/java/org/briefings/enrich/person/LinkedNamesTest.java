package org.briefings.enrich.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefings.EntityMention;
import org.briefings.enrich.org.OrganisationTagger;
import org.junit.jupiter.api.Test;

/**
 * People of news and report text introduced by what links them to others (docs/entities.md, eighth
 * round; ninth round: cities that are no person, an office's holder, whole names in capitals): a name after "led by" or "loyal to", and a name before "of" and a party or body the text
 * names. Made-up text; each test fails without its cue. A given name no list knows ("Darsen",
 * "Ilvo") keeps the name's first word from being the cue itself.
 */
class LinkedNamesTest {

    private static final OrganisationTagger ORGS = new OrganisationTagger();
    private static final PersonTagger TAGGER = new PersonTagger(ORGS);

    private static List<String> names(String body) {
        return TAGGER.tag("", body, ORGS.tag("", body)).stream()
                .map(EntityMention::name)
                .toList();
    }

    @Test
    void aNameAfterLedByOrLoyalToIsAPerson() {
        assertEquals(
                List.of("Darsen Kilvar", "Ilvo Marrant"),
                names("The coalition led by Darsen Kilvar came third; gunmen loyal to Ilvo Marrant fled."));
    }

    @Test
    void aNameBeforeOfAndAPartyIsAPerson() {
        List<String> names = names("The incumbent Darsen Kilvar of the National Unity Party conceded.");
        assertTrue(names.contains("Darsen Kilvar"), names.toString());
        // "of" and something that is no organisation is no cue: "Ilvo Marrant of the coast"
        assertEquals(List.of(), names("Ilvo Marrant of the coast."));
    }

    @Test
    void aCityOfTheGazetteerIsNoPerson() {
        // two-word capitals and dateline towns: "Phnom Penh said", "in Pedro Juan Caballero"
        List<String> names = names("Phnom Penh said the talks went well. Kuala Lumpur agreed, and"
                + " smugglers met in Pedro Juan Caballero.");
        assertEquals(List.of(), names);
        // a title still makes a person of a name that is also a place
        assertTrue(names("President Santa Cruz spoke.").contains("Santa Cruz"));
    }

    @Test
    void theHolderNamedAfterAnOfficesTitleIsAPerson() {
        assertTrue(names("The Office of the Deputy Attorney General Darsen Kilvar declined to comment.")
                .contains("Darsen Kilvar"));
    }

    @Test
    void wholeNamesInCapitalsWhereTheTextWritesSurnamesInCapitals() {
        // the house style shown by "Darsen KILVAR" makes "VORN TALEK" a name
        List<String> names = names("Premier Darsen KILVAR met VORN TALEK, and his son VORN MARET spoke.");
        assertTrue(names.containsAll(List.of("Darsen Kilvar", "Vorn Talek", "Vorn Maret")), names.toString());
        // without that style two words in capitals are no name, nor is an acronym the text defines
        assertEquals(List.of(), names("Later VORN TALEK spoke."));
        assertTrue(!names("Darsen KILVAR runs the Trade Fund (TAVO) and the Nodal Office (NOLA); TAVO NOLA grants.")
                .contains("Tavo Nola"));
    }
}
