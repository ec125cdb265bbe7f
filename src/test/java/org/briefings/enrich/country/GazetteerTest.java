package org.briefings.enrich.country;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.briefings.enrich.country.Gazetteer.Entry;
import org.briefings.enrich.country.Gazetteer.Flag;
import org.briefings.enrich.country.Gazetteer.Kind;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GazetteerTest {

    private static final Gazetteer G = Gazetteer.load();

    /** The one-token entry for {@code form} naming {@code code}. */
    private static Entry single(String form, String code) {
        return Arrays.stream(G.startingWith(PlaceKeys.of(form)))
                .filter(e -> e.keys().length == 1 && e.codes().contains(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError(form + " does not name " + code));
    }

    @Test
    void the_gazetteer_is_loaded_once_and_shared() {
        assertSame(G, Gazetteer.load());
        assertTrue(G.size() > 3000, "forms: " + G.size());
    }

    @Test
    void names_map_codes_to_english_short_names_and_back() {
        assertEquals("North Korea", G.name("KP"));
        assertEquals("XX", G.name("XX"));
        assertEquals(Optional.of("KP"), G.codeFor("North Korea"));
        assertEquals(Optional.of("KP"), G.codeFor("kp"));
        assertEquals(Optional.of("KP"), G.codeFor("  Democratic People's Republic of Korea "));
        assertEquals(Optional.empty(), G.codeFor("Atlantis"));
        assertEquals(Optional.empty(), G.codeFor(" "));
    }

    @Test
    void demonyms_and_capitals_are_forms_of_their_country() {
        assertEquals(Kind.DEMONYM, single("Dutch", "NL").kind());
        assertEquals(Kind.DEMONYM, single("Burmese", "MM").kind());
        assertEquals(Kind.CAPITAL, single("Pyongyang", "KP").kind());
        assertEquals(Kind.CAPITAL, single("Tbilisi", "GE").kind());
    }

    @Test
    void withdrawn_countries_keep_their_ISO_3166_3_codes() {
        for (String code : List.of("SU", "DD", "YU", "CS", "ZR", "YD", "AN")) {
            assertTrue(G.codes().contains(code), code);
        }
        assertEquals("Soviet Union", G.name("SU"));
        assertEquals(Optional.of("ZR"), G.codeFor("Zaire"));
        assertEquals(Optional.of("DD"), G.codeFor("East Germany"));
        assertEquals(Optional.of("MM"), G.codeFor("Burma"));
    }

    @Test
    void a_name_claimed_by_two_countries_alone_names_neither() {
        assertEquals(Optional.empty(), G.codeFor("Congo"));
        Entry[] congo = G.startingWith("congo");
        assertTrue(congo.length > 0);
        for (Entry e : congo) {
            assertTrue(e.keys().length > 1, e.form());
        }
    }

    @Test
    void ambiguous_names_carry_the_flag_that_constrains_them() {
        assertTrue(single("Jordan", "JO").has(Flag.WEAK));
        assertTrue(single("Georgia", "GE").has(Flag.WEAK));
        assertTrue(single("Korea", "KR").has(Flag.PENINSULA));
        Entry us = single("US", "US");
        assertTrue(us.has(Flag.CS));
        assertTrue(us.has(Flag.NOCAPS));
    }

    @Test
    void an_entry_answers_for_its_flags_from_the_set_it_was_made_with() {
        // has() reads bits made from the set when the entry is made, whatever bits are given
        Entry e = new Entry(
                List.of("US"),
                Kind.NAME,
                "US",
                new String[] {"US"},
                new String[] {"us"},
                java.util.EnumSet.of(Flag.CS, Flag.AFTER_PLACE),
                -1,
                -1,
                -1);
        for (Flag f : Flag.values()) {
            assertEquals(f == Flag.CS || f == Flag.AFTER_PLACE, e.has(f), f.name());
        }
        // the number of keys and the second key's hash, too, are made from the keys
        assertEquals(1, e.keyCount());
        assertEquals(0, e.secondKeyHash());
        int multiWord = 0;
        for (String first : List.of("the", "united", "south", "republic", "north", "guinea", "mer")) {
            for (Entry x : G.startingWith(first)) {
                assertEquals(x.keys().length, x.keyCount(), x.form());
                assertEquals(x.keys().length > 1 ? x.keys()[1].hashCode() : 0, x.secondKeyHash(), x.form());
                multiWord += x.keyCount() > 1 ? 1 : 0;
            }
        }
        assertTrue(multiWord >= 10, "forms of two words or more seen: " + multiWord);
        int flagged = 0;
        for (String form : List.of("US", "Jordan", "Georgia", "Korea", "Chad", "Nev.", "Paris", "the two Koreas")) {
            for (Entry x : G.startingWith(PlaceKeys.of(form.split(" ")[0]))) {
                for (Flag f : Flag.values()) {
                    assertEquals(x.flags().contains(f), x.has(f), x.form() + " " + f);
                }
                flagged += x.flags().isEmpty() ? 0 : 1;
            }
        }
        assertTrue(flagged >= 5, "flagged entries seen: " + flagged);
    }

    @Test
    void entries_sharing_a_first_word_come_longest_first() {
        Entry[] guinea = G.startingWith("guinea");
        assertTrue(guinea.length > 1);
        for (int i = 1; i < guinea.length; i++) {
            assertTrue(guinea[i - 1].keys().length >= guinea[i].keys().length);
        }
        assertEquals(0, G.startingWith("atlantis").length);
    }

    @Test
    void datelines_read_small_places_and_state_abbreviations_best_country_first() {
        assertEquals("US", G.datelinePlace("N.Y.").get(0));
        assertEquals("US", G.datelinePlace("Ore.").get(0));
        assertEquals("JP", G.datelinePlace("TOKYO").get(0));
        assertFalse(G.datelinePlace("Santa Cruz").isEmpty());
        assertTrue(G.datelinePlace("Atlantis").isEmpty());
    }

    @Test
    void the_key_of_an_ascii_form_is_its_runs_of_letters_and_digits_lower_cased() {
        // Gazetteer.key answers ASCII in one pass; these are what the token-by-token path gives
        assertEquals("st louis", PlaceKeys.of("ST. LOUIS"));
        assertEquals("n y", PlaceKeys.of("N.Y"));
        assertEquals("u s iran", PlaceKeys.of("  U.S.-Iran "));
        assertEquals("g20 summit", PlaceKeys.of("G20\tSummit\n"));
        assertEquals("", PlaceKeys.of(".,;"));
        assertEquals("", PlaceKeys.of(""));
        // and a form with one non-ASCII letter takes the general path, accents folded
        assertEquals("cote d ivoire", PlaceKeys.of("Côte d'Ivoire"));
        assertEquals(Optional.of("CI"), G.codeFor("Republic of Côte d'Ivoire"));
        assertEquals(Optional.of("CI"), G.codeFor("IVORY  COAST"));
    }
}
