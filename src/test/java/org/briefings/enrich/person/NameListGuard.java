package org.briefings.enrich.person;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.briefings.enrich.text.Words;

/**
 * The words a name list must not hold, for the tests that guard the given-name and family-name
 * lists: places of the country gazetteer and one-word organisations. A name that is also such a
 * word turns every capitalised use of it into a person.
 */
final class NameListGuard {

    private NameListGuard() {}

    static final List<String> ORGANISATION_FILES = List.of(
            "organisations.tsv",
            "organisations-armed.tsv",
            "organisations-companies.tsv",
            "organisations-international.tsv",
            "organisations-media.tsv",
            "organisations-national.tsv",
            "organisations-ngos.tsv",
            "organisations-parties.tsv");

    /** Single-word place forms and the words of country names and demonyms of the gazetteer. */
    static Set<String> places() {
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
    static Set<String> organisations() {
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

    /**
     * The entries of the lists that are a common word, a not-name, a month or weekday, a place or
     * country word, a one-word organisation, a word of {@code alsoForbidden}, or not a plain word
     * of three letters or more, as "file: entry".
     */
    static List<String> forbiddenEntries(List<String> files, Set<String> alsoForbidden) {
        Set<String> common = NameLists.load("common-words.txt");
        Set<String> notNames = NameLists.load("not-names.txt");
        Set<String> places = places();
        Set<String> orgs = organisations();
        List<String> bad = new ArrayList<>();
        for (String file : files) {
            for (String n : NameLists.load(file)) {
                if (common.contains(n)
                        || notNames.contains(n)
                        || PersonWords.CALENDAR.contains(n)
                        || alsoForbidden.contains(n)
                        || places.contains(n)
                        || orgs.contains(n)
                        || !n.matches("[a-z]{3,}(-[a-z]+)?")) {
                    bad.add(file + ": " + n);
                }
            }
        }
        return bad;
    }

    /** The entries listed in more than one of the lists (or a list that is empty), as "file: entry". */
    static List<String> listedTwice(List<String> files) {
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        for (String file : files) {
            Set<String> names = NameLists.load(file);
            if (names.isEmpty()) {
                twice.add(file + ": (empty)");
            }
            for (String n : names) {
                if (!seen.add(n)) {
                    twice.add(file + ": " + n);
                }
            }
        }
        return twice;
    }
}
