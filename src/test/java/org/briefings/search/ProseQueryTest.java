package org.briefings.search;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import org.briefings.Briefing;
import org.briefings.engine.GazetteerCountryCodes;
import org.briefings.enrich.country.Gazetteer;
import org.briefings.index.LuceneIndex;
import org.briefings.testing.Briefings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Questions typed as prose: punctuation, relaxing to most of the words, and "did you mean". */
class ProseQueryTest {

    @TempDir
    static Path dir;

    static LuceneIndex index;
    static BriefingSearcher searcher;

    @BeforeAll
    static void indexSomeBriefings() throws Exception {
        index = LuceneIndex.open(dir.resolve("index"));
        List<Briefing> all = List.of(
                Briefings.of(
                        "Foreign holdings of federal debt",
                        "Foreign investors hold about a third of the public debt of the United States.",
                        "2025-03-01",
                        List.of("US"),
                        List.of("JP", "CN"),
                        List.of()),
                Briefings.of(
                        "Iran and nuclear weapons",
                        "Iran could produce enough weapons-grade uranium for a bomb within weeks.",
                        "2025-06-01",
                        List.of("IR"),
                        List.of(),
                        List.of()),
                Briefings.of(
                        "Copper tariffs",
                        "Tariffs on copper imports were imposed for national security reasons.",
                        "2025-07-01",
                        List.of("US"),
                        List.of("CL"),
                        List.of()));
        Briefings.index(index, all);
        searcher = new BriefingSearcher(index, new GazetteerCountryCodes(Gazetteer.load()));
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    private static SearchResponse search(String q) throws Exception {
        return searcher.search(SearchRequest.builder().query(q).build());
    }

    @Test
    void theRuleTellsSyntaxFromProse() {
        for (String syntax : List.of(
                "title:crisis",
                "iran AND oil",
                "\"nuclear weapons\"",
                "sanction*",
                "te?t",
                "+iran oil",
                "iran -oil",
                "(iran)",
                "iran~",
                "iran^2",
                "published:[2019 TO 2020]",
                "!iran")) {
            assertTrue(QueryForm.isSyntax(syntax), syntax);
        }
        for (String prose : List.of(
                "How close is Iran to a bomb?",
                "copper tariffs!",
                "Note: federal debt.",
                "U.S.-Iran ceasefire",
                "what happened at 10:30",
                "and or not")) {
            assertFalse(QueryForm.isSyntax(prose), prose);
        }
    }

    @Test
    void aQuestionMarkIsPunctuationNotAWildcard() throws Exception {
        SearchResponse r = search("tariffs?");
        assertEquals(1, r.total());
        assertFalse(r.relaxed());
        assertEquals("Copper tariffs", r.hits().get(0).title());
        assertEquals("Copper tariffs", search("Copper tariffs!").hits().get(0).title());
    }

    @Test
    void aQuestionWhoseWordsAreNotAllInOneBriefingFindsTheOneWithMostOfThem() throws Exception {
        SearchResponse r = search("How much of the federal debt do foreign countries hold?");
        assertTrue(r.relaxed());
        assertEquals("Foreign holdings of federal debt", r.hits().get(0).title());
    }

    @Test
    void writingAndOrPlusKeepsEveryWordRequired() throws Exception {
        SearchResponse and = search("federal AND debt AND countries AND hold AND much");
        assertEquals(0, and.total());
        assertFalse(and.relaxed());
        SearchResponse plus = search("+federal +debt +countries +hold +much");
        assertEquals(0, plus.total());
        assertFalse(plus.relaxed());
    }

    @Test
    void filtersApplyToTheRelaxedSearchAndCountsAreItsOwn() throws Exception {
        SearchResponse r = searcher.search(SearchRequest.builder()
                .query("How much of the federal debt do foreign countries hold?")
                .filter("about", "IR")
                .build());
        assertEquals(0, r.total());
        SearchResponse us = searcher.search(SearchRequest.builder()
                .query("How much of the federal debt do foreign countries hold?")
                .filter("about", "US")
                .build());
        assertTrue(us.relaxed());
        assertEquals(us.total(), us.hits().size());
        long usCount = us.facets().stream()
                .filter(f -> f.dim().equals("about"))
                .flatMap(f -> f.values().stream())
                .filter(v -> v.value().equals("US"))
                .findFirst()
                .orElseThrow()
                .count();
        assertEquals(us.total(), usCount);
    }

    @Test
    void aSearchThatFindsNothingSuggestsWordsTheIndexHolds() throws Exception {
        SearchResponse r = search("coper tarifs");
        assertEquals(0, r.total());
        assertEquals("copper tariffs", r.suggestion());
        assertEquals(1, search(r.suggestion()).total());
        assertNull(search("copper").suggestion());
    }

    @Test
    void aSuggestionLeavesFieldsAndOperatorsAsTyped() throws Exception {
        SearchResponse r = search("title:copper AND uranum");
        assertEquals(0, r.total());
        assertEquals("title:copper AND uranium", r.suggestion());
    }
}
