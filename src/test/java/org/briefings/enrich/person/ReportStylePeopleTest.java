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
 * one), and a title of the time ("then-Secretary") is a title. Seventh round: a title and the
 * surname of someone named nowhere else in full, a portfolio title ("Secretary of State X"), author
 * lists with given names no list knows, sources after "according to", names listed beside a person
 * or before a quoted title, "Jr." suffixes, and school names that hold a title word.
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

    @Test
    void aTitleAndASurnameAloneAreAPerson() {
        List<String> names = names("The hearing was opened by Chairman Thornbury. Ranking Member Pellham asked about"
                + " shipbuilding. Senator Ostrander objected. The Ranking Member spoke last.");
        assertEquals(List.of("Thornbury", "Pellham", "Ostrander"), names);
    }

    @Test
    void aPortfolioTitleBeforeASurnameIsATitle() {
        assertEquals(
                List.of("Vandermeer"),
                names("Secretary of State Vandermeer met the envoy on Monday. The Secretary of State travels often."));
    }

    @Test
    void anAuthorListTakesGivenNamesNoListKnows() {
        assertEquals(List.of("Corwin Pellham", "Ansel Thornbury"), names("Authors: Pellham, Corwin; Thornbury, Ansel"));
        // a list of topics has the same punctuation and no people
        assertTrue(names("Topics: Energy, Water; Trade, Tariffs").isEmpty());
    }

    @Test
    void aSourceAfterAccordingToIsAPersonButNotABody() {
        List<String> names = names("The cost rose, according to Harlan Oxendine of the budget office. Spending fell,"
                + " according to Pew Research. Jobs grew, according to Census Bureau data.");
        assertEquals(List.of("Harlan Oxendine"), names);
    }

    @Test
    void aNameListedBesideAPersonIsAPerson() {
        List<String> names = names("The study by Daniel P. Whitcombe and Ilkka Varjonen was cited. Its data came from"
                + " Daniel P. Whitcombe and Energy Policy staff.");
        assertTrue(names.contains("Daniel P. Whitcombe") && names.contains("Ilkka Varjonen"), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.contains("Energy") || n.contains("Policy")), names.toString());
    }

    @Test
    void theAuthorOfACitedWorkIsAPerson() {
        List<String> names = names(
                "Sources: CRS analysis; Hallam Vetch, \"Grid Costs,\" Energy Journal; Grid Costs, \"A Note,\" 2020.");
        assertEquals(List.of("Hallam Vetch"), names);
    }

    @Test
    void aSuffixKeepsItsDotAndALaterSurnameJoinsThePerson() {
        List<String> names = names("Judge Peter Q. Lanford, Jr., was confirmed in May. Later Lanford wrote the opinion."
                + " Judge Ellis Brandt Jr. was nominated. Brandt waited.");
        assertEquals(List.of("Peter Q. Lanford Jr.", "Ellis Brandt Jr."), names);
    }

    @Test
    void aQuotedOfficialWithARoleAppositionIsAPerson() {
        assertEquals(
                List.of("Haskell Pendergrass"),
                names("Haskell Pendergrass, the Deputy Assistant Secretary, said the plan was ready."));
    }

    @Test
    void aSchoolNamedWithATitleWordIsNoPerson() {
        assertTrue(names("The grant went to Cambridge Judge Business School and Harwell College.")
                .isEmpty());
    }

    @Test
    void singleInitialsBeforeANameArePartOfIt() {
        assertEquals(List.of("R. Eric Pettigrew"), names("The memo by R. Eric Pettigrew was cited."));
        assertEquals(List.of("V. R. Krishna Iyer"), names("Justice V. R. Krishna Iyer wrote the opinion."));
        // a letter ending a sentence is no initial of the name that opens the next
        List<String> found = names("The seat went to Group B. Daniel Ortega said nothing.");
        assertTrue(found.contains("Daniel Ortega"), found.toString());
        assertFalse(found.stream().anyMatch(n -> n.startsWith("B.")), found.toString());
    }
}
