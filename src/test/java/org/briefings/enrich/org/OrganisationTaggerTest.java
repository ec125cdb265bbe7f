package org.briefings.enrich.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefings.EntityMention;
import org.junit.jupiter.api.Test;

class OrganisationTaggerTest {

    private static final OrganisationTagger TAGGER = new OrganisationTagger();

    private static List<String> names(String title, String body) {
        return TAGGER.tag(title, body).stream().map(EntityMention::name).toList();
    }

    @Test
    void unAndTheUnitedNationsAreOneOrganisation() {
        String body = "UN sanctions bite. The United Nations said the U.N. would review them.";
        List<EntityMention> orgs = TAGGER.tag("", body);
        assertEquals(1, orgs.size(), orgs.toString());
        assertEquals("United Nations", orgs.get(0).name());
        assertEquals(3, orgs.get(0).count());
    }

    @Test
    void ecInCapitalsIsTheEuropeanCommunityButEcInLowerCaseIsNot() {
        assertEquals(List.of("European Community"), names("", "The EC agreed farm prices."));
        assertTrue(
                names("", "Prices rose (see ec. 4) and the ec figure is new.").isEmpty());
    }

    @Test
    void usIsACountryNotAnOrganisation() {
        assertTrue(names("", "The US said it would not lift sanctions, US officials said.")
                .isEmpty());
    }

    @Test
    void fedIsTheFederalReserveButFedTheVerbIsNot() {
        assertEquals(List.of("Federal Reserve"), names("", "The Fed raised rates."));
        assertTrue(names("", "Investors fed on rumours.").isEmpty());
    }

    @Test
    void allCapsHeadlinesMatchNamesAndAcronyms() {
        assertEquals(List.of("Organization of the Petroleum Exporting Countries"), names("OPEC OUTPUT RISES", ""));
        assertTrue(names("WHO SAYS WHAT", "").isEmpty());
    }

    @Test
    void unlistedOrganisationsAreFoundByTheirHeadWord() {
        List<String> names = names(
                "",
                "Shares of Exxon Corp fell after the Ministry of Unification and "
                        + "the Korea Development Institute published forecasts.");
        assertTrue(names.contains("Exxon Corp"), names.toString());
        assertTrue(names.contains("Ministry of Unification"), names.toString());
        assertTrue(names.contains("Korea Development Institute"), names.toString());
    }

    @Test
    void genericHeadsAloneNameNothing() {
        assertTrue(names("", "The Finance Ministry and the Central Bank disagreed.")
                .isEmpty());
    }

    @Test
    void anAcronymInBracketsIsLinkedToItsName() {
        EntityMention kdi = TAGGER.tag("", "The Korea Development Institute (KDI) warned. KDI expects less growth.")
                .get(0);
        assertEquals("Korea Development Institute", kdi.name());
        assertEquals(3, kdi.count());
    }

    @Test
    void treasuryBillsAreNotTheTreasury() {
        assertTrue(names("", "Treasury bills rallied.").isEmpty());
        assertEquals(List.of("U.S. Treasury"), names("", "The Treasury said it would act."));
    }

    @Test
    void peopleAndTheirTitlesDoNotJoinOrganisations() {
        List<String> names = names(
                "",
                "Council of Economic Advisers Chairman Beryl Sprinkel spoke to "
                        + "Alan Rose of First Interstate Bank.");
        assertTrue(names.contains("First Interstate Bank"), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.contains("Sprinkel") || n.contains("Rose")), names.toString());
    }

    @Test
    void acronymsOfACanonicalNameAreListed() {
        assertTrue(TAGGER.acronyms("United Nations").contains("UN"));
    }

    @Test
    void aNameIsNotCutBeforeItsOfPart() {
        OrganisationTagger tagger = new OrganisationTagger();
        for (String name : List.of(
                "Labor Party of Australia",
                "Illinois Department of Transportation",
                "Gulf of Guinea Commission",
                "National Institute for Space Research")) {
            List<String> found = tagger.tag("", "Yesterday the " + name + " said it would act.").stream()
                    .map(EntityMention::name)
                    .toList();
            assertEquals(List.of(name), found);
        }
    }

    @Test
    void aCompanySuffixKeepsItsFullStop() {
        List<String> found = new OrganisationTagger()
                .tag("", "Shares of Red River Grain Co. rose.").stream()
                        .map(EntityMention::name)
                        .toList();
        assertEquals(List.of("Red River Grain Co."), found);
    }

    @Test
    void frenchAndSpanishNamesOpenWithTheirHeadWord() {
        List<String> found = new OrganisationTagger()
                        .tag(
                                "",
                                "El Tribunal Supremo de Justicia y el Consejo Nacional Electoral callaron. El Tribunal no habló.")
                        .stream()
                        .map(EntityMention::name)
                        .toList();
        assertEquals(List.of("Tribunal Supremo de Justicia", "Consejo Nacional Electoral"), found);
    }

    @Test
    void andJoinsTheWordsOfOneNameButNotTwoNames() {
        List<String> names = names(
                "",
                "MacAndrews and Forbes Group Inc bid for Revlon. The Liberty and Progress Party won, "
                        + "and the United States and Soviet Union met the Paris Club.");
        assertTrue(names.contains("MacAndrews and Forbes Group Inc"), names.toString());
        assertTrue(names.contains("Liberty and Progress Party"), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.contains("States and")), names.toString());
    }

    @Test
    void moreHeadWordsNameUnlistedBodiesAndCompanies() {
        List<String> names = names(
                "",
                "The Norwegian Coast Guard escorted ships of Husky Energy while the National Oceanic and "
                        + "Atmospheric Administration and the State Administration Council watched.");
        assertTrue(names.contains("Norwegian Coast Guard"), names.toString());
        assertTrue(names.contains("Husky Energy"), names.toString());
        assertTrue(names.contains("National Oceanic and Atmospheric Administration"), names.toString());
        assertTrue(names.contains("State Administration Council"), names.toString());
    }

    @Test
    void aPresidencyOrAPortfolioIsNotAnOrganisation() {
        assertTrue(names("", "The Trump Administration said Saudi Energy Minister Hisham Nazer agreed.")
                .isEmpty());
    }

    @Test
    void aBracketedQualifierIsPartOfAPartysName() {
        List<String> names = names(
                "",
                "The Communist Party of Nepal (Unified Marxist-Leninist) and the Communist Party of Nepal "
                        + "(Unified Socialist) split; the Korea Development Institute (KDI) watched.");
        assertTrue(names.contains("Communist Party of Nepal (Unified Marxist-Leninist)"), names.toString());
        assertTrue(names.contains("Communist Party of Nepal (Unified Socialist)"), names.toString());
        assertTrue(names.contains("Korea Development Institute"), names.toString());
    }
}
