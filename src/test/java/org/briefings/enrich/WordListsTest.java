package org.briefings.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The word lists in resources have no entry twice: a duplicate is harmless to a set but says the
 * list was edited without looking (and the in-code lists refuse duplicates in {@code Words.set}).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WordListsTest {

    private static List<String> lines(String resource) throws IOException {
        try (InputStream in = WordListsTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " missing");
            }
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
            return out;
        }
    }

    private static List<String> duplicates(List<String> entries) {
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        for (String e : entries) {
            if (!seen.add(e)) {
                twice.add(e);
            }
        }
        return twice;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "person/given-names.txt",
                "person/given-names-african.txt",
                "person/given-names-arabic-persian.txt",
                "person/given-names-east-southeast-asian.txt",
                "person/given-names-european.txt",
                "person/given-names-iberian-latin.txt",
                "person/given-names-pacific.txt",
                "person/given-names-south-asian.txt",
                "person/given-names-turkic.txt",
                "person/not-names.txt",
                "person/family-first.txt"
            })
    void a_name_list_has_no_word_twice(String list) throws IOException {
        List<String> words = lines("/org/briefings/enrich/" + list).stream()
                .map(w -> w.strip().toLowerCase(Locale.ROOT))
                .toList();
        assertFalse(words.isEmpty());
        assertEquals(List.of(), duplicates(words), list);
    }

    /**
     * Names and aliases match ignoring case, so they must differ ignoring case; acronyms match
     * with their case, so "BoJ" beside "BOJ" is two entries, but the same acronym twice is not.
     */
    @Test
    void the_organisations_list_names_each_organisation_once_and_each_alias_once() throws IOException {
        List<String> names = new ArrayList<>();
        List<String> acronyms = new ArrayList<>();
        for (String line : lines("/org/briefings/enrich/org/organisations.tsv")) {
            String[] cols = line.split("\t", -1);
            String canonical = cols[0].strip();
            names.add(canonical.toLowerCase(Locale.ROOT));
            if (cols.length > 1 && !cols[1].isBlank()) {
                for (String a : cols[1].split(",")) {
                    acronyms.add(canonical + " / " + a.strip());
                }
            }
            if (cols.length > 2 && !cols[2].isBlank()) {
                for (String a : cols[2].split("\\|")) {
                    names.add(a.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        assertFalse(names.isEmpty());
        assertEquals(List.of(), duplicates(names), "names and aliases listed twice");
        assertEquals(List.of(), duplicates(acronyms), "acronyms listed twice for one organisation");
    }
}
