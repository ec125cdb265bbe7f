package org.briefings.enrich.country;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.briefings.CountryMention;
import org.briefings.Span;
import org.briefings.testing.SharedData;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The hard cases of country tagging, one sentence each. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CountryTaggerTest {

    private static final CountryTagger TAGGER = new CountryTagger();

    private static Set<String> mentioned(String title, String body) {
        Set<String> out = new TreeSet<>();
        for (CountryMention m : TAGGER.tag(title, body)) {
            out.add(m.code());
        }
        return out;
    }

    private static Set<String> mentioned(String body) {
        return mentioned("", body);
    }

    private static List<String> about(List<CountryMention> tags) {
        return tags.stream()
                .filter(CountryMention::about)
                .map(CountryMention::code)
                .toList();
    }

    @Test
    void US_in_capitals_is_the_United_States_but_us_in_lower_case_is_a_pronoun() {
        assertEquals(Set.of("US"), mentioned("The US said it would talk to us."));
        assertEquals(Set.of(), mentioned("Let us know, and tell us more."));
        assertEquals(Set.of(), mentioned("It cost 20 US$ a share."));
    }

    @Test
    void U_S_and_U_S_dash_Iran_talks_name_the_countries_on_both_sides_of_the_hyphen() {
        assertEquals(Set.of("US"), mentioned("The U.S. economy grew."));
        assertEquals(Set.of("IR", "US"), mentioned("U.S.-Iran talks resumed on Monday."));
    }

    @Test
    void UK_Britain_and_the_United_Kingdom_are_all_GB() {
        assertEquals(Set.of("GB"), mentioned("The UK and Britain, that is the United Kingdom, agreed."));
        assertEquals(Set.of(), mentioned("The uk domain is not a country mention."));
    }

    @Test
    void an_all_caps_title_keeps_unambiguous_names_but_needs_corroboration_for_words() {
        assertEquals(Set.of("US"), mentioned("U.S. CORN OUTPUT SEEN LOWER", "Farmers planted less."));
        assertEquals(Set.of(), mentioned("LET US TALK ABOUT PRICES", "Prices rose."));
        assertEquals(Set.of(), mentioned("TURKEY PRICES RISE BEFORE HOLIDAY", "Farmers sold more birds."));
        assertEquals(Set.of("TR"), mentioned("TURKEY TO BUY WHEAT", "Turkey said it would buy wheat."));
        assertEquals(Set.of("JP"), mentioned("JAPAN CUTS RATES", "The central bank acted."));
    }

    @Test
    void possessives_are_the_country_with_straight_or_curly_apostrophes() {
        assertEquals(Set.of("KP"), mentioned("North Korea's economy and North Korea\u2019s army."));
        assertEquals(Set.of("JP"), mentioned("Japan's exports rose."));
    }

    @Test
    void North_Korean_is_North_Korea_and_Korean_alone_follows_the_Korea_the_document_names() {
        assertEquals(Set.of("KP"), mentioned("North Korean officials met Korean negotiators."));
        assertEquals(Set.of("KR"), mentioned("Seoul said Korean exports rose."));
        assertEquals(Set.of(), mentioned("Veterans of the Korean War met."));
        // both Koreas named: "Korean" alone is ambiguous and left out, the explicit names stay
        List<CountryMention> both = TAGGER.tag("", "North Korea and South Korea talked. Korean food was served.");
        assertEquals(
                Set.of("KP", "KR"),
                Set.copyOf(both.stream().map(CountryMention::code).toList()));
        assertEquals(2, both.stream().mapToInt(CountryMention::count).sum());
    }

    @Test
    void the_two_Koreas_names_both_Koreas() {
        assertEquals(Set.of("KP", "KR"), mentioned("Relations between the two Koreas improved."));
        assertEquals(Set.of("KP", "KR"), mentioned("Engagement between the two Korea\u2019s was suggested."));
    }

    @Test
    void demonyms_name_their_country() {
        assertEquals(Set.of("SA"), mentioned("Saudi officials said so."));
        assertEquals(Set.of("NL"), mentioned("The Dutch government agreed."));
        assertEquals(Set.of("JP"), mentioned("Japanese insurers bought bonds."));
        assertEquals(Set.of("CH"), mentioned("Swiss banks declined to comment."));
    }

    @Test
    void capitals_used_for_governments_name_their_country() {
        assertEquals(Set.of("KP"), mentioned("Pyongyang said the talks had failed."));
        assertEquals(Set.of("US"), mentioned("Washington's demand was rejected."));
        assertEquals(Set.of("RU"), mentioned("Moscow warned against it."));
    }

    @Test
    void a_dateline_names_the_country_the_story_comes_from_even_for_small_cities() {
        List<CountryMention> tokyo = TAGGER.tag("RATES STEADY", "TOKYO, March 3 - The central bank kept rates.");
        assertEquals(List.of("JP"), about(tokyo));
        Span span = tokyo.get(0).spans().get(0);
        assertEquals(Span.BODY, span.field());
        assertEquals("TOKYO", span.text());
        assertEquals(List.of("US"), about(TAGGER.tag("", "WASHINGTON \u2014 The president spoke.")));
        assertEquals(List.of("US"), about(TAGGER.tag("", "PORTLAND, Ore., Feb 26 - Red Lion Inns said it filed.")));
        assertEquals(List.of("US"), about(TAGGER.tag("", "COMMACK, N.Y., Feb 26 - The company said it sold shares.")));
        assertEquals(List.of("CA"), about(TAGGER.tag("", "Scarborough, Ontario, Feb 26 - Shr 45 cts vs 58 cts")));
        assertEquals(List.of("AR"), about(TAGGER.tag("", "    BUENOS AIRES, Feb 26 - Grain board figures show.")));
    }

    @Test
    void an_ordinary_first_sentence_is_not_a_dateline() {
        assertEquals(Set.of(), mentioned("Reading, writing - and arithmetic matter."));
    }

    @Test
    void names_that_are_also_people_do_not_count_next_to_another_name() {
        assertEquals(Set.of(), mentioned("Michael Jordan scored 40 points."));
        assertEquals(Set.of(), mentioned("Chad Smith played the drums."));
        assertEquals(Set.of("JO"), mentioned("Jordan said it would attend."));
        assertEquals(Set.of("JO"), mentioned("King Hussein of Jordan arrived."));
        assertEquals(Set.of("TD"), mentioned("Troops left Chad in March."));
    }

    @Test
    void Georgia_among_US_places_is_the_US_state() {
        assertEquals(Set.of("US"), mentioned("The plant in Atlanta, Georgia, and another in Texas."));
        assertEquals(Set.of("GE", "RU"), mentioned("Georgia and Russia fought in 2008; Tbilisi said."));
    }

    @Test
    void a_place_followed_by_a_US_state_is_the_American_namesake() {
        assertEquals(Set.of("US"), mentioned("He grew up in Paris, Texas, and studied in Moscow, Idaho."));
        assertEquals(Set.of("US"), mentioned("Plants in Lebanon, Pennsylvania, Cairo, Illinois and Toledo, Ohio."));
        assertEquals(Set.of("US"), mentioned("Offices in Lima, Ohio; Warsaw, Ind.; Dublin, OH and Odessa, TX."));
        assertEquals(Set.of("DE"), mentioned("Talks in Berlin, DE ended."), "a country code, not Delaware");
        assertEquals(Set.of("FR", "US"), mentioned("He moved to Paris, Texas after a year in Paris, France."));
    }

    @Test
    void Athens_Georgia_makes_neither_Greece_nor_Georgia_the_country() {
        assertEquals(Set.of("US"), mentioned("The University in Athens, Georgia, reopened."));
        assertEquals(Set.of("US"), mentioned("", "ATHENS, Georgia — A storm hit Athens on Monday."));
    }

    @Test
    void a_namesake_once_placed_in_a_US_state_stays_American_in_the_whole_document() {
        List<CountryMention> tags =
                TAGGER.tag("Paris keeps its tower", "PARIS, Texas — The city of Paris built a tower.");
        assertEquals(List.of("US"), tags.stream().map(CountryMention::code).toList());
    }

    @Test
    void islands_and_short_forms_name_their_country() {
        assertEquals(Set.of("VC"), mentioned("A volcano erupted on Saint Vincent; St. Vincent is evacuating."));
        assertEquals(Set.of("KN"), mentioned("St Kitts and Nevis voted; Saint Kitts is the larger island."));
        assertEquals(Set.of("LC"), mentioned("St. Lucia held elections."));
        assertEquals(Set.of("TT"), mentioned("Trinidad and Tobago: oil output on Trinidad rose."));
        assertEquals(Set.of("VA"), mentioned("The Holy See and the Vatican replied."));
        assertEquals(Set.of("TZ", "GL"), mentioned("Zanzibar and Greenland both have autonomy."));
    }

    @Test
    void the_islands_of_an_island_state_name_it_and_make_it_the_subject() {
        assertEquals(Set.of("WS"), mentioned("Cyclone damage on Upolu and Savai'i was worst on the south coasts."));
        assertEquals(Set.of("KM"), mentioned("Ferries between Anjouan and Mohéli were suspended."));
        assertEquals(Set.of("FM"), mentioned("Voters on Pohnpei and Chuuk chose new governors."));
        List<CountryMention> tags = TAGGER.tag(
                "Tourism recovers",
                "Arrivals to Rarotonga and Aitutaki rose, the statistics office in Avarua said. Flights from"
                        + " Auckland doubled; the islands are in free association with New Zealand. Licences"
                        + " sold around Manihiki brought in more.");
        assertEquals(List.of("CK"), about(tags));
        assertTrue(tags.stream().anyMatch(m -> m.code().equals("NZ") && !m.about()));
    }

    @Test
    void island_names_that_are_also_given_names_do_not_count_next_to_another_name() {
        assertEquals(Set.of(), mentioned("The goal was scored by Manus Kelly in the last minute."));
        assertEquals(Set.of("PG"), mentioned("Asylum seekers held on Manus were moved."));
    }

    @Test
    void former_names_name_the_country_of_today() {
        assertEquals(Set.of("NA"), mentioned("South West Africa became independent in 1990."));
        assertEquals(Set.of("ZW", "BF", "BJ"), mentioned("Rhodesia, Upper Volta and Dahomey became independent."));
    }

    @Test
    void seas_and_gulfs_named_after_a_country_name_no_country() {
        assertEquals(Set.of(), mentioned("Piracy in the Gulf of Guinea and storms in the Gulf of Mexico."));
    }

    @Test
    void lower_case_words_are_not_countries() {
        assertEquals(Set.of(), mentioned("We ate turkey from fine china with a hanging chad."));
    }

    @Test
    void the_longest_name_wins() {
        assertEquals(Set.of("GW"), mentioned("Guinea-Bissau held elections."));
        assertEquals(Set.of("PG"), mentioned("Papua New Guinea exports gold."));
        assertEquals(Set.of("GQ", "GN"), mentioned("Equatorial Guinea and Guinea signed."));
        assertEquals(Set.of("NE", "NG"), mentioned("Niger and Nigeria share a border."));
        assertEquals(Set.of("DM", "DO"), mentioned("Dominica and the Dominican Republic voted."));
    }

    @Test
    void phrases_that_contain_a_country_but_name_another_thing_are_blocked() {
        assertEquals(Set.of(), mentioned("The Uruguay Round of trade talks resumed."));
        assertEquals(Set.of(), mentioned("The Paris Club of creditors met."));
        assertEquals(Set.of(), mentioned("The Washington Post reported it."));
        assertEquals(Set.of("US"), mentioned("Plants in New Mexico and New Jersey closed."));
    }

    @Test
    void an_organisation_named_after_a_place_counts_as_that_country() {
        assertEquals(Set.of("GB"), mentioned("The Bank of England raised rates."));
        assertEquals(Set.of("JP"), mentioned("The Bank of Tokyo lent money."));
    }

    @Test
    void an_attributive_name_counts_with_half_weight() {
        List<CountryMention> tags = TAGGER.tag("BRAZIL DEBT TALKS", "A Luxembourg-listed fund said Brazil would pay.");
        assertTrue(tags.stream().anyMatch(m -> m.code().equals("LU") && !m.about()));
        assertEquals("BR", about(tags).get(0));
    }

    @Test
    void historical_material_uses_the_states_of_its_time() {
        CountryTagger t1987 = new CountryTagger(CountryTagger.Options.defaults().withReferenceYear(1987));
        assertEquals("SU", t1987.tag("", "Moscow said no.").get(0).code());
        assertEquals("RU", TAGGER.tag("", "Moscow said no.").get(0).code());
        assertEquals(
                "SU",
                TAGGER.tag("", "The USSR and the Soviet Union are one.").get(0).code());
        assertEquals(Set.of("DE"), mentioned("West Germany and Bonn agreed."));
        assertEquals(Set.of("DD"), mentioned("East Germany objected."));
        assertEquals(Set.of("MM"), mentioned("Burma exports rice."));
        assertEquals(Set.of("ZR"), mentioned("Zaire exports copper."));
        assertEquals(Set.of("YU"), mentioned("Yugoslavia devalued."));
        assertEquals(Set.of("CS"), mentioned("Czechoslovakia signed."));
    }

    @Test
    void spans_point_at_the_text_in_their_field() {
        String title = "Iran and Iraq";
        String body = "Talks between Tehran and Baghdad, then Iran again.";
        for (CountryMention m : TAGGER.tag(title, body)) {
            for (Span s : m.spans()) {
                String field = s.field().equals(Span.TITLE) ? title : body;
                assertEquals(s.text(), field.substring(s.start(), s.end()));
            }
        }
    }

    @Test
    void the_title_country_is_about_and_a_passing_mention_is_not() {
        List<CountryMention> tags = TAGGER.tag(
                "Brazil suspends debt payments",
                "Brazil said it would suspend interest payments. Brazil's finance minister said the decision"
                        + " was final. Brazil owes banks 68 billion dollars.\n\nBankers in Brazil were surprised."
                        + " A similar step by Peru in 1985 was recalled by one banker late in the day.");
        assertEquals(List.of("BR"), about(tags));
        assertTrue(tags.stream().anyMatch(m -> m.code().equals("PE") && !m.about()));
        for (CountryMention m : tags) {
            assertTrue(m.salience() >= 0 && m.salience() <= 1);
        }
    }

    @Test
    void a_home_country_is_assumed_only_for_documents_that_name_none() {
        CountryTagger home = new CountryTagger(CountryTagger.Options.defaults().withHomeCountry("US"));
        assertEquals(List.of("US"), about(home.tag("QTLY DIV", "Qtly div 35 cts vs 35 cts prior")));
        assertEquals(List.of("FR"), about(home.tag("France votes", "France voted on Sunday.")));
        assertTrue(TAGGER.tag("QTLY DIV", "Qtly div 35 cts vs 35 cts prior").isEmpty());
    }

    @Test
    void the_seed_briefing_is_about_North_Korea_and_mentions_the_US_and_South_Korea() throws Exception {
        Path seed = SharedData.folderOrSkip("seed").resolve("000_cf4c994ab985b7fb.txt");
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        int nl = text.indexOf('\n');
        List<CountryMention> tags = TAGGER.tag(text.substring(0, nl).strip(), text.substring(nl + 1));
        List<String> about = about(tags);
        assertFalse(about.isEmpty());
        assertEquals("KP", about.get(0));
        Set<String> mentioned =
                Set.copyOf(tags.stream().map(CountryMention::code).toList());
        assertTrue(mentioned.containsAll(Set.of("KP", "US", "KR")), mentioned.toString());
    }
}
