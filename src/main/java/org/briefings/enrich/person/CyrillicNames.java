package org.briefings.enrich.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.briefings.enrich.text.Words;

/**
 * The canonical name of a person a Russian text names, in Latin script: "Владимир Путин" is
 * {@code Vladimir Putin}, so that one person is one facet value whether the briefing was written
 * in Russian or in English (docs/annotation.md: the canonical name is the established English
 * name). Three steps:
 * <ol>
 *   <li>the nominative: Russian inflects names ("встреча Сергея Лаврова"); when the first word is a
 *       listed given name in another case, the case its ending shows is undone on the surname too
 *       ("Сергея Лаврова" is "Сергей Лавров", "Марии Захаровой" is "Мария Захарова");</li>
 *   <li>given names by their usual English form ({@code cyrillic-given-names-english.tsv}:
 *       "Александр" is Alexander, "Сергей" Sergei, "Юрий" Yuri), as English briefings write them;</li>
 *   <li>every other word letter by letter, a simplified BGN/PCGN romanisation with the English
 *       press's endings ("-ский" is "-sky", "-ий" is "-y"; soft and hard signs dropped).</li>
 * </ol>
 * East Asian names are left as written ("Ким Чен Ын"): Russian spells them by its own systems,
 * which do not reverse into the English forms ("Kim Jong Un"), and a wrong romanisation would be
 * a value no English text has. So is a name whose first word is no listed given name: its case
 * cannot be told, and "Баграта Галстаняна" romanised as it stands would be a genitive.
 */
final class CyrillicNames {

    /** Letters of Russian (and the few of Ukrainian and Belarusian names) and their romanisation. */
    private static final Map<Character, String> LETTERS = letters();

    /** Usual English forms of Russian given names, lower-case Cyrillic to Latin. */
    private static final Map<String, String> ENGLISH_GIVEN = englishGiven();

    private CyrillicNames() {}

