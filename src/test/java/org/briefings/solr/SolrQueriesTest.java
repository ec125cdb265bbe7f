package org.briefings.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.briefings.search.CountryCodes;
import org.briefings.search.InvalidRequestException;
import org.briefings.search.Ranking;
import org.briefings.search.RequestPlanner;
import org.briefings.search.SearchRequest;
import org.junit.jupiter.api.Test;

/** The engine's parsed queries, as the Solr parameters sent to a collection (no cluster needed). */
class SolrQueriesTest {

    private static final CountryCodes CODES = new CountryCodes() {
        @Override
        public Optional<String> code(String nameOrCode) {
            return nameOrCode.equalsIgnoreCase("north korea") || nameOrCode.equalsIgnoreCase("kp")
                    ? Optional.of("KP")
                    : Optional.empty();
        }

        @Override
        public String name(String code) {
            return code.equals("KP") ? "North Korea" : code;
        }
    };

    private static final RequestPlanner PLANNER = new RequestPlanner(CODES, Ranking.DEFAULT);

    private static Map<String, String> render(String q) {
        ModifiableSolrParams p = new ModifiableSolrParams();
        Query strict = PLANNER.plan(SearchRequest.builder().query(q).build()).strict();
        p.set("q", new SolrQueries(Ranking.DEFAULT).render(strict, p, "q"));
        Map<String, String> out = new java.util.TreeMap<>();
        p.getParameterNamesIterator().forEachRemaining(n -> out.put(n, p.get(n)));
        return out;
    }

    @Test
    void countryNamesAreCodesAndTermsAreSentAsTermsNotAnalysedAgain() {
        Map<String, String> p = render("about:\"North Korea\" AND person:kim");
        assertEquals("{!bool must=$q1 must=$q2}", p.get("q"), p.toString());
        assertEquals("{!term f=about}KP", p.get("q1"));
        assertEquals("{!term f=person_text}kim", p.get("q2"));
    }

    @Test
    void proseIsTheSameTermInEveryTextFieldWithTheRankingsWeights() {
        Map<String, String> p = render("sanctions");
        String weighted = p.get("q1");
        assertTrue(weighted.startsWith("{!lucene}("), p.toString());
        assertTrue(weighted.contains("title_ranked:sanction^" + Ranking.DEFAULT.titleWeight()), weighted);
        assertTrue(weighted.contains("body:sanction"), weighted);
        assertTrue(weighted.contains("summary:sanction"), weighted);
    }

    @Test
    void aQuestionsBonusForBriefingsAboutTheCountryItNamesIsAConstantScoreAsOnTheEmbeddedIndex() {
        Map<String, String> p = render("what did north korea say about sanctions?");
        String bonus = "{!lucene}(about:KP)^=" + Ranking.DEFAULT.aboutBoost();
        assertTrue(p.containsValue(bonus), p.toString());
        assertTrue(p.values().stream().noneMatch(v -> v.contains("body:what")), "framing words are not searched");
        assertTrue(render("north korea sanctions").values().stream().noneMatch(v -> v.contains("about:")));
    }

    @Test
    void mostOfTheWordsIsBoolWithMinimumShouldMatch() {
        ModifiableSolrParams params = new ModifiableSolrParams();
        Query relaxed = PLANNER.plan(SearchRequest.builder()
                        .query("nuclear sanctions pyongyang envoy")
                        .build())
                .relaxed();
        new SolrQueries(Ranking.DEFAULT).render(relaxed, params, "q");
        boolean mm = false;
        for (var it = params.getParameterNamesIterator(); it.hasNext(); ) {
            mm |= params.get(it.next()).contains(" mm=");
        }
        assertTrue(mm, params.toString());
    }

    @Test
    void datesAndWildcardsAndPhrasesKeepTheirMeaning() {
        assertTrue(render("published:[2019 TO 2019]").containsValue("{!lucene}published:[17897 TO 18261]"));
        assertTrue(render("event:[2018 TO 2018]").containsValue("{!field f=event_dates}[2018-01-01 TO 2018-12-31]"));
        assertTrue(
                render("title:nucl*").containsValue("{!prefix f=title}nucl"),
                render("title:nucl*").toString());
        assertTrue(render("\"kim jong un\"").values().stream().anyMatch(v -> v.contains(":\"kim jong un\"")));
    }

    @Test
    void aQueryTypeItDoesNotKnowIsA400NotAnotherQuery() {
        Query unknown = new SynonymQuery.Builder("body")
                .addTerm(new Term("body", "sanction"))
                .addTerm(new Term("body", "embargo"))
                .build();
        assertThrows(
                InvalidRequestException.class,
                () -> new SolrQueries(Ranking.DEFAULT).render(unknown, new ModifiableSolrParams(), "q"));
    }
}
