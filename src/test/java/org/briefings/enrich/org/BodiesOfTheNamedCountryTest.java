package org.briefings.enrich.org;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.briefings.EntityMention;
import org.briefings.ExtractedText;
import org.briefings.enrich.Enricher;
import org.junit.jupiter.api.Test;

/**
 * National bodies named by generic words take the country the text names for them (tenth round,
 * docs/entities.md): a country's possessive or adjective before the body, the country named last
 * before it in its sentence when a text is about two, a lower chamber named beside "the Senate".
 * Made-up texts on real countries, since the country gazetteer must know them; each checks the
 * guard that keeps another country's body its own.
 */
class BodiesOfTheNamedCountryTest {

    private static final Enricher ENRICHER = new Enricher();

    private static List<String> organisations(String text) {
        ExtractedText doc =
                new ExtractedText("t", "t.txt", null, "text/plain", null, text, "en", Map.of(), text.length());
        return ENRICHER.enrich(doc, Instant.parse("2026-01-01T00:00:00Z")).organisations().stream()
                .map(EntityMention::name)
                .toList();
    }

    private static void expect(String text, List<String> found, List<String> notFound) {
        List<String> names = organisations(text);
        assertTrue(names.containsAll(found), "expected " + found + " in " + names);
        assertTrue(names.stream().noneMatch(notFound::contains), "expected none of " + notFound + " in " + names);
    }

    @Test
    void aCountrysPossessiveBeforeAGenericBodyNamesThatCountrysBody() {
        expect(
                "Angola: fuel protests\nLUANDA — Angola's National Police said on Thursday that protests had"
                        + " spread. Angola's government called for calm, and Angola's High Court will hear the case.",
                List.of("National Police of Angola", "High Court of Angola"),
                List.of());
        // a person's possessive names no country, and a text about the United States has no "National Guard of"
        expect(
                "Ohio: storm\nCOLUMBUS, Ohio — The governor sent the National Guard. Governor Vance's National"
                        + " Guard plan was praised in the United States Senate.",
                List.of(),
                List.of("National Guard of United States", "National Guard of Ohio"));
    }

    @Test
    void aBareBodyInATextAboutTwoCountriesTakesTheOneItsSentenceNames() {
        expect(
                "Thailand and Cambodia: border\nBANGKOK — Thailand's prime minister was suspended over a call"
                        + " with Cambodia's former leader. Thailand closed border crossings. In Phnom Penh, the former"
                        + " leader remains president of the Senate. Thailand and Cambodia dispute the border.",
                List.of("Senate of Cambodia"),
                List.of("Senate of Thailand"));
        // with no country in its sentence the body is the country the text is most about
        expect(
                "Thailand: vote\nBANGKOK — Thailand held a vote on Sunday. The Senate approved the budget."
                        + " Thailand's economy grew.",
                List.of("Senate of Thailand"),
                List.of("U.S. Senate"));
    }

    @Test
    void aLowerChamberNamedBesideTheSenateMakesItTheSameCountrys() {
        String listedTogether = "Equatorial Guinea: one party\nMALABO — The ruling party of Equatorial Guinea holds"
                + " every seat in the Chamber of Deputies and the Senate. Equatorial Guinea is an oil producer.";
        expect(listedTogether, List.of("Senate of Equatorial Guinea"), List.of("U.S. Senate"));
        // in another sentence the Senate of a country with no Senate stays the U.S. one
        String apart = "Kuwait: budget\nKUWAIT — Kuwait's National Assembly passed the budget. In Washington, the"
                + " Senate held hearings on arms sales to Kuwait. Kuwait buys jets.";
        expect(apart, List.of("U.S. Senate"), List.of("Senate of Kuwait"));
    }
}
