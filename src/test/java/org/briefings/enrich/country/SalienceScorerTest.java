package org.briefings.enrich.country;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.briefings.CountryMention;
import org.briefings.Span;
import org.briefings.enrich.country.CountryTagger.Options;
import org.briefings.enrich.country.CountryTagger.Weights;
import org.briefings.enrich.country.Gazetteer.Kind;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SalienceScorerTest {

    private static final SalienceScorer SCORER = new SalienceScorer(Gazetteer.load(), Options.defaults());

    private static CountryHit hit(String code, String field, int start, Kind kind) {
        return new CountryHit(code, field, start, start + 2, "xx", kind, 1.0, false, false);
    }

    @Test
    void the_defaults_are_the_weights_and_threshold_the_javadoc_and_docs_state() {
        // SalienceScorer's javadoc and docs/countries.md: 0.25 T + 0.35 D + 0.15 L + 0.15 share + 0.10 early
        assertEquals(new Weights(0.25, 0.35, 0.15, 0.15, 0.10), Weights.DEFAULT);
        assertEquals(0.32, Options.defaults().aboutThreshold());
        assertEquals(3, Options.defaults().maxAbout());
    }

    @Test
    void salience_adds_the_weights_of_title_lead_share_and_earliness() {
        String body = "x".repeat(1000);
        // FR: title, and in the body at 0 (lead, early = 1), the only country with weight: share 1
        List<CountryMention> out =
                SCORER.score(List.of(hit("FR", Span.TITLE, 0, Kind.NAME), hit("FR", Span.BODY, 0, Kind.NAME)), body, 0);
        assertEquals(0.25 + 0.15 + 0.15 + 0.10, out.get(0).salience(), 1e-9);
        assertTrue(out.get(0).about());
    }

    @Test
    void a_passing_mention_late_in_a_long_body_is_not_about() {
        String body = "x".repeat(1000);
        List<CountryMention> out = SCORER.score(
                List.of(
                        hit("FR", Span.TITLE, 0, Kind.NAME),
                        hit("FR", Span.BODY, 0, Kind.NAME),
                        hit("FR", Span.BODY, 100, Kind.NAME),
                        hit("PE", Span.BODY, 900, Kind.NAME)),
                body,
                0);
        assertEquals(List.of("FR", "PE"), out.stream().map(CountryMention::code).toList());
        assertTrue(out.get(0).about());
        assertFalse(out.get(1).about());
        // share: 1 of FR's 3 mentions; early: first mention 90% into the body
        assertEquals(0.15 / 3 + 0.10 * 0.1, out.get(1).salience(), 1e-3);
    }

    @Test
    void a_country_that_runs_through_a_long_text_and_carries_its_mentions_is_about() {
        String body = "x".repeat(10_000);
        // KP named in four of the five parts, never in a title, dateline or lead; JP, CN, US in passing
        List<CountryHit> hits = List.of(
                hit("JP", Span.BODY, 700, Kind.NAME),
                hit("KP", Span.BODY, 1_500, Kind.NAME),
                hit("CN", Span.BODY, 2_500, Kind.NAME),
                hit("KP", Span.BODY, 4_500, Kind.NAME),
                hit("KP", Span.BODY, 6_500, Kind.NAME),
                hit("US", Span.BODY, 7_000, Kind.NAME),
                hit("KP", Span.BODY, 8_500, Kind.NAME));
        List<CountryMention> out = SCORER.score(hits, body, 0);
        assertEquals(
                List.of("KP"),
                out.stream()
                        .filter(CountryMention::about)
                        .map(CountryMention::code)
                        .toList());
        assertTrue(out.get(0).salience() >= Options.defaults().aboutThreshold());
    }

    @Test
    void a_country_named_throughout_but_in_passing_among_many_is_not_about() {
        String body = "x".repeat(10_000);
        List<CountryHit> hits = new ArrayList<>();
        String[] many = {"FR", "DE", "IT", "ES", "PT", "NL", "BE", "AT"};
        for (int i = 0; i < many.length; i++) {
            hits.add(hit(many[i], Span.BODY, 300 + i * 1_200, Kind.NAME));
            hits.add(hit(many[i], Span.BODY, 600 + i * 1_200, Kind.NAME));
            hits.add(hit(many[i], Span.BODY, 900 + i * 1_200, Kind.NAME));
        }
        for (int at = 1_100; at < 8_000; at += 2_000) {
            hits.add(hit("KP", Span.BODY, at, Kind.NAME));
        }
        assertTrue(SCORER.score(hits, body, 0).stream().noneMatch(m -> m.code().equals("KP") && m.about()));
    }
}
