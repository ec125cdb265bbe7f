package org.briefings.enrich.org;

import static org.briefings.enrich.org.TaggedNames.expect;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Schools, colleges and broadcasters are organisations (docs/annotation.md lists universities and
 * media; obituaries and biographies name the schools and colleges a person went to): "College",
 * "School", "Radio" and "Television" are head words, a girls' or boys' school keeps its possessive,
 * and a kind of school ("High School", "Law School") names no one school. Made-up names; the tests
 * fail without the heads.
 */
class NamedSchoolsTest {

    @Test
    void aCollegeOrASchoolWithANameIsAnOrganisation() {
        expect(
                "She studied at Harwell College and the Tamsin School of Economics, then taught at Orvane"
                        + " Girls' High School until 1990.",
                List.of("Harwell College", "Tamsin School of Economics", "Orvane Girls' High School"),
                List.of("Girls' High School", "High School"));
    }

    @Test
    void aRadioOrTelevisionWithANameIsABroadcaster() {
        expect(
                "Orvane Radio reported the arrests, and Radio Kestrel and Tallon Television repeated it.",
                List.of("Orvane Radio", "Radio Kestrel", "Tallon Television"),
                List.of());
        // state radio and a lone "Radio" opening a sentence name no broadcaster
        expect("State Radio said so. Radio signals were lost.", List.of(), List.of("State Radio", "Radio"));
    }

    @Test
    void aKindOfSchoolIsNoName() {
        expect(
                "He left High School early, went to Law School and later to Business School.",
                List.of(),
                List.of("High School", "Law School", "Business School"));
    }
}
