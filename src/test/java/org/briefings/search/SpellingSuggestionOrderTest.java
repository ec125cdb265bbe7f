package org.briefings.search;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import org.briefings.Briefing;
import org.briefings.engine.GazetteerCountryCodes;
import org.briefings.enrich.country.Gazetteer;
import org.briefings.index.LuceneIndex;
import org.briefings.testing.Briefings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corrected word is shown in one spelling the corpus used, and which one must not depend on the
 * order briefings were indexed in: ingest threads fix no order, and another backend holding the
 * same briefings has to show the same suggestion.
 */
class SpellingSuggestionOrderTest {

    @TempDir
    Path dir;

    private static final Briefing POSSESSIVE = Briefings.of(
            "Ministry statement",
            "Officials at Pyongyang's foreign ministry rejected the proposal on Monday.",
            "2025-03-01",
            List.of("KP"),
            List.of(),
            List.of());
    private static final Briefing PLAIN = Briefings.of(
            "Envoy travels north",
            "The envoy arrived in Pyongyang after talks in Beijing.",
            "2025-03-02",
            List.of("KP"),
            List.of("CN"),
            List.of());

    @Test
    void theSpellingComesFromTheLowestIdBriefingWhicheverWasIndexedFirst() throws Exception {
        Briefing lowest = POSSESSIVE.id().compareTo(PLAIN.id()) < 0 ? POSSESSIVE : PLAIN;
        String expected = lowest == POSSESSIVE ? "pyongyang's" : "pyongyang";

        assertEquals(expected, suggestionAfterIndexing("a", List.of(POSSESSIVE, PLAIN)));
        assertEquals(expected, suggestionAfterIndexing("b", List.of(PLAIN, POSSESSIVE)));
    }

    @Test
    void theFirstSpellingIsReadFromTheBodyAsTheIndexAnalysedIt() throws Exception {
        SpellingSuggester suggester = new SpellingSuggester(Ranking.DEFAULT);
        assertEquals(
                "pyongyang's", suggester.firstSpelling("Talks in Pyongyang's ministry, then Pyongyang.", "pyongyang"));
        assertEquals("tariffs", suggester.firstSpelling("New TARIFFS and a tariff", "tariff"));
        assertNull(suggester.firstSpelling("Nothing of the kind here.", "pyongyang"));
    }

    /** Indexes each briefing in its own segment, in the given order, and asks for a misspelt word. */
    private String suggestionAfterIndexing(String name, List<Briefing> order) throws Exception {
        try (LuceneIndex index = LuceneIndex.open(dir.resolve(name))) {
            for (Briefing b : order) {
                Briefings.index(index, List.of(b));
            }
            BriefingSearcher searcher = new BriefingSearcher(index, new GazetteerCountryCodes(Gazetteer.load()));
            SearchResponse r =
                    searcher.search(SearchRequest.builder().query("pyongyng").build());
            assertEquals(0, r.total());
            return r.suggestion();
        }
    }
}
