package org.briefings.enrich.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefings.EntityMention;
import org.briefings.Span;
import org.junit.jupiter.api.Test;

class PersonTaggerTest {

    private static final PersonTagger TAGGER = new PersonTagger();

    private static List<String> names(String title, String body) {
        return TAGGER.tag(title, body).stream().map(EntityMention::name).toList();
    }

    private static EntityMention person(String title, String body, String name) {
        return TAGGER.tag(title, body).stream()
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + names(title, body)));
    }

    @Test
    void mrKimIsLinkedToKimJongUnAndNotAPersonOfHisOwn() {
        String body = "Kim Jong Un met envoys on Monday. Mr. Kim said talks would go on. Later Mr. Kim left.";
        assertEquals(List.of("Kim Jong Un"), names("", body));
        assertEquals(3, person("", body, "Kim Jong Un").count());
    }

    @Test
    void titlesAndHonorificsAreStrippedFromTheName() {
        String body = "Treasury Secretary James Baker met President Reagan and Dr. Angela Merkel. "
                + "Federal Reserve Board Chairman Paul Volcker said rates were stable.";
        List<String> names = names("", body);
        assertTrue(names.contains("James Baker"), names.toString());
        assertTrue(names.contains("Reagan"), names.toString());
        assertTrue(names.contains("Angela Merkel"), names.toString());
        assertTrue(names.contains("Paul Volcker"), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.contains("Secretary") || n.contains("Chairman")), names.toString());
    }

    @Test
    void aSurnameAloneLaterInTheTextCountsForTheFullName() {
        String body = "Donald Trump arrived in Hanoi. Talks failed after Trump walked out, and Mr. Trump flew home.";
        EntityMention trump = person("", body, "Donald Trump");
        assertEquals(3, trump.count());
        assertEquals(List.of("Donald Trump"), names("", body));
    }

    @Test
    void jordanIsASurnameBesideAGivenNameButACountryOnItsOwn() {
        String body = "Vernon Jordan told the board it should wait. Jordan said the offer was low.";
        assertEquals(List.of("Vernon Jordan"), names("", body));
        assertEquals(2, person("", body, "Vernon Jordan").count());
        assertTrue(names("", "Jordan and Israel signed a water agreement. Jordan said it was pleased.")
                .isEmpty());
    }

    @Test
    void capitalisedWordsOpeningSentencesAreNotPeople() {
        String body = "Analysts expect growth to slow. Economic data were weak, analysts said. "
                + "Our assessment is that the economic outlook is poor. Officials said little.";
        assertTrue(names("", body).isEmpty(), names("", body).toString());
    }

    @Test
    void countriesMonthsAndWeekdaysAreNotPeople() {
        String body = "North Korea said on Monday that South Korea had agreed in April. The United States said no.";
        assertTrue(names("", body).isEmpty(), names("", body).toString());
    }

    @Test
    void koreanAndChineseNamesPutTheFamilyNameFirst() {
        String body = "Moon Jae-in met Xi Jinping in Beijing. Mr. Moon thanked Mr. Xi.";
        List<String> names = names("", body);
        assertEquals(2, names.size(), names.toString());
        assertEquals(2, person("", body, "Moon Jae-in").count());
        assertEquals(2, person("", body, "Xi Jinping").count());
    }

    @Test
    void particlesStayInsideNames() {
        String body = "Secretary-General Javier Perez de Cuellar said the talks would resume.";
        assertTrue(
                names("", body).contains("Javier Perez de Cuellar"),
                names("", body).toString());
    }

    @Test
    void allCapsHeadlinesAreLinkedToPeopleNamedInTheBody() {
        String title = "VOLCKER SAYS DOLLAR FALL COULD BE COUNTERPRODUCTIVE";
        String body = "Federal Reserve Board Chairman Paul Volcker said a further fall of the dollar could hurt.";
        EntityMention volcker = person(title, body, "Paul Volcker");
        assertEquals(2, volcker.count());
        assertTrue(volcker.spans().stream()
                .anyMatch(s -> s.field().equals(Span.TITLE) && s.text().equals("VOLCKER")));
    }

    @Test
    void twoPeopleWithOneSurnameStayApart() {
        String body = "Treasury Secretary James Baker and White House chief of staff Howard Baker met. "
                + "Howard Baker said later that Baker had agreed.";
        List<String> names = names("", body);
        assertTrue(names.contains("James Baker") && names.contains("Howard Baker"), names.toString());
    }

    @Test
    void aRoleAppositionMakesAPerson() {
        String body = "Japan's Minister of International Trade and Industry, Hajime Tamura, will meet 151 companies.";
        assertTrue(names("", body).contains("Hajime Tamura"), names("", body).toString());
    }

    @Test
    void organisationsAreNotPeople() {
        String body = "The Tower Commission said the Exxon Corp report was late. Citicorp said it agreed.";
        assertTrue(names("", body).isEmpty(), names("", body).toString());
    }

    @Test
    void spansPointIntoTheirField() {
        String body = "Prime Minister Yasuhiro Nakasone spoke.";
        Span s = person("", body, "Yasuhiro Nakasone").spans().get(0);
        assertEquals(Span.BODY, s.field());
        assertEquals("Yasuhiro Nakasone", body.substring(s.start(), s.end()));
    }

    @Test
    void surnamesInCapitalsAreNamesInNormalCase() {
        String body = "KIM Il Sung led the country until 1994. His son, KIM Jong Il, succeeded him. "
                + "President Emmerson MNANGAGWA spoke, and Vice President Riek MACHAR left. MNANGAGWA returned. "
                + "State Counsellor AUNG SAN SUU KYI was detained.";
        List<String> names = names("", body);
        assertTrue(names.contains("Kim Il Sung"), names.toString());
        assertTrue(names.contains("Kim Jong Il"), names.toString());
        assertTrue(names.contains("Emmerson Mnangagwa"), names.toString());
        assertTrue(names.contains("Riek Machar"), names.toString());
        assertTrue(names.contains("Aung San Suu Kyi"), names.toString());
        assertEquals(2, person("", body, "Emmerson Mnangagwa").count());
        assertFalse(names.contains("Emmerson"), names.toString());
    }

    @Test
    void aLoneCommonWordOrCityIsNotAPersonWithoutAnHonorific() {
        String body = "President Barack Obama established SelectUSA in 2011 via Executive Order. "
                + "Addressing reporters in Kathmandu, Oli called the ruling an attack. Mr. Rice said no.";
        List<String> names = names("", body);
        assertFalse(names.contains("Order"), names.toString());
        assertFalse(names.contains("Addressing"), names.toString());
        assertTrue(names.contains("Rice"), names.toString());
    }

    @Test
    void aRegnalNumberIsPartOfTheName() {
        assertTrue(names("", "King Mohammed VI of Morocco opened the session.").contains("Mohammed VI"));
    }

    @Test
    void aTitledGivenNameIsThePersonTheBriefingIntroduced() {
        String body = "Abiy Ahmed took office in 2018. Since then Prime Minister Abiy has opened the dam.";
        assertEquals(List.of("Abiy Ahmed"), names("", body));
    }
}
