package org.briefings.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.briefings.engine.GazetteerCountryCodes;
import org.briefings.enrich.country.Gazetteer;
import org.junit.jupiter.api.Test;

/**
 * A text planned again is served from the recent plans (issue 16): the very plan a fresh planner
 * makes, whatever the form of the text, and a text refused is refused every time, never kept.
 */
class RecentPlansTest {

    private static final CountryCodes COUNTRIES = new GazetteerCountryCodes(Gazetteer.load());

    @Test
    void aTextPlannedAgainGetsThePlanAFreshPlannerMakes() {
        QueryPlanner planner = new QueryPlanner(COUNTRIES, Ranking.DEFAULT);
        List<String> texts = List.of(
                "sanctions",
                "what did north korea do with ships?",
                "\"climate change\" AND country:KP",
                "nuclear AND weapons",
                "tarif*",
                "published:[2019 TO 2020] oil",
                "");
        for (String text : texts) {
            TextQueries.Plan first = planner.plan(text);
            TextQueries.Plan fresh = new QueryPlanner(COUNTRIES, Ranking.DEFAULT).plan(text);
            assertEquals(fresh, first, text);
            assertSame(first, planner.plan(text), "planned once: " + text);
        }
    }

    @Test
    void aRefusedTextIsRefusedAgainAndTheRecentPlansStayBounded() {
        QueryPlanner planner = new QueryPlanner(COUNTRIES, Ranking.DEFAULT);
        assertThrows(InvalidRequestException.class, () -> planner.plan("nosuchfield:x"));
        assertThrows(InvalidRequestException.class, () -> planner.plan("nosuchfield:x"));
        TextQueries.Plan sanctions = planner.plan("sanctions");
        for (int i = 0; i < QueryPlanner.RECENT_PLANS + 10; i++) {
            planner.plan("word" + i);
        }
        // emptied when full: planned afresh, and still the same plan
        TextQueries.Plan again = planner.plan("sanctions");
        assertEquals(sanctions, again);
    }
}