    /** Whether any letter of the name is Cyrillic. */
    static boolean cyrillic(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Words.cyrillic(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name in Latin script, in the nominative; the name itself when it has no Cyrillic letter,
     * is an East Asian name written family name first, or opens with no listed given name.
     */
    static List<String> canonical(List<String> words, boolean familyFirst, NameLists lists) {
        if (familyFirst || words.stream().noneMatch(CyrillicNames::cyrillic)) {
            return words;
        }
        if (lists.familyFirst().contains(words.get(0).toLowerCase(Locale.ROOT))) {
            return words; // "Си Цзиньпин", "Ким Чен Ын"
        }
        String first = words.get(0).toLowerCase(Locale.ROOT);
        if (!lists.givenNames().contains(first) && lists.russianNominative(first) == null) {
            // "Баграта Галстаняна": with no listed given name first, the case is unknown, and a
            // romanised genitive ("Bagrata Galstanyana") is a value no text has; kept as written
            return words;
        }
        List<String> nominative = nominative(words, lists);
        List<String> out = new ArrayList<>();
        for (int k = 0; k < nominative.size(); k++) {
            String w = nominative.get(k);
            String english = k == 0 ? ENGLISH_GIVEN.get(w.toLowerCase(Locale.ROOT)) : null;
            out.add(english != null ? english : latin(w));
        }
        return out;
    }

    /**
     * The words in the nominative when the first is a listed given name in another case
     * ("Сергея Лаврова" to "Сергей Лавров"); the words as they are otherwise.
     */
    static List<String> nominative(List<String> words, NameLists lists) {
        String first = words.get(0);
        String lower = first.toLowerCase(Locale.ROOT);
        if (lists.givenNames().contains(lower)) {
            return words;
        }
        String base = lists.russianNominative(lower);
        if (base == null) {
            return words;
        }
        boolean feminine = (base.endsWith("а") || base.endsWith("я")) && !MASCULINE_IN_A.contains(base);
        List<String> out = new ArrayList<>();
        out.add(sameCase(first, base));
        for (int k = 1; k < words.size(); k++) {
            String w = words.get(k);
            out.add(sameCase(w, surnameNominative(w.toLowerCase(Locale.ROOT), feminine)));
        }
        return out;
    }

    /** Men's given names that end as women's do ("Илья", "Никита"). */
    private static final java.util.Set<String> MASCULINE_IN_A = Words.set("илья", "никита", "лука", "фома", "кузьма");

    /**
     * Case endings of Russian place names and the nominative endings they replace ("Армении" is
     * "Армения", "Казахстана" "Казахстан", "Украиной" "Украина"), longest first.
     */
    private static final String[][] PLACE_CASES = {
        {"ией", "ия"},
        {"ии", "ия"},
        {"ию", "ия"},
        {"ой", "а"},
        {"ей", "я"},
        {"ом", ""},
        {"ем", "ь"},
        {"ы", "а"},
        {"и", "а"},
        {"и", "я"},
        {"и", "ь"},
        {"е", "а"},
        {"е", "я"},
        {"е", ""},
        {"у", "а"},
        {"у", ""},
        {"ю", "я"},
        {"а", ""},
        {"я", "й"}
    };

    /**
     * Whether a lower-case Cyrillic word is a country's name in another case than the nominative
     * ("Премьер-министр Армении Никол Пашинян"): the place filters know the nominative only.
     */
    static boolean inflectedPlace(String lower, NameLists lists) {
        if (lower.length() < 5 || !cyrillic(lower)) {
            return false;
        }
        for (String[] c : PLACE_CASES) {
            if (lower.endsWith(c[0])
                    && lists.placeWords().contains(lower.substring(0, lower.length() - c[0].length()) + c[1])) {
                return true;
            }
        }
        return false;
    }

    /** Endings of masculine surnames in the cases other than the nominative, longest first. */
    private static final String[] MASCULINE_ENDINGS = {"ым", "ом", "ем", "а", "у", "е"};

    /** A surname in an oblique case back to the nominative, for a man or a woman. */
    static String surnameNominative(String w, boolean feminine) {
        for (String adj : new String[] {"ск", "цк"}) {
            // adjectival surnames: "Зеленского", "Тихановской"
            for (String end : feminine ? new String[] {"ой", "ую"} : new String[] {"ого", "ому", "им", "ом"}) {
                if (w.endsWith(adj + end) && w.length() > adj.length() + end.length() + 1) {
                    return w.substring(0, w.length() - end.length()) + (feminine ? "ая" : "ий");
                }
            }
        }
        if (feminine) {
            for (String stem : new String[] {"ов", "ев", "ёв", "ин", "ын"}) {
                for (String end : new String[] {"ой", "у"}) {
                    if (w.endsWith(stem + end) && w.length() > stem.length() + end.length() + 1) {
                        return w.substring(0, w.length() - end.length()) + "а";
                    }
                }
            }
            return w;
        }
        for (String end : MASCULINE_ENDINGS) {
            if (w.endsWith(end) && w.length() > end.length() + 2) {
                String stem = w.substring(0, w.length() - end.length());
                if (consonant(stem.charAt(stem.length() - 1))) {
                    return stem;
                }
            }
        }
        return w;
    }

    private static boolean consonant(char c) {
        return "бвгджзклмнпрстфхцчшщ".indexOf(c) >= 0;
    }

    /** {@code lower} with the capitalisation of {@code model}: its first letter, or all of it. */
    private static String sameCase(String model, String lower) {
        if (model.length() > 1 && model.equals(model.toUpperCase(Locale.ROOT))) {
            return lower.toUpperCase(Locale.ROOT);
        }
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** One word romanised letter by letter ("Пашинян" to "Pashinyan", "Зеленский" to "Zelensky"). */
    static String latin(String word) {
        // the endings "-ий", "-ый" as one "y", at the end of the word or of a hyphenated part
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[иы]й(?=-|$)", "\u0000");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == '\u0000') {
                out.append('y');
                continue;
            }
            String s = LETTERS.get(c);
            if (s == null) {
                out.append(c);
            } else if ((c == 'е' || c == 'ё') && (i == 0 || vowelOrSign(w.charAt(i - 1)))) {
                out.append(c == 'е' ? "ye" : "yo"); // "Евгений" Yevgeny, "Андреев" Andreyev
            } else {
                out.append(s);
            }
        }
        return capitalised(out.toString());
    }

    private static boolean vowelOrSign(char c) {
        return "аеёиоуыэюяьъ-".indexOf(c) >= 0;
    }

    /** First letter and every letter after a hyphen in capitals ("Римский-Корсаков"). */
    private static String capitalised(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean up = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(up ? Character.toUpperCase(c) : c);
            up = c == '-';
        }
        return out.toString();
    }

    private static Map<Character, String> letters() {
        String[] pairs = {
            "а", "a", "б", "b", "в", "v", "г", "g", "д", "d", "е", "e", "ё", "yo", "ж", "zh", "з", "z", "и", "i", "й",
            "y", "к", "k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p", "р", "r", "с", "s", "т", "t", "у", "u",
            "ф", "f", "х", "kh", "ц", "ts", "ч", "ch", "ш", "sh", "щ", "shch", "ъ", "", "ы", "y", "ь", "", "э", "e",
            "ю", "yu", "я", "ya", "і", "i", "ї", "yi", "є", "ye", "ґ", "g", "ў", "w"
        };
        Map<Character, String> out = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i].charAt(0), pairs[i + 1]);
        }
        return Map.copyOf(out);
    }

    private static Map<String, String> englishGiven() {
        Map<String, String> out = new HashMap<>();
        for (String line : Words.load(CyrillicNames.class, "cyrillic-given-names-english.tsv")) {
            String[] cols = line.split("\t");
            if (cols.length == 2) {
                out.put(cols[0], capitalised(cols[1])); // the loader gives lower case
            }
        }
        return Map.copyOf(out);
    }
}
