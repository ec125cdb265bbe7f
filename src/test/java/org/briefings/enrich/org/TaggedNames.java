package org.briefings.enrich.org;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.briefings.EntityMention;

/** The organisations one shared tagger finds in a body, and the check the class tests make on them. */
final class TaggedNames {

    private static final OrganisationTagger TAGGER = new OrganisationTagger();

    private TaggedNames() {}

    static List<String> names(String body) {
        return TAGGER.tag("", body).stream().map(EntityMention::name).toList();
    }

    /** Every name of {@code found} is tagged in {@code body}, none of {@code notFound}. */
    static void expect(String body, List<String> found, List<String> notFound) {
        List<String> names = names(body);
        assertTrue(names.containsAll(found), "expected " + found + " in " + names);
        assertTrue(Collections.disjoint(names, notFound), "expected none of " + notFound + " in " + names);
    }
}
