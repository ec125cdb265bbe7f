package org.briefings.enrich.country;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HistoricalStatesTest {

    @Test
    void successor_states_are_the_former_state_until_its_last_year() {
        assertEquals("SU", HistoricalStates.codeIn("RU", 1991));
        assertEquals("RU", HistoricalStates.codeIn("RU", 1992));
        assertEquals("SU", HistoricalStates.codeIn("UA", 1987));
        assertEquals("CS", HistoricalStates.codeIn("SK", 1992));
        assertEquals("SK", HistoricalStates.codeIn("SK", 1993));
        assertEquals("YU", HistoricalStates.codeIn("HR", 1991));
        assertEquals("HR", HistoricalStates.codeIn("HR", 1992));
        assertEquals("AN", HistoricalStates.codeIn("CW", 2009));
        assertEquals("CW", HistoricalStates.codeIn("CW", 2010));
    }

    @Test
    void Zaire_is_only_the_name_between_1971_and_1996() {
        assertEquals("CD", HistoricalStates.codeIn("CD", 1970));
        assertEquals("ZR", HistoricalStates.codeIn("CD", 1971));
        assertEquals("ZR", HistoricalStates.codeIn("CD", 1996));
        assertEquals("CD", HistoricalStates.codeIn("CD", 1997));
    }

    @Test
    void other_countries_keep_their_code() {
        assertEquals("FR", HistoricalStates.codeIn("FR", 1950));
        assertEquals("DE", HistoricalStates.codeIn("DE", 1987));
    }
}
