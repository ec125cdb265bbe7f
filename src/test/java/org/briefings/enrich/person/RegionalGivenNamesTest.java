package org.briefings.enrich.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.briefings.EntityMention;
import org.briefings.enrich.text.Words;
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

    private static final List<String> ORGANISATION_FILES = List.of(
            "organisations.tsv",
            "organisations-armed.tsv",
            "organisations-companies.tsv",
            "organisations-international.tsv",
            "organisations-media.tsv",
            "organisations-national.tsv",
            "organisations-ngos.tsv",
            "organisations-parties.tsv");

    private static List<String> names(String body) {
        return TAGGER.tag("", body).stream().map(EntityMention::name).toList();
    }

    /** Single-word place forms and the words of country names and demonyms of the gazetteer. */
    private static Set<String> places() {
        Set<String> out = new HashSet<>();
        NameLists.forEachGazetteerRow(cols -> {
            String form = NameLists.fold(cols[2].toLowerCase(Locale.ROOT));
            boolean country = Set.of("name", "alt", "official", "demonym").contains(cols[1]);
            if (country) {
                for (String w : form.split("[\\s,()]+")) {
                    out.add(w.replaceAll("^[.'\u2019]+|[.'\u2019]+$", ""));
                }
            } else if (!form.contains(" ")) {
                out.add(form);
            }
        });
        return out;
    }

    /** One-word names and aliases of the organisation gazetteer, lower case. */
    private static Set<String> organisations() {
        Set<String> out = new HashSet<>();
        for (String file : ORGANISATION_FILES) {
            for (String line : Words.load(NameLists.class, "/org/briefings/enrich/org/" + file)) {
                String[] cols = line.split("\t", -1);
                List<String> forms = new ArrayList<>(List.of(cols[0]));
                if (cols.length > 2 && !cols[2].isBlank()) {
                    forms.addAll(List.of(cols[2].split("\\|")));
                }
                forms.stream().map(String::strip).filter(f -> !f.contains(" ")).forEach(out::add);
            }
        }
        return out;
    }

    @Test
    void noRegionalGivenNameIsACommonWordAPlaceAMonthAnOrganisationOrAFamilyName() {
        Set<String> common = NameLists.load("common-words.txt");
        Set<String> notNames = NameLists.load("not-names.txt");
        Set<String> family = NameLists.load("family-first.txt");
        Set<String> places = places();
        Set<String> orgs = organisations();
        List<String> bad = new ArrayList<>();
        for (String file : NameLists.GIVEN_NAME_FILES.subList(1, NameLists.GIVEN_NAME_FILES.size())) {
            for (String n : NameLists.load(file)) {
                if (common.contains(n)
                        || notNames.contains(n)
                        || family.contains(n)
                        || PersonWords.CALENDAR.contains(n)
                        || n.equals("may")
                        || places.contains(n)
                        || orgs.contains(n)
                        || !n.matches("[a-z]{3,}(-[a-z]+)?")) {
                    bad.add(file + ": " + n);
                }
            }
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void noGivenNameIsListedInTwoLists() {
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        for (String file : NameLists.GIVEN_NAME_FILES) {
            Set<String> names = NameLists.load(file);
            assertFalse(names.isEmpty(), file);
            for (String n : names) {
                if (!seen.add(n)) {
                    twice.add(file + ": " + n);
                }
            }
        }
        assertEquals(List.of(), twice);
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
