package org.briefings;

import java.util.List;

/**
 * A country named in a briefing, normalised to its ISO 3166 alpha-2 code (withdrawn countries
 * keep their former codes, e.g. {@code SU}, {@code DD}, {@code YU}).
 *
 * @param code     ISO 3166 alpha-2 code, upper case
 * @param name     English short name, e.g. {@code "North Korea"}
 * @param count    how many times it is mentioned
 * @param salience 0..1, how central the country is to the briefing
 * @param about    true when the briefing is about this country, not merely mentioning it
 * @param spans    the text that supports the tag (capped to a handful)
 */
public record CountryMention(String code, String name, int count, double salience, boolean about, List<Span> spans) {
    public CountryMention {
        spans = spans == null ? List.of() : List.copyOf(spans);
    }
}
