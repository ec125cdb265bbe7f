package org.briefings.enrich.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.briefings.EntityMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The regional family-name lists: safe to grow (no entry is a word written in lower case most of
 * the time, a word never in a name, a month, a place or country word of the gazetteer, or a
 * one-word organisation; none is listed twice), and what they are for: a given name no list
 * knows before a listed family name is a person ("Tendai Mnangagwa"), and so is a listed family
 * name in capitals before given names ("KISHIDA Fumio"), even in a text that writes no other
 * surname in capitals. Made-up people.
 */
class RegionalSurnamesTest {

    private static final PersonTagger TAGGER = new PersonTagger();
    private static final NameLists LISTS = NameLists.load();

    private static List<String> names(String body) {
        return TAGGER.tag("", body).stream().map(EntityMention::name).toList();
    }

    @Test
    void noSurnameIsACommonWordAPlaceAMonthOrAnOrganisation() {
        Set<String> forbidden = new HashSet<>(PersonWords.ROLES);
        forbidden.addAll(LISTS.capitals());
        assertEquals(List.of(), NameListGuard.forbiddenEntries(NameLists.SURNAME_FILES, forbidden));
    }

    @Test
    void noSurnameIsListedTwice() {
        assertEquals(List.of(), NameListGuard.listedTwice(NameLists.SURNAME_FILES));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Zendaye Mnangagwa | Officials in Harare thanked Zendaye Mnangagwa for the loan.",
                "Kwerobi Okafor | The board hired Kwerobi Okafor last year.",
                "Tarvish Sharma | A letter from Tarvish Sharma reached the court.",
                "Orlinda Gutierrez | The contract went to Orlinda Gutierrez in the end.",
                "Velimor Kovacevic | The deal was signed by Velimor Kovacevic in the capital."
            })
    void anUnlistedGivenNameBeforeAListedFamilyNameIsAPerson(String person, String sentence) {
        assertFalse(LISTS.given(person.split(" ")[0].toLowerCase(java.util.Locale.ROOT)), person);
        assertEquals(List.of(person), names(sentence));
    }

    @Test
    void aWordOfTheLanguageBeforeAFamilyNameIsNoGivenName() {
        // "Energy" and "Tuesday" are no given names: no person, though the family names are listed
        assertEquals(List.of(), names("The plant buys fuel from Energy Patel and ships it on Tuesday Okafor trucks."));
        // a capital before a family name: a place and a person's surname, not one name
        assertFalse(names("Talks in Nairobi Mwangi ended late.").contains("Nairobi Mwangi"));
    }

    @Test
    void aListedFamilyNameInCapitalsOpensAName() {
        assertEquals(List.of("Kishida Fumio"), names("The cabinet of KISHIDA Fumio approved the budget on Friday."));
        // a word in capitals no list knows, in a text with no surname in capitals, is not enough
        assertEquals(List.of(), names("The cabinet of ZORBLAT Fumio approved the budget on Friday."));
        // nor is a listed family name before a word of the language
        assertEquals(List.of(), names("The KISHIDA Cabinet approved the budget on Friday."));
    }

    @Test
    void unlistedGivenNamesBeforeAListedOneKeepTheirPlaceBeforeAListedFamilyName() {
        assertEquals(
                List.of("Abdrabuh Mansour Hadi"), names("Yemen's president Abdrabuh Mansour Hadi fled to Riyadh."));
        // with a family name no list knows, the words before the listed given name are cut as before
        // (they are as often a title the lists lack)
        assertEquals(List.of("Mansour Quelbani"), names("Yemen's president Abdrabuh Mansour Quelbani fled to Riyadh."));
        assertEquals(List.of("Simon Harris"), names("The Tánaiste Simon Harris met the unions on Monday."));
        // a German compound ending in a title is no given name ("Vize" + "kanzler")
        assertEquals(List.of("Lars Klingbeil"), names("Der Vizekanzler Lars Klingbeil sprach am Montag."));
        assertTrue(Titles.compoundTitle("bundesinnenminister"));
        assertFalse(Titles.compoundTitle("klingbeil"));
    }

    @Test
    void aSignaturesTitleLineIsNoPartOfTheName() {
        List<String> found =
                names("I will send the agenda tonight.\n\nBest,\n--\nPriya Raghunathan\nSenior Fellow, Asia Forum");
        assertTrue(found.contains("Priya Raghunathan"), found.toString());
        assertFalse(found.stream().anyMatch(n -> n.contains("Senior")), found.toString());
    }
}
