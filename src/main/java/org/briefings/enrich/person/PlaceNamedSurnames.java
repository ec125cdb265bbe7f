package org.briefings.enrich.person;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.briefings.enrich.text.WordSet;

/**
 * Surnames that are also a word of a longer place name: "McDonald" (Heard Island and McDonald
 * Islands), "Marshall", "Solomon", "Wallis". Islands and territories are often named after
 * people, so their words are people's surnames too; the place-word filter that keeps "Burkina" and
 * "Tobago" out of names cut "Mary Lou McDonald" to "Mary Lou". A word that the gazetteer has only
 * inside place names and demonyms of several words (never a place name alone) ends a name
 * when it comes last after a listed given name; alone or before the rest of its place name it is
 * still a place word.
 */
final class PlaceNamedSurnames {

    private static final Set<String> WORDS = load();

    private PlaceNamedSurnames() {}

    /** Whether {@code lower} is a word only ever seen inside a place name of several words. */
    static boolean contains(String lower) {
        return WORDS.contains(lower);
    }

    private static Set<String> load() {
        Set<String> inLonger = new HashSet<>();
        Set<String> alone = new HashSet<>();
        NameLists.forEachGazetteerRow(cols -> {
            String[] words = cols[2].toLowerCase(Locale.ROOT).split("[\\s,()]+");
            if (words.length == 1) {
                alone.addAll(List.of(words));
            } else if (Set.of("name", "alt", "official", "demonym").contains(cols[1])) {
                inLonger.addAll(List.of(words));
            }
        });
        inLonger.removeAll(alone);
        return WordSet.copyOf(inLonger);
    }
}
