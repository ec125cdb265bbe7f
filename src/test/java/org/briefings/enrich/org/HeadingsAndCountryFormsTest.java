package org.briefings.enrich.org;

import static org.briefings.enrich.org.TaggedNames.expect;
import static org.briefings.enrich.org.TaggedNames.withCountries;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.briefings.CountryMention;
import org.junit.jupiter.api.Test;

/**
 * Twelfth-round classes of where a name ends and how its country is written (docs/entities.md): a
 * judgment's heading in capitals, whose function words and party labels end names as lower-case
 * words do; a person after a French or Spanish party's "de"; and the article before a country's
 * name that takes one ("Senate of the Philippines"). Made-up names; each test fails without its
 * rule and checks its guard.
 */
class HeadingsAndCountryFormsTest {

    @Test
    void functionWordsAndPartyLabelsInACapitalisedHeadingEndNames() {
        expect(
                "IN THE HIGH COURT OF LORVANIA AT KESTREL\nPETITION NO. 12 OF 2024\nBETWEEN\nLAW SOCIETY OF"
                        + " LORVANIA .... PETITIONER\nAND\nRESPONDENT NATIONAL HARBOUR AUTHORITY\nThe petitioner asks"
                        + " the court to quash the rules the authority made last year, which it says were never"
                        + " laid before the assembly or published in the gazette.",
                List.of("HIGH COURT OF LORVANIA", "LAW SOCIETY OF LORVANIA", "NATIONAL HARBOUR AUTHORITY"),
                List.of(
                        "HIGH COURT OF LORVANIA AT KESTREL",
                        "BETWEEN LAW SOCIETY OF LORVANIA",
                        "RESPONDENT NATIONAL HARBOUR AUTHORITY"));
    }

    @Test
    void aPersonAfterAPartysDeIsNoPartOfItsName() {
        expect(
                "Le Parti conservateur de Pierre Poilievre mène dans les sondages, et le Mouvement de Libération"
                        + " du Sahel a perdu des sièges selon les données de la semaine.",
                List.of("Parti conservateur", "Mouvement de Libération du Sahel"),
                List.of("Parti conservateur de Pierre Poilievre"));
    }

    @Test
    void aCountryWhoseNameTakesTheArticleKeepsItAfterOf() {
        assertEquals(
                List.of("Senate of the Philippines", "Supreme Court of the Philippines"),
                withCountries(
                        "The Senate voted on Monday and the Supreme Court ruled.",
                        new CountryMention("PH", "Philippines", 3, 0.9, true, List.of())));
        assertEquals(
                List.of("Senate of Peru", "Supreme Court of Peru"),
                withCountries(
                        "The Senate voted on Monday and the Supreme Court ruled.",
                        new CountryMention("PE", "Peru", 3, 0.9, true, List.of())));
    }
}
