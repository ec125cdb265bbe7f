package org.briefings.enrich.org;

import static org.briefings.enrich.org.TaggedNames.about;
import static org.briefings.enrich.org.TaggedNames.expect;
import static org.briefings.enrich.org.TaggedNames.withCountries;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The twelfth round's classes of bodies named in Spanish, French and Portuguese
 * (docs/entities.md): courts and councils written in lower case after an article, a French name
 * whose complement lost its elided "d'", and Portuguese names that open with their head. Made-up
 * sentences; each test fails without its rule and checks its guard.
 */
class RomanceBodiesTest {

    @Test
    void aCourtWrittenInLowerCaseAfterAnArticleIsTheSubjectCountrys() {
        assertEquals(
                List.of("Supreme Court of Chile", "Constitutional Court of Chile", "Council of State of Chile"),
                withCountries(
                        "La sentencia de la corte suprema llegó tarde; el tribunal constitucional la anuló y el"
                                + " consejo de estado calló.",
                        about("CL", "Chile")));
        assertEquals(
                List.of("Court of Cassation of Belgium"),
                withCountries("Les juges de la cour de cassation ont tranché.", about("BE", "Belgium")));
    }

    @Test
    void aLowerCaseCourtNeedsAnArticleAndNoAdjectiveAfterIt() {
        // an indefinite article describes a kind of court; "electoral" makes another body; a body
        // English writes in lower case too ("the central bank") is no name in lower case
        assertEquals(
                List.of(),
                withCountries(
                        "Pidió una corte suprema nueva. El tribunal supremo electoral votó; el banco central"
                                + " subió las tasas y la policía nacional patrulló.",
                        about("CL", "Chile")));
        // and in a text about no country it names nothing
        assertEquals(List.of(), withCountries("La sentencia de la corte suprema llegó tarde y la anuló."));
    }

    @Test
    void aFrenchNameKeepsAComplementThatLostItsElidedArticle() {
        expect(
                "Le Conseil d'État a rejeté le recours de la commune, et la Commission électorale d'Ostrelie a"
                        + " confirmé les faits dans la capitale.",
                List.of("Conseil d'État", "Commission électorale d'Ostrelie"),
                List.of("Commission électorale", "Conseil"));
        // a head alone before a verb is no name
        expect(
                "Le Conseil a rejeté le recours de la commune et les juges ont confirmé la décision.",
                List.of(),
                List.of("Conseil"));
    }

    @Test
    void aPortugueseNameOpensWithItsHead() {
        expect(
                "O Conselho Constitucional validou os resultados e o Ministério da Saúde anunciou uma"
                        + " campanha com a Universidade Eduardo Mondlane.",
                List.of("Conselho Constitucional", "Ministério da Saúde", "Universidade Eduardo Mondlane"),
                List.of("Ministério"));
    }
}
