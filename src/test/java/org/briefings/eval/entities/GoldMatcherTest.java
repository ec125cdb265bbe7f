package org.briefings.eval.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.briefings.Span;
import org.briefings.eval.entities.GoldMatcher.Counts;
import org.briefings.eval.entities.GoldMatcher.DocumentMatch;
import org.briefings.eval.entities.GoldMatcher.Offsets;
import org.briefings.eval.entities.GoldPassage.GoldEntity;
import org.junit.jupiter.api.Test;

class GoldMatcherTest {

    private static GoldEntity entity(String name, String... mentions) {
        return new GoldEntity(name, List.of(mentions));
    }

    @Test
    void keysIgnoreCaseWhitespaceALeadingTheAndAPossessive() {
        assertEquals("labor party", GoldMatcher.key("The  Labor\nParty's"));
        assertEquals("kim", GoldMatcher.key("KIM\u2019s"));
        assertEquals("theresa may", GoldMatcher.key("Theresa May"));
    }

    @Test
    void aNameMatchesTheCanonicalNameOrAnyMention() {
        List<GoldEntity> gold = List.of(entity("Korean Workers' Party", "Korean Workers' Party", "KWP"));
        assertEquals(1, GoldMatcher.document(List.of("kwp"), gold).counts().matched());
        assertEquals(
                0,
                GoldMatcher.document(List.of("Workers' Party"), gold).counts().matched());
    }

    @Test
    void aValueAlsoMatchesThroughTheFormsRecordedForIt() {
        List<GoldEntity> gold = List.of(entity("Korean Workers' Party", "Korean Workers' Party", "KWP"));
        List<String> found = List.of("Workers' Party of Korea");
        assertEquals(0, GoldMatcher.document(found, gold).counts().matched());
        DocumentMatch m = GoldMatcher.document(
                found, gold, n -> List.of(n, "WPK", "Korean Workers' Party", "Workers Party of Korea"));
        assertEquals(1, m.counts().matched());
        assertTrue(m.spurious().isEmpty() && m.missed().isEmpty());
        // forms of another organisation do not make a match
        assertEquals(
                0,
                GoldMatcher.document(found, gold, n -> List.of(n, "WPK"))
                        .counts()
                        .matched());
    }

    @Test
    void aSharedBareFormDoesNotCreditAnotherCountrysBody() {
        List<GoldEntity> gold = List.of(entity("Senate of Mexico", "Senate"));
        List<String> found = List.of("U.S. Senate");
        java.util.function.Function<String, List<String>> forms = n -> List.of(n, "Senate", "US Senate");
        // without a country check the shared form "Senate" credits the wrong body
        assertEquals(1, GoldMatcher.document(found, gold, forms).counts().matched());
        DocumentMatch m = GoldMatcher.document(found, gold, forms, (value, goldName) -> goldName.endsWith("Mexico"));
        assertEquals(0, m.counts().matched());
        assertEquals(List.of("U.S. Senate"), m.spurious());
        assertEquals(List.of("Senate of Mexico"), m.missed());
        // the same body, named by its canonical name, still matches whatever the country check says
        assertEquals(
                1,
                GoldMatcher.document(found, List.of(entity("U.S. Senate", "Senate")), forms, (v, g) -> true)
                        .counts()
                        .matched());
    }

    @Test
    void aSharedAcronymCreditsOnlyANameWithAWordInCommon() {
        java.util.function.Function<String, List<String>> forms = n -> List.of(n, "EAC");
        List<GoldEntity> eastAfrica = List.of(entity("East African Community", "EAC"));
        assertEquals(
                0,
                GoldMatcher.document(List.of("U.S. Election Assistance Commission"), eastAfrica, forms, (v, g) -> false)
                        .counts()
                        .matched());
        assertEquals(
                1,
                GoldMatcher.document(
                                List.of("The East African Community"),
                                eastAfrica,
                                n -> List.of(n, "EAC"),
                                (v, g) -> false)
                        .counts()
                        .matched());
        // a spelling variant of the same name shares its words, so the acronym still pairs them
        assertEquals(
                1,
                GoldMatcher.document(
                                List.of("Hayat Tahrir al-Sham"),
                                List.of(entity("Hay'at Tahrir al-Sham", "HTS")),
                                n -> List.of(n, "HTS"),
                                (v, g) -> false)
                        .counts()
                        .matched());
    }

    @Test
    void oneGoldEntityTakesOneValueSoAVariantListedBesideItIsSpurious() {
        DocumentMatch m = GoldMatcher.document(
                List.of("Abiy", "Abiy Ahmed"), List.of(entity("Abiy Ahmed", "Abiy Ahmed", "Abiy")));
        assertEquals(new Counts(2, 1, 1), m.counts());
        assertEquals(1, m.spurious().size());
        assertTrue(m.missed().isEmpty());
    }

    @Test
    void thePairingIsMaximalWhateverTheOrderOfValues() {
        List<GoldEntity> gold = List.of(entity("Kim Jong Un", "Kim Jong Un", "Kim"), entity("Kim Yo Jong", "Kim"));
        assertEquals(
                2,
                GoldMatcher.document(List.of("Kim", "Kim Jong Un"), gold)
                        .counts()
                        .matched());
        assertEquals(
                2,
                GoldMatcher.document(List.of("Kim Jong Un", "Kim"), gold)
                        .counts()
                        .matched());
    }

    @Test
    void goldSpansAreWholeWordsLongestFirstWithoutOverlap() {
        String text = "The Peace and Security Council of the African Union met. The African Union and UNESCO agreed.";
        Set<Offsets> spans = GoldMatcher.goldSpans(
                text,
                List.of(
                        entity(
                                "Peace and Security Council of the African Union",
                                "Peace and Security Council of the African Union"),
                        entity("African Union", "African Union"),
                        entity("United Nations", "UN")));
        int psc = text.indexOf("Peace");
        int au = text.indexOf("African Union", text.indexOf("met."));
        assertEquals(
                Set.of(
                        new Offsets(psc, psc + "Peace and Security Council of the African Union".length()),
                        new Offsets(au, au + "African Union".length())),
                spans);
    }

    @Test
    void aTaggerSpanMatchesWithoutTitleTheAndPossessive() {
        String text = "Mr. Kim's visit. The Senate voted.";
        Set<Offsets> gold = Set.of(new Offsets(4, 7), new Offsets(21, 27));
        List<Span> found = List.of(
                new Span(Span.BODY, 0, 9, "Mr. Kim's"),
                new Span(Span.BODY, 17, 27, "The Senate"),
                new Span(Span.BODY, 17, 27, "The Senate"));
        assertEquals(new Counts(3, 2, 2), GoldMatcher.spans(text, found, gold));
    }

    @Test
    void everyStoredPassageIsWellFormed() throws Exception {
        List<GoldPassage> gold = EntityGold.read();
        assertFalse(gold.isEmpty());
        for (GoldPassage p : gold) {
            assertTrue(p.split().equals("dev") || p.split().equals("test"), p.id());
            assertTrue(p.text() != null ^ p.ref() != null, p.id() + ": exactly one of text and ref");
        }
    }
}
