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
 * The regional given-name lists are safe to grow: no entry is a word written in lower case most
 * of the time, a word the tagger treats as never a name, a month or weekday, a one-word place of
 * the country gazetteer or a word of a country's name, a one-word organisation, or an East Asian
 * family name; no entry is listed in two lists. A given name that is also such a word turns every
 * capitalised use of it ("Crystal Palace", "Milan Stock Exchange") into a person. And a name of
 * each region is found in a made-up sentence.
 */
class RegionalGivenNamesTest {

    private static final PersonTagger TAGGER = new PersonTagger();

    private static List<String> names(String body) {
        return TAGGER.tag("", body).stream().map(EntityMention::name).toList();
    }

    @Test
    void noRegionalGivenNameIsACommonWordAPlaceAMonthAnOrganisationOrAFamilyName() {
        Set<String> forbidden = new HashSet<>(NameLists.load("family-first.txt"));
        forbidden.add("may");
        assertEquals(
                List.of(),
                NameListGuard.forbiddenEntries(
                        NameLists.GIVEN_NAME_FILES.subList(1, NameLists.GIVEN_NAME_FILES.size()), forbidden));
    }

    @Test
    void noGivenNameIsListedInTwoLists() {
        assertEquals(List.of(), NameListGuard.listedTwice(NameLists.GIVEN_NAME_FILES));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Chinedu Okafor | The minister met Chinedu Okafor in Abuja.",
                "Tewodros Hailu | Officials quoted Tewodros Hailu on the harvest.",
                "Ghassan Haddad | A statement by Ghassan Haddad followed the vote.",
                "Behrouz Karimi | The court sentenced Behrouz Karimi on Monday.",
                "Selcuk Ozturk | The deal was signed by Selcuk Ozturk in Ankara.",
                "Jitendra Rao | The report quotes Jitendra Rao at length.",
                "Yoshihiko Tanabe | The bank hired Yoshihiko Tanabe last year.",
                "Sione Lavulavu | The island's budget was read by Sione Lavulavu.",
                "Horacio Benitez | The senate heard Horacio Benitez on the bill.",
                "Wojciech Nowicki | The prize went to Wojciech Nowicki in Warsaw."
            })
    void aNameOpeningWithAGivenNameOfARegionIsAPerson(String person, String sentence) {
        assertEquals(List.of(person), names(sentence));
    }

    @Test
    void wordsKeptOffTheListsStayOut() {
        // "Crystal", "Milan" and "Dawn" are given names too, but far more often something else
        List<String> found =
                names("Shares of Crystal Palace rose in Milan Stock Exchange trading after Dawn Patrol Holdings bid.");
        assertTrue(found.isEmpty(), found.toString());
        NameLists lists = NameLists.load();
        assertFalse(lists.given("crystal"));
        assertFalse(lists.given("milan"));
        assertTrue(lists.given("oluwaseun"));
        assertTrue(lists.given("efraín"), "accents are folded before the lookup");
    }
}
