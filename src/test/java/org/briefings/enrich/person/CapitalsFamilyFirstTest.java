package org.briefings.enrich.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.briefings.EntityMention;
import org.junit.jupiter.api.Test;

/**
 * A family name in capitals that no list knows, written first before given names in normal case,
 * in a report that writes surnames in capitals (docs/entities.md, tenth round, part 3); made-up
 * names in the style of a government report.
 */
class CapitalsFamilyFirstTest {

    private static final PersonTagger TAGGER = new PersonTagger();

    private static List<String> names(String body) {
        return TAGGER.tag("", body).stream().map(EntityMention::name).toList();
    }

    @Test
    void anUnlistedFamilyNameInCapitalsBeforeGivenNamesIsAPerson() {
        List<String> names =
                names("Prime Minister PHAM Minh Chinh chaired the meeting. The post of state president went"
                        + " to LUONG Cuong in 2024, and the deputy minister, DOAN Quoc Hieu, resigned.");
        assertTrue(names.containsAll(List.of("Pham Minh Chinh", "Luong Cuong", "Doan Quoc Hieu")), names.toString());
    }

    @Test
    void aShortGivenNamePartThatIsAlsoAWordStaysInTheName() {
        List<String> names = names("Prime Minister PHAM Minh Chinh spoke. The trial of TRUONG My Lan, chair of a"
                + " property group, ended in April. TRUONG appealed.");
        assertTrue(names.contains("Truong My Lan"), names.toString());
        // the family name alone is the same person, not a second one
        assertFalse(names.contains("TRUONG") || names.contains("Truong"), names.toString());
        assertEquals(
                2,
                TAGGER
                        .tag(
                                "",
                                "Prime Minister PHAM Minh Chinh spoke. The trial of TRUONG My Lan, chair of a"
                                        + " property group, ended in April. TRUONG appealed.")
                        .stream()
                        .filter(m -> m.name().equals("Truong My Lan"))
                        .findFirst()
                        .orElseThrow()
                        .count());
    }

    @Test
    void acronymsAndOrganisationWordsBeforeTitlesAreNoPeople() {
        List<String> names = names("Prime Minister PHAM Minh Chinh met the NATO Secretary General and the UNDP"
                + " Administrator in Hanoi. The ASEAN Secretariat (ASEC) and the EU Council sent notes; ASEC Jakarta"
                + " replied.");
        assertEquals(List.of("Pham Minh Chinh"), names);
    }

    @Test
    void withoutTheCapitalsStyleTheShapeIsNoCue() {
        // no person of the text is written with a surname in capitals: "QUACH Cuong" alone is not enough
        // (a family name no list knows; a listed one, such as "LUONG", is a cue of its own)
        assertTrue(names("The notice named QUACH Cuong as the new chair.").isEmpty());
    }
}
