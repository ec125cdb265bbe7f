package org.briefings.enrich.org;

import static org.briefings.enrich.org.TaggedNames.expect;
import static org.briefings.enrich.org.TaggedNames.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.briefings.EntityMention;
import org.briefings.ExtractedText;
import org.briefings.enrich.Enricher;
import org.junit.jupiter.api.Test;

/**
 * More classes of the fifth round (docs/entities.md): known names used for something else,
 * variants of one organisation within a briefing, the wire's bracketed company names, cited
 * publishers and newspapers, parties named by their creed, and acronyms in other languages. On
 * made-up text of the same shape, each test saying what must be found and what must not.
 */
class KnownNameUsesTest {

    @Test
    void aKnownNameOpeningTheNameOfADocumentPlaceOrEventIsNotTheBody() {
        expect(
                "The United Nations Charter is clear. Delegates met at United Nations Headquarters.",
                List.of(),
                List.of("United Nations"));
        // nor does the longer phrase become a body of its own
        expect(
                "We implement the Declaration of Indigenous Peoples and International Labour Organization Convention 169.",
                List.of(),
                List.of(
                        "International Labour Organization",
                        "Indigenous Peoples and International Labour Organization"));
        expect("The United Nations said the Charter binds all.", List.of("United Nations"), List.of());
    }

    @Test
    void aPortfolioOrAnOfficeUsedAsAPersonsTitleIsNotTheBody() {
        expect(
                "Treasury Secretary Ann Vale and U.S. Trade Representative Tom Reeve spoke.",
                List.of(),
                List.of("U.S. Treasury", "U.S. Trade Representative"));
        expect("The Treasury said the U.S. Trade Representative would decide.", List.of("U.S. Treasury"), List.of());
        // a party before a title is the body its holder belongs to, not a portfolio
        expect(
                "Budapest said a Fidesz minister resigned; Law and Justice leader Jan Nowak spoke.",
                List.of("Fidesz", "Law and Justice"),
                List.of());
    }

    @Test
    void aCompanyWithAndWithoutItsLegalSuffixIsOneValue() {
        List<String> names = names("Shares of Pellam Group Inc rose. Pellam Group said it would buy more.");
        assertEquals(List.of("Pellam Group Inc"), names);
    }

    @Test
    void anAcronymSpellingTheInitialsOfANameInTheSameTextIsThatName() {
        // "BHP" is a name the gazetteer knows: the merged value keeps it
        assertEquals(List.of("BHP"), names("Broken Hill Proprietary Co Ltd said it would merge. BHP shares rose."));
        // an acronym that fits two names of the text stays apart
        List<String> two = names(
                "Bayern Motoren Werke AG and the tuner Berliner Motor Werkstatt AG" + " traded. BMW shares rose.");
        assertTrue(two.contains("BMW"), two.toString());
        assertTrue(two.size() >= 2, two.toString());
    }

    @Test
    void aWireStorysBracketedCompanyIsOneNameEvenWithoutAHeadWord() {
        expect(
                "Bidders include <Societe Fermiere> and <Arlen Petroleum (Americas) Inc>, sources said. Not <XYZ.N>.",
                List.of("Societe Fermiere", "Arlen Petroleum (Americas) Inc"),
                List.of("XYZ.N", "XYZ", "Arlen Petroleum"));
    }

    @Test
    void thePublisherOfACitedWorkAndANewspaperNameAreOrganisations() {
        expect(
                "See Ann Vale, \"Deep Water,\" Seabright Review, August 2, 2023; Tom Reeve, \"Ports,\" Ocean Letters,"
                        + " vol. 12 (2021); \"Audit,\" Final Report OIG-21-017, March 2021.",
                List.of("Seabright Review", "Ocean Letters"),
                List.of("Final Report OIG-21-017"));
        expect(
                "The Korea Herald and the Lagos Tribune reported it.",
                List.of("Korea Herald", "Lagos Tribune"),
                List.of());
    }

    @Test
    void spellingsInOtherLanguagesOfKnownBodiesAreThoseBodies() {
        expect(
                "Die OSZE und die EZB warnten; l'OCDE aussi; ОБСЕ и Пентагона.",
                List.of(
                        "Organization for Security and Co-operation in Europe",
                        "European Central Bank",
                        "Organisation for Economic Co-operation and Development",
                        "U.S. Department of Defense"),
                List.of("OSZE", "EZB"));
    }

    @Test
    void aPartyNamedByItsCreedIsThePartyOfTheCountryTheTextIsAbout() {
        Enricher enricher = new Enricher();
        String text = "Chile votes in November. Chile's Republican Party leads the polls in Chile, and the"
                + " Communist Party backs the government of Chile.";
        List<String> orgs = enricher
                .enrich(
                        new ExtractedText("t", "t.txt", null, "text/plain", null, text, "en", Map.of(), text.length()),
                        Instant.parse("2030-01-01T00:00:00Z"))
                .organisations()
                .stream()
                .map(EntityMention::name)
                .toList();
        assertTrue(orgs.contains("Communist Party of Chile"), orgs.toString());
        assertTrue(!orgs.contains("Communist Party"), orgs.toString());
    }
}
