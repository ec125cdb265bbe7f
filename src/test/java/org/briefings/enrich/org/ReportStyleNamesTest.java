package org.briefings.enrich.org;

import static org.briefings.enrich.org.TaggedNames.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.briefings.Briefing;
import org.briefings.CountryMention;
import org.briefings.EntityMention;
import org.briefings.ExtractedText;
import org.briefings.enrich.Enricher;
import org.junit.jupiter.api.Test;

/**
 * Classes of the sixth round, from report-style text (CRS Markdown, government and think-tank
 * reports; docs/entities.md): linked names, agencies named by a head and its complement, national
 * chambers of a country that has none, company suffixes after a comma, think tanks and commands,
 * and the country whose bodies a report names. Made-up sentences of the same shape; each test says
 * what must be found and what must not.
 */
class ReportStyleNamesTest {

    private static final Enricher ENRICHER = new Enricher();

    private static Briefing enrich(String text) {
        return ENRICHER.enrich(
                new ExtractedText("t", "t.txt", null, "text/plain", null, text, "en", Map.of(), text.length()),
                Instant.parse("2030-01-01T00:00:00Z"));
    }

    private static List<String> orgs(Briefing b) {
        return b.organisations().stream().map(EntityMention::name).toList();
    }

    private static List<String> people(Briefing b) {
        return b.people().stream().map(EntityMention::name).toList();
    }

    private static List<String> about(Briefing b) {
        return b.aboutCountries().stream().map(CountryMention::code).toList();
    }

    @Test
    void aLinkedNameKeepsItsBracketedAcronymAndWordsOfAddressesAreNoNames() {
        Briefing b = enrich("Notes on the audit\n\nThe [Board of Rural Water Supply](https://example.org/brws/about)"
                + " (BRWS) reviewed the plan, as [Senator Ann Holloway](https://x.com/SenAnnHolloway/status/1)"
                + " asked. BRWS then wrote to https://www.example.gov/realJohnDoe/posts to say so.");
        assertTrue(orgs(b).contains("Board of Rural Water Supply"), orgs(b).toString());
        assertEquals(List.of("Ann Holloway"), people(b));
        // the acronym alone later is the same organisation, not a second value
        assertEquals(1, orgs(b).stream().filter(n -> n.contains("Rural Water")).count());
        assertTrue(orgs(b).stream().noneMatch(n -> n.contains("http") || n.contains("BRWS")), orgs(b).toString());
    }

    @Test
    void anAgencyOpeningWithAHeadAndItsComplementIsBoundedByItsAcronymWhateverItsLastWord() {
        expect(
                "The study by the Office of the Inspector of Naval Intelligence (OINI) was cited; OINI agreed.",
                List.of("Office of the Inspector of Naval Intelligence"),
                List.of());
        // a law named after a department is still a law, whether the department is known or not
        expect(
                "The Department of Harbours Appropriations Act (DHAA) passed, as did the Department of"
                        + " Homeland Security Appropriations Act.",
                List.of(),
                List.of("Department of Harbours Appropriations Act", "U.S. Department of Homeland Security"));
    }

    @Test
    void aChamberTheTextsCountryDoesNotHaveIsTheUnitedStatesOne() {
        String iran = "Iran said on Tuesday that Iranian negotiators would meet in Tehran. Iran's foreign minister"
                + " spoke. In Congress, several Members welcomed the talks, and the Senate may vote.";
        Briefing b = enrich(iran);
        assertTrue(orgs(b).containsAll(List.of("U.S. Congress", "U.S. Senate")), orgs(b).toString());
        assertTrue(orgs(b).stream().noneMatch(n -> n.contains("Iran") || n.startsWith("In ")), orgs(b).toString());
        // a country that has a Senate keeps its own
        Briefing cambodia = enrich("Cambodia held elections on Sunday. In Phnom Penh, Cambodian officials said"
                + " the Senate of the kingdom would meet. The Senate approved the budget.");
        assertTrue(orgs(cambodia).contains("Senate of Cambodia"), orgs(cambodia).toString());
    }

    @Test
    void aCommitteeOfAUsChamberNamedWithoutItsCountryIsNamedAsTheUsOne() {
        Briefing b = enrich("Hearing notes\n\nCongress returned on Monday. The Senate Harbor Safety Committee and"
                + " the House Harbor Safety Subcommittee on Tides met.");
        assertTrue(
                orgs(b).containsAll(List.of(
                        "U.S. Senate Harbor Safety Committee", "U.S. House Harbor Safety Subcommittee on Tides")),
                orgs(b).toString());
        // a committee of a chamber the text's country has stays as written
        Briefing cambodia = enrich("Cambodia held elections on Sunday. In Phnom Penh, Cambodian officials said the"
                + " Senate Harbor Safety Committee would meet.");
        assertTrue(
                orgs(cambodia).contains("Senate Harbor Safety Committee"),
                orgs(cambodia).toString());
    }

    @Test
    void aKnownNameAtTheFrontOfTheNameOfSomethingElseIsNotExtendedToIt() {
        expect(
                "Cuts were made under the Marine Corps Force Design plan, and the Marine Corps agreed.",
                List.of("U.S. Marine Corps"),
                List.of("Marine Corps Force", "U.S. Marine Corps Force"));
    }

    @Test
    void aCompanySuffixAfterACommaBelongsToTheName() {
        expect(
                "Cheese sold by Hollow Creek Dairy, LLC was recalled; Pemberton Tools, Inc. sued.",
                List.of("Hollow Creek Dairy, LLC", "Pemberton Tools, Inc."),
                List.of("Hollow Creek Dairy"));
    }

    @Test
    void thinkTanksAndCommandsHaveHeadsOfTheirOwn() {
        expect(
                "Scholars at the Lindqvist Endowment for Peace Studies and officers of the U.S. Arctic Command disagreed.",
                List.of("Lindqvist Endowment for Peace Studies", "U.S. Arctic Command"),
                List.of());
    }

    @Test
    void aReportNamingOneCountrysBodiesIsAboutThatCountryEvenWhenItNeverNamesIt() {
        Briefing b = enrich("Grant Programs: Issues\n\nFEMA awarded the grants in 2024. Congress then cut the"
                + " program, and FEMA appealed to the Office of Management and Budget.");
        assertEquals(List.of("US"), about(b));
        // a foreign central bank quoted twice beside the story's own country does not make it about
        Briefing wire = enrich(
                "TOKYO, March 3 - Japan's exports rose in February, the Japanese finance ministry"
                        + " said. Japanese officials said the Bundesbank would not cut rates; the Bundesbank declined comment.");
        assertEquals(List.of("JP"), about(wire));
    }

    @Test
    void aLongFirstLineIsCutBetweenWordsSoNoHalfNameIsTagged() {
        String first = "On February 27, the council reviewed the harbour plan and heard objections from several"
                + " residents and shop owners, from two unions and from the port authority, before the chair asked"
                + " Councillor Margaret Ellingham-Brooke and Secretary Peter Hegstrom to report back";
        Briefing b = enrich(first + "\n\nPeter Hegstrom agreed to report in March.");
        assertTrue(b.title().length() < first.length(), b.title());
        assertFalse(
                people(b).stream().anyMatch(p -> p.startsWith("Peter H") && !p.equals("Peter Hegstrom")),
                people(b).toString());
    }

    @Test
    void aFileFormatOrCurrencyInCapitalsIsNoSurname() {
        Briefing b = enrich("Reports\n\nDownload PDF for the tables. Prices in Bitcoin USD fell. Mary SOLBERG spoke.");
        assertEquals(List.of("Mary Solberg"), people(b));
    }
}
