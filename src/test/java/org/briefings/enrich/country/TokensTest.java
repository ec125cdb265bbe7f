package org.briefings.enrich.country;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TokensTest {

    private static List<String> surfaces(String text) {
        Tokens t = Tokens.of(text);
        return IntStream.range(0, t.size).mapToObj(t::surface).toList();
    }

    @Test
    void punctuation_is_a_token_of_its_own() {
        assertEquals(List.of("U", ".", "S", ".", "-", "Iran"), surfaces("U.S.-Iran"));
    }

    @Test
    void each_Han_character_is_a_token_so_Chinese_names_match_inside_a_run() {
        assertEquals(List.of("朝", "鲜", "发", "射", "DPRK"), surfaces("朝鲜发射DPRK"));
    }

    @Test
    void Russian_case_forms_of_a_name_share_one_key() {
        for (String form : List.of("Корея", "Кореи", "Корее", "Корею", "Кореей")) {
            assertEquals(Tokens.fold("Корея"), Tokens.fold(form), form);
        }
        for (String form : List.of("Северная", "Северной", "Северную")) {
            assertEquals(Tokens.fold("Северная"), Tokens.fold(form), form);
        }
        assertEquals(Tokens.fold("Беларусь"), Tokens.fold("Беларуси"));
        assertEquals("мали", Tokens.fold("Мали"), "short names stay whole");
    }

    @Test
    void caseless_scripts_may_start_a_name() {
        Tokens t = Tokens.of("الصين 中 china");
        assertTrue(t.mayStartName(0));
        assertTrue(t.mayStartName(1));
        assertFalse(t.mayStartName(2));
    }
}
