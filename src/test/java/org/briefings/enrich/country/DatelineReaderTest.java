package org.briefings.enrich.country;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.briefings.enrich.country.DatelineReader.Dateline;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DatelineReaderTest {

    private static final DatelineReader READER = new DatelineReader(Gazetteer.load());

    @Test
    void the_preamble_is_the_repeated_title_and_the_header_lines() {
        String body = "Korea talks resume\nPublication Date: 2019-04-11\nBy A. Writer\n\nSEOUL - Talks resumed.";
        int from = DatelineReader.preamble("Korea Talks Resume", body);
        assertEquals(body.indexOf("SEOUL"), from);
        assertEquals(0, DatelineReader.preamble("Other title", "SEOUL - Talks resumed."));
    }

    @Test
    void a_dateline_after_the_preamble_names_its_place_and_a_region_settles_the_country() {
        String body = "Title\n\nPORTLAND, Ore., Feb 26 - Red Lion Inns said.";
        int from = DatelineReader.preamble("Title", body);
        Dateline dl = READER.dateline(body, from);
        assertEquals("US", dl.code());
        assertEquals("PORTLAND, Ore.", body.substring(dl.start(), dl.end()));
    }

    @Test
    void a_place_in_lower_case_without_a_date_is_not_a_dateline() {
        assertNull(READER.dateline("Reading, writing - and arithmetic matter.", 0));
        assertEquals("JP", READER.dateline("Tokyo, March 3 - Rates held.", 0).code());
    }
}
