package org.briefings.enrich.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefings.EntityMention;
import org.junit.jupiter.api.Test;

/**
 * A given name no list knows before one the lists have stays in the name when the rest has the
 * shape of a listed foreign name (docs/entities.md, tenth round, part 3); made-up names.
 */
class UnlistedGivenNamesTest {

    private static final PersonTagger TAGGER = new PersonTagger();

    private static List<String> names(String body) {
        return TAGGER.tag("", body).stream().map(EntityMention::name).toList();
    }

    @Test
    void anUnlistedFirstGivenNameBeforeACapitalsSurnameIsKept() {
        assertEquals(
                List.of("Yerlan Ali Kassymov", "Dauren Mohamed Abishev"),
                names("The board named Yerlan Ali KASSYMOV, a trader, and Dauren Mohamed ABISHEV, his partner,"
                        + " in the order."));
        assertEquals(List.of("Min Aung Hlaing"), names("Senior General Min Aung HLAING has not commented."));
    }

    @Test
    void anUnlistedFirstGivenNameBeforeAHyphenatedNameIsKept() {
        assertEquals(
                List.of("Tovrak Abdul-Karim Al-Maswari"),
                names("The envoy Tovrak Abdul-Karim Al-Maswari said talks would resume."));
    }

    @Test
    void aCommonWordBeforeAGivenNameIsStillCut() {
        assertEquals(List.of("David F. Laroche"), names("Investor David F. Laroche said it would sell."));
        List<String> names = names("The agency said so. Banker Omar Said AL-RASHIDI was named.");
        assertTrue(names.stream().noneMatch(n -> n.startsWith("Banker")), names.toString());
    }

    @Test
    void aTitleTheListsLackIsNotTakenForAGivenNameWithoutTheForeignShape() {
        // no capitals surname, no hyphen: the unknown word before the given name may be a title
        assertEquals(
                List.of("Jonas Gahr Store"),
                names("The Storting debated the budget. Statsminister Jonas Gahr Store said no."));
    }

    @Test
    void aHeadingOnTheLineBeforeIsNotPartOfTheName() {
        List<String> names = names("Venezuela - Kontext\nNicolas MADURO Moros was declared the winner.");
        assertTrue(names.stream().noneMatch(n -> n.startsWith("Kontext")), names.toString());
    }
}
