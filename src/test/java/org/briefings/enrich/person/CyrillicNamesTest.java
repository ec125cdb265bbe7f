package org.briefings.enrich.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.briefings.EntityMention;
import org.junit.jupiter.api.Test;

/**
 * People a Russian text names get their canonical name in Latin script, in the nominative, with
 * the usual English form of the given name, so that they are one facet value with the same
 * people in English briefings; East Asian names written in Cyrillic are left as written.
 */
class CyrillicNamesTest {

    private static final PersonTagger TAGGER = new PersonTagger();
    private static final NameLists LISTS = NameLists.load();

    private static List<String> names(String body) {
        return TAGGER.tag("", body).stream().map(EntityMention::name).toList();
    }

    @Test
    void wordsAreRomanisedLetterByLetter() {
        assertEquals("Pashinyan", CyrillicNames.latin("Пашинян"));
        assertEquals("Zelensky", CyrillicNames.latin("Зеленский"));
        assertEquals("Shcherbakov", CyrillicNames.latin("Щербаков"));
        assertEquals("Yermakov", CyrillicNames.latin("Ермаков"), "е opening a word is ye");
        assertEquals("Andreyev", CyrillicNames.latin("Андреев"), "е after a vowel is ye");
        assertEquals("Medvedev", CyrillicNames.latin("Медведев"), "е after a consonant is e");
        assertEquals("Tolstoy", CyrillicNames.latin("Толстой"));
        assertEquals("Rimsky-Korsakov", CyrillicNames.latin("Римский-Корсаков"));
    }

    @Test
    void aRussianTextsPeopleHaveLatinCanonicalNames() {
        assertEquals(List.of("Vladimir Putin"), names("Владимир Путин провёл совещание в Кремле."));
        assertEquals(List.of("Sergei Lavrov"), names("Сергей Лавров прибыл в Анкару."));
        assertEquals(List.of("Alexander Lukashenko"), names("Александр ЛУКАШЕНКО выступил в Минске."));
    }

    @Test
    void anInflectedNameIsPutInTheNominative() {
        assertEquals(List.of("Sergei Lavrov"), names("Встреча Сергея Лаврова с коллегами прошла в Анкаре."));
        assertEquals(List.of("Maria Zakharova"), names("Слова Марии Захаровой повторили в Москве."));
        assertEquals(List.of("Svetlana Tikhanovskaya"), names("Власти обвинили Светлану Тихановскую в заговоре."));
        // an ending that does not inflect stays: "Лукашенко" after "Александра"
        assertEquals(List.of("Alexander Lukashenko"), names("Указ Александра Лукашенко вступил в силу."));
    }

    @Test
    void anInflectedCountryOrTitleIsNoPartOfTheName() {
        // "Армении" is Armenia in the genitive, a place; "президентом" a title in the instrumental
        assertEquals(List.of("Никол Пашинян"), names("Премьер-министр Армении Никол Пашинян заявил во вторник."));
        assertEquals(List.of("Alexander Lukashenko"), names("Александр Лукашенко является президентом Беларуси."));
        assertEquals(List.of("Баграта Галстаняна"), names("Служба задержала архиепископа Баграта Галстаняна в июне."));
    }

    @Test
    void eastAsianAndLatinNamesAreLeftAsWritten() {
        assertEquals(List.of("Ким", "Чен", "Ын"), CyrillicNames.canonical(List.of("Ким", "Чен", "Ын"), false, LISTS));
        assertEquals(List.of("Anna", "Ivanova"), CyrillicNames.canonical(List.of("Anna", "Ivanova"), false, LISTS));
        // no listed given name first: the case cannot be told, the name stays as written
        assertEquals(
                List.of("Баграта", "Галстаняна"),
                CyrillicNames.canonical(List.of("Баграта", "Галстаняна"), false, LISTS));
        // a listed given name in the nominative: the family name is romanised as written
        assertEquals(
                List.of("Nikolai", "Pashinyan"), CyrillicNames.canonical(List.of("Николай", "Пашинян"), false, LISTS));
    }
}
