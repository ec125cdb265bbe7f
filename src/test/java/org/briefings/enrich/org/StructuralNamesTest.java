package org.briefings.enrich.org;

import static org.briefings.enrich.org.TaggedNames.expect;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The classes of organisation error fixed in the tenth round (docs/entities.md), each a structure
 * of the text rather than a word list: a known name inside a hyphenated compound, a publication
 * in a citation's slot, a name an acronym bounds. Made-up names and sentences; each test fails
 * without its rule and checks the guard that keeps the structure from taking what is no body.
 */
class StructuralNamesTest {

    @Test
    void aKnownNameOfSeveralWordsBeforeAHyphenatedParticipleIsTagged() {
        // a place or an era before the participle is no body: the words must be a known name
        expect(
                "Fighting paused under a United Nations-brokered truce, and a World Bank-funded survey, an"
                        + " African Union-led force, the New York-based fund and the Cold War-era pact followed.",
                List.of("United Nations", "World Bank", "African Union"),
                List.of("New York", "Cold War"));
    }

    @Test
    void aPublicationInTheSlotAfterAQuotedTitleIsTagged() {
        expect(
                "Ana Ruiz, \"Tides and Taxes,\" Coastal Economics Quarterly, vol. 12 (2019); Bo Lind,"
                        + " \"Rates,\" Studies in Marine Governance and Law, 2018; Jo Park, \"Road Costs,\" Transit"
                        + " Cost Review, Pellam Freight Institute, no. 3; Li Wei, \"Prices,\" Orvane Monthly"
                        + " Digest, DOTR (March 2022).",
                List.of(
                        "Coastal Economics Quarterly",
                        "Studies in Marine Governance and Law",
                        "Transit Cost Review",
                        "Orvane Monthly Digest"),
                List.of());
        // documents, places and people in the slot are no publication, nor is a slot the citation does not go on from
        expect(
                "Ana Ruiz, \"Tides,\" Report to Congress, May 2020; Bo Lind, \"Rates,\" Fact Sheet, March 2021;"
                        + " Jo Park, \"Costs,\" Geneva, 2019; and \"Why,\" Marta Velloni said.",
                List.of(),
                List.of("Report to Congress", "Fact Sheet", "Geneva", "Marta Velloni"));
    }

    @Test
    void anAcronymInBracketsBoundsTheNameOfAForumRallyOrOpposition() {
        expect(
                "The Forum for Civic Renewal (FCR), the Popular Rally for Progress (PRP), the United Kivu"
                        + " Opposition (UKO) and the Economic Community of Inner Lorvania (ECIL) met.",
                List.of(
                        "Forum for Civic Renewal",
                        "Popular Rally for Progress",
                        "United Kivu Opposition",
                        "Economic Community of Inner Lorvania"),
                List.of());
    }

    @Test
    void anAcronymOfTheNameInItsOwnLanguageMayTakeItsLettersInAnotherOrder() {
        expect(
                "His National Congress for Andorian Renewal (CNRA) and the Democratic National Rally (RND) won;"
                        + " the Monetary and Economic Community of Lorvania (CEML) objected.",
                List.of(
                        "National Congress for Andorian Renewal",
                        "Democratic National Rally",
                        "Monetary and Economic Community of Lorvania"),
                List.of("National Congress"));
        // a plan or a zone is no body whatever order its letters come in
        expect(
                "The Plan for Rural Growth (GRP) and the Fishing Exclusive Zone (EFZ) were renewed.",
                List.of(),
                List.of("Plan for Rural Growth", "Fishing Exclusive Zone"));
    }

    @Test
    void aBodyNounAfterTheBracketMakesANameOfOrdinaryWordsABody() {
        expect(
                "The new Hope for Our Island (HOI) party won six seats, the Together We Build (TWB) coalition"
                        + " came second, and the Tautua i le Nuu Fou (TNF) party third.",
                List.of("Hope for Our Island", "Together We Build", "Tautua i le Nuu Fou"),
                List.of());
        // after a plan or a programme the acronym names no body
        expect(
                "The Green Transition Now (GTN) plan and the Senior Citizens Housing (SCH) programme began.",
                List.of(),
                List.of("Green Transition Now", "Senior Citizens Housing"));
    }

    @Test
    void aCorporationOrCongressTakesItsComplementAndForAOpensOne() {
        expect(
                "Loans came from the Andorian Corporation for the Development of Small Farms and the Congress"
                        + " for Democratic Renewal; the Revolutionary Front for an Independent Lorvania and the"
                        + " Council for a Greener Andoria objected.",
                List.of(
                        "Andorian Corporation for the Development of Small Farms",
                        "Congress for Democratic Renewal",
                        "Revolutionary Front for an Independent Lorvania",
                        "Council for a Greener Andoria"),
                List.of("Andorian Corporation", "Revolutionary Front"));
        // a complement in lower case is no part of the name
        expect(
                "The Lorvan Corporation for decades led the market, and the Congress for a while did nothing.",
                List.of("Lorvan Corporation", "U.S. Congress"),
                List.of("Lorvan Corporation for decades"));
    }
}
