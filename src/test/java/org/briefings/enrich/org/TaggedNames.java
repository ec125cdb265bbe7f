package org.briefings.enrich.org;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.briefings.CountryMention;
import org.briefings.EntityMention;
import org.briefings.Span;
import org.briefings.enrich.text.TextField;

/** The organisations one shared tagger finds in a body, and the check the class tests make on them. */
final class TaggedNames {

    private static final OrganisationTagger TAGGER = new OrganisationTagger();

    private static final NationalBodies BODIES = new NationalBodies();

    private TaggedNames() {}

    static List<String> names(String body) {
        return TAGGER.tag("", body).stream().map(EntityMention::name).toList();
    }

    /** The organisations of a body once national bodies take the countries it is about, as the enricher does. */
    static List<String> withCountries(String body, CountryMention... countries) {
        TextField title = TextField.of(Span.TITLE, "");
        TextField text = TextField.of(Span.BODY, body);
        return BODIES.resolve(TAGGER.tag(title, text), List.of(countries), title, text).stream()
                .map(EntityMention::name)
                .toList();
    }

    /** A country a passage is about. */
    static CountryMention about(String code, String name) {
        return new CountryMention(code, name, 3, 0.9, true, List.of());
    }

    /** Every name of {@code found} is tagged in {@code body}, none of {@code notFound}. */
    static void expect(String body, List<String> found, List<String> notFound) {
        List<String> names = names(body);
        assertTrue(names.containsAll(found), "expected " + found + " in " + names);
        assertTrue(Collections.disjoint(names, notFound), "expected none of " + notFound + " in " + names);
    }
}
