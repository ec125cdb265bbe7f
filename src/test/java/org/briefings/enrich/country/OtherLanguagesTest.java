package org.briefings.enrich.country;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.briefings.CountryMention;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Country names, demonyms and capitals in the other languages briefings arrive in. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OtherLanguagesTest {

    private static final CountryTagger TAGGER = new CountryTagger();

    private static Set<String> mentioned(String body) {
        Set<String> out = new TreeSet<>();
        for (CountryMention m : TAGGER.tag("", body)) {
            out.add(m.code());
        }
        return out;
    }

    private static List<String> about(String title, String body) {
        return TAGGER.tag(title, body).stream()
                .filter(CountryMention::about)
                .map(CountryMention::code)
                .toList();
    }

    @Test
    void French_names_demonyms_and_capitals() {
        assertEquals(Set.of("MN", "KP", "CN"), mentioned("La Mongolie, la Corée du Nord et Pékin."));
        assertEquals(Set.of("FR", "DE"), mentioned("Les Français et les Allemands ont signé."));
        assertEquals(Set.of("US", "GB"), mentioned("Les États-Unis et Londres ont réagi."));
        assertEquals(Set.of("VC"), mentioned("Saint-Vincent-et-les-Grenadines : l'île de Saint-Vincent."));
    }

    @Test
    void Spanish_Portuguese_and_German_names() {
        assertEquals(Set.of("US", "KP"), mentioned("Estados Unidos y Corea del Norte."));
        assertEquals(Set.of("DE", "CN"), mentioned("A Alemanha e Pequim assinaram."));
        assertEquals(Set.of("KP", "GE"), mentioned("Nordkorea und Georgien; Pjöngjang und Tiflis."));
    }

    @Test
    void Russian_names_in_their_common_case_forms() {
        assertEquals(Set.of("KP"), mentioned("Северная Корея. Пуск Северной Кореи. О Северной Корее."));
        assertEquals(Set.of("BY", "RU"), mentioned("Президент Беларуси. Россия и Беларусь. Союзник Москвы."));
        assertEquals(Set.of("US"), mentioned("США и Соединённые Штаты."));
    }

    @Test
    void Arabic_names_also_with_a_glued_conjunction() {
        assertEquals(Set.of("KP", "CN"), mentioned("أطلقت كوريا الشمالية صاروخا والصين"));
    }

    @Test
    void Chinese_names_inside_unspaced_text_longest_first() {
        assertEquals(Set.of("KP", "US", "KR"), mentioned("朝鲜发射导弹，美国和韩国谴责。"));
        assertEquals(Set.of("ID"), mentioned("印度尼西亚总统访问印度洋。"));
    }

    @Test
    void seas_named_after_a_country_name_no_country_in_any_language() {
        assertEquals(Set.of(), mentioned("Le missile est tombé en mer du Japon."));
        assertEquals(Set.of(), mentioned("Piratería en el golfo de Guinea; 日本海."));
    }

    @Test
    void forms_that_are_also_words_or_names_do_not_count_as_countries() {
        assertEquals(Set.of(), mentioned("Того же мнения придерживается министр."));
        assertEquals(Set.of(), mentioned("El Príncipe Felipe habló con Mauricio Macri."));
    }

    @Test
    void a_Russian_history_is_about_its_country() {
        assertEquals(List.of("BY"), about("Беларусь — справка", "Президент Беларуси. Минск остаётся союзником."));
    }
}
