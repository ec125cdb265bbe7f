package org.briefings.search;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.briefings.Briefing;
import org.briefings.engine.GazetteerCountryCodes;
import org.briefings.enrich.country.Gazetteer;
import org.briefings.index.LuceneIndex;
import org.briefings.testing.Briefings;
import org.briefings.view.BriefingViews;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Questions ranked as questions: the words that frame them are not searched, and a country a
 * question names favours the briefings about that country without excluding the others.
 */
class QuestionRankingTest {

    @TempDir
    static Path dir;

    static LuceneIndex index;
    static CountryCodes countries;

    @BeforeAll
    static void indexSomeBriefings() throws Exception {
        index = LuceneIndex.open(dir.resolve("index"));
        countries = new GazetteerCountryCodes(Gazetteer.load());
        List<Briefing> all = List.of(
                Briefings.of(
                        "Uranium output",
                        "Kazakhstan mines more uranium than any other country, most of it for export.",
                        "2025-05-01",
                        List.of("KZ"),
                        List.of(),
                        List.of()),
                Briefings.of(
                        "Statement to the General Assembly",
                        "Our mines are the backbone of our exports. Copper royalties fund schools in Chile.",
                        "2024-09-24",
                        List.of("CL"),
                        List.of(),
                        List.of()),
                Briefings.of(
                        "Copper markets",
                        "Copper prices rose. Buyers of copper in the United States watched copper from Chile,"
                                + " Peru and Zambia; copper stocks fell.",
                        "2025-07-01",
                        List.of("US"),
                        List.of("CL", "PE", "ZM"),
                        List.of()));
        Briefings.index(index, all);
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    private static SearchResponse search(Ranking ranking, String q) throws Exception {
        return new BriefingSearcher(index, countries, ranking)
                .search(SearchRequest.builder().query(q).build());
    }

    private static List<String> titles(SearchResponse r) {
        return r.hits().stream().map(BriefingViews.Hit::title).toList();
    }

    @Test
    void theWordsThatFrameAQuestionAreNotRequired() throws Exception {
        // "what", "did", "say" and "about" are in no briefing: counted among the words a relaxed
        // search needs half of, they left the question without its answer
        SearchResponse r = search(Ranking.DEFAULT, "what did kazakhstan say about uranium?");
        assertEquals(List.of("Uranium output"), titles(r));
        assertTrue(search(Ranking.DEFAULT.withQuestionWords(false), "what did kazakhstan say about uranium?")
                .hits()
                .isEmpty());
    }

    @Test
    void aQuestionOfFramingWordsAloneSearchesThem() throws Exception {
        assertDoesNotThrow(() -> search(Ranking.DEFAULT, "who was it?"));
        assertTrue(QuestionWords.frames("What"));
        assertTrue(QuestionWords.frames("did"));
        assertFalse(QuestionWords.frames("WHO"), "in capitals it is a name: the World Health Organization");
        assertFalse(QuestionWords.frames("US"));
        assertFalse(QuestionWords.frames("uranium"));
    }

    @Test
    void aCountryTheQuestionNamesFavoursBriefingsAboutIt() throws Exception {
        String q = "what did chile say about copper?";
        assertEquals(
                "Copper markets",
                titles(search(Ranking.DEFAULT.withAboutBoost(0), q)).get(0),
                "without the bonus the briefing that repeats copper ranks first");
        List<String> boosted = titles(search(Ranking.DEFAULT, q));
        assertEquals(List.of("Statement to the General Assembly", "Copper markets"), boosted);
    }

    @Test
    void anOrOfAQuestionsWordsMatchesAsTypedAndRanksAsTheQuestion() throws Exception {
        String q = "what OR did OR chile OR say OR about OR copper";
        Ranking before = Ranking.DEFAULT.withQuestionWords(false).withAboutBoost(0);
        List<String> plain = titles(search(before, q));
        List<String> ranked = titles(search(Ranking.DEFAULT, q));
        assertEquals(Set.copyOf(plain), Set.copyOf(ranked), "the same briefings match");
        assertEquals(search(before, q).total(), search(Ranking.DEFAULT, q).total());
        assertEquals("Statement to the General Assembly", ranked.get(0));
    }

    @Test
    void aCountryInAQueryThatIsNotAQuestionChangesNothing() throws Exception {
        assertEquals(
                titles(search(Ranking.DEFAULT.withAboutBoost(0), "chile copper")),
                titles(search(Ranking.DEFAULT, "chile copper")));
    }

    @Test
    void countriesAreReadFromLowerCaseQuestions() {
        NamedCountries named = new NamedCountries(countries);
        assertEquals(Set.of("LK"), named.in("what did sri lanka say about its new president?"));
        assertEquals(Set.of("KP"), named.in("what did north korea's leader say?"));
        assertEquals(Set.of(), named.in("can you tell us about tariffs?"), "'us' in lower case is a pronoun");
        assertEquals(List.of("US", "CL"), List.copyOf(named.in("US tariffs on chile")));
    }
}
