package org.briefings.enrich.person;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.briefings.enrich.country.Gazetteer;
import org.briefings.enrich.text.WordSet;
import org.briefings.enrich.text.Words;

/**
 * The one-word-a-line lists that ship beside the person tagger, and the words of country names.
 *
 * @param givenNames  common given names ({@link #GIVEN_NAME_FILES}): a run starting with one is a name
 * @param notNames    capitalised words that are never names ({@code not-names.txt})
 * @param familyFirst East Asian family names written first ({@code family-first.txt})
 * @param placeWords  words of country names and demonyms ({@link #placeWords(Set, Set)})
 * @param commonWords words written in lower case most of the time ({@code common-words.txt}, built
 *                    by {@code scripts/build-common-words.py}): alone they are not a person
 * @param capitals    capitals and cities of the country gazetteer ("Bamako", "Phnom Penh") and its
 *                    dateline places of several words ("Pedro Juan Caballero"), lower case: a name
 *                    that is one of them is a place, not a person
 * @param surnames    common family names of each region ({@link #SURNAME_FILES}), accents off: a
 *                    given name no list knows before one is still a name ("Tendai Mnangagwa")
 */
record NameLists(
        Set<String> givenNames,
        Set<String> notNames,
        Set<String> familyFirst,
        Set<String> placeWords,
        Set<String> commonWords,
        Set<String> capitals,
        Set<String> surnames) {

    /** Whether a lower-case word is a listed family name, accents ignored ("peña" is "pena"). */
    boolean surname(String lower) {
        return surnames.contains(lower) || surnames.contains(fold(lower));
    }

    /** Whether a lower-case word is a given name, accents ignored ("andrés" is "andres"). */
    boolean given(String lower) {
        if (givenNames.contains(lower) || givenNames.contains(fold(lower))) {
            return true;
        }
        if (russianCase(lower)) {
            return true;
        }
        // compound given names: "Jens-Frederik", "Jean-Pierre", "Hans-Dietrich"
        int dash = lower.indexOf('-');
        if (dash > 1 && dash < lower.length() - 2) {
            String head = lower.substring(0, dash);
            return givenNames.contains(head) || givenNames.contains(fold(head));
        }
        return false;
    }

    /** Case endings of Russian given names: "Владимира", "Сергею", "Марией", "Ольгой". */
    private static final Set<String> RUSSIAN_ENDINGS =
            Set.of("а", "у", "е", "ом", "ем", "ём", "ю", "я", "и", "ы", "ой", "ей");

    /** What a Russian given name ends with in the nominative, after its case ending is cut. */
    private static final String[] RUSSIAN_NOMINATIVE = {"", "й", "а", "я", "ь"};

    /**
     * A Russian given name in another case than the nominative ("Сергея Лаврова", "с Марией"):
     * Russian inflects names, and the list holds the nominative.
     */
    private boolean russianCase(String lower) {
        return russianNominative(lower) != null;
    }

    /**
     * The listed nominative of a Russian given name written in another case ("сергея" is
     * "сергей", "марией" is "мария"), or null when the word is no such form.
     */
    String russianNominative(String lower) {
        if (lower.length() < 4 || !Words.cyrillic(lower.charAt(0))) {
            return null;
        }
        for (int cut = 1; cut <= 2; cut++) {
            String stem = lower.substring(0, lower.length() - cut);
            if (stem.length() >= 3 && RUSSIAN_ENDINGS.contains(lower.substring(lower.length() - cut))) {
                for (String end : RUSSIAN_NOMINATIVE) {
                    if (givenNames.contains(stem + end)) {
                        return stem + end;
                    }
                }
            }
        }
        return null;
    }

    static String fold(String s) {
        return Words.withoutAccents(s);
    }

    /**
     * The given-name lists: the first, general list, and one list per region compiled by the project
     * (a run whose first word is no listed given name is the most common miss on unseen text).
     */
    static final List<String> GIVEN_NAME_FILES = List.of(
            "given-names.txt",
            "given-names-african.txt",
            "given-names-arabic-persian.txt",
            "given-names-east-southeast-asian.txt",
            "given-names-european.txt",
            "given-names-iberian-latin.txt",
            "given-names-pacific.txt",
            "given-names-south-asian.txt",
            "given-names-turkic.txt");

    /**
     * The family-name lists, one per region, compiled by the project: "an unlisted given name and a
     * known family name" was the most common remaining miss on unseen text once the given-name
     * lists had grown.
     */
    static final List<String> SURNAME_FILES = List.of(
            "surnames-african.txt",
            "surnames-arabic-persian.txt",
            "surnames-east-southeast-asian.txt",
            "surnames-european.txt",
            "surnames-iberian-latin.txt",
            "surnames-pacific.txt",
            "surnames-south-asian.txt",
            "surnames-turkic.txt");

    static NameLists load() {
        Set<String> given = new HashSet<>();
        for (String file : GIVEN_NAME_FILES) {
            given.addAll(load(file));
        }
        given = WordSet.copyOf(given);
        Set<String> family = load("family-first.txt");
        return new NameLists(
                given,
                load("not-names.txt"),
                family,
                placeWords(given, family),
                load("common-words.txt"),
                loadCapitals(),
                loadAll(SURNAME_FILES));
    }

    /**
     * Words of country names and demonyms from the country gazetteer ("Burkina", "Faso",
     * "Tobago", "Jamahiriya"): never part of a person's name. Words of forms the gazetteer flags
     * as also being names ("Jordan", "Chad", "Georgia"), given names, family names and short or
     * function words are left out.
     */
    static Set<String> placeWords(Set<String> givenNames, Set<String> familyFirst) {
        Set<String> out = new HashSet<>();
        Set<String> weak = new HashSet<>();
        forEachGazetteerRow(cols -> {
            String kind = cols[1];
            boolean isWeak = cols.length > 3 && cols[3].contains("weak");
            if (!(kind.equals("name") || kind.equals("alt") || kind.equals("official") || kind.equals("demonym"))) {
                return;
            }
            for (String w : cols[2].split("[\\s,()]+")) {
                if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                    // "von", "de", "del", "y" of "Föderierte Staaten von Mikronesien",
                    // "República de Chile": particles of people's names too ("Ursula von der Leyen")
                    continue;
                }
                String l = w.toLowerCase(Locale.ROOT).replaceAll("[.'\u2019]+$", "");
                if (isWeak) {
                    weak.add(l);
                } else if (l.length() >= 3 && Character.isLetter(l.charAt(0))) {
                    out.add(l);
                }
            }
        });
        out.removeAll(weak);
        out.removeAll(givenNames);
        out.removeAll(familyFirst);
        out.removeAll(Set.of(
                "the", "and", "of", "for", "saint", "san", "santa", "sao", "new", "great", "lao", "people", "sea",
                "man", "guard", "gold", "chad", "jordan", "costa", "santos", "marino", "leone"));
        return WordSet.copyOf(out);
    }

    /** Capital and city names, and dateline places of several words, of the country gazetteer, lower case. */
    static Set<String> loadCapitals() {
        Set<String> out = new HashSet<>();
        forEachGazetteerRow(cols -> {
            if (cols[1].equals("capital")
                    || cols[1].equals("city")
                    || (cols[1].equals("dateline") && cols[2].contains(" "))) {
                out.add(cols[2].toLowerCase(Locale.ROOT));
            }
        });
        return WordSet.copyOf(out);
    }

    /** Calls {@code row} with the columns (code, kind, form, flags) of each row of the country gazetteer. */
    static void forEachGazetteerRow(Consumer<String[]> row) {
        try (InputStream in = Gazetteer.class.getResourceAsStream("gazetteer.tsv")) {
            if (in == null) {
                return;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String[] cols = line.split("\t", -1);
                if (!line.startsWith("#") && cols.length >= 3) {
                    row.accept(cols);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> loadAll(List<String> files) {
        Set<String> out = new HashSet<>();
        for (String file : files) {
            out.addAll(load(file));
        }
        return WordSet.copyOf(out);
    }

    static Set<String> load(String resource) {
        return Words.load(NameLists.class, resource);
    }
}
