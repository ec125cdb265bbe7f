package org.briefings.enrich.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefings.enrich.org.OrganisationPatterns.TokenRange;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.Words;

/**
 * Bodies named in German and Russian, where the head word is inflected and the English patterns
 * do not see it. German writes the head inside a compound ("Bundesnachrichtendienstes",
 * "Zentraler Wahlkommission") or after capitalised adjectives ("das Auswärtige Amt", "die
 * Vereinte Nationale Bewegung"); Russian puts a capitalised adjective before a lower-case head
 * in any case, with its complements after it ("Центральной избирательной комиссии",
 * "Объединённый комитет начальников штабов Южной Кореи", "Правозащитный центр «Весна»"). The
 * name is returned as written, which is how docs/annotation.md records mentions in those
 * languages.
 */
final class InflectedNames {

    /** Heads that end a German compound, with the case endings they take. */
    static final List<String> GERMAN_COMPOUND_HEADS = List.of(
            "ministerium",
            "amt",
            "dienst",
            "kommission",
            "partei",
            "bewegung",
            "gericht",
            "behörde",
            "agentur",
            "verband",
            "stiftung",
            "institut",
            "versammlung",
            "parlament");

    static final List<String> GERMAN_ENDINGS = List.of("", "s", "es", "en", "n", "e");

    /**
     * Every compound head with every ending ("dienstes"), grouped by its last two letters
     * ({@link #bucket}): a word is compared with the few suffixes that end as it does, not with all
     * of them (this test ran on every capitalised word and was a tenth of the organisation tagger's
     * time). Grouped by the last letter alone, an English word ending in "s", "n" or "t" met some
     * twenty suffixes, and the test was still 2% of enrichment's CPU on the UN speeches (JFR,
     * 2026-12-06); by the last two, and without a boxed {@code Character} key, it meets a few.
     */
    private static final String[][] COMPOUND_SUFFIXES = compoundSuffixes();

    /** Slots of {@link #COMPOUND_SUFFIXES}, a power of two. */
    private static final int BUCKETS = 256;

    /** The shortest word that can be a compound: the shortest suffix after at least four letters. */
    private static final int SHORTEST_COMPOUND = shortestCompound();

    /** German heads that stand alone after capitalised adjectives ("Auswärtige Amt"). */
    private static final Set<String> GERMAN_HEADS = Words.set(
            "amt",
            "amtes",
            "amts",
            "bewegung",
            "partei",
            "kommission",
            "rat",
            "rates",
            "gericht",
            "gerichts",
            "ministerium",
            "ministeriums",
            "dienst",
            "dienstes",
            "agentur",
            "behörde",
            "stiftung",
            "union",
            "bund",
            "bundes",
            "front",
            "allianz",
            "versammlung");

    /** German articles and determiners: capitalised at a sentence start, never part of a name. */
    private static final Set<String> GERMAN_ARTICLES =
            Words.set("die", "der", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen");

    /** Endings of Russian adjectives in every case and gender. */
    private static final List<String> RUSSIAN_ADJECTIVE_ENDINGS = List.of(
            "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ого", "его", "ому", "ему", "ым", "им", "ую", "юю", "ых", "их",
            "ые", "ие", "ыми", "ими");

    /** Stems of Russian heads in any case ("комиссии", "комитет", "агентство"). */
    private static final List<String> RUSSIAN_HEADS = List.of(
            "комитет",
            "комисси",
            "министерств",
            "совет",
            "агентств",
            "центр",
            "служб",
            "парти",
            "союз",
            "движени",
            "фронт",
            "фонд",
            "суд",
            "собрани",
            "дум",
            "государств",
            "управлени",
            "ведомств",
            "департамент",
            "организаци",
            "ассамбле",
            "палат",
            "академи",
            "институт",
            "университет");

    private InflectedNames() {}

    /** The German or Russian body starting at token {@code i}, or null. */
    static TokenRange at(List<Token> tokens, int i, boolean[] covered) {
        Token t = tokens.get(i);
        if (!t.isWord() || !t.isCapitalised() || covered[i]) {
            return null;
        }
        return isCyrillic(t.text()) ? russian(tokens, i, covered) : german(tokens, i, covered);
    }

    private static TokenRange german(List<Token> tokens, int i, boolean[] covered) {
        int j = i;
        // capitalised adjectives first: "Zentraler", "Vereinte Nationale"
        while (j < tokens.size() && j - i < 3 && !covered[j] && germanAdjective(tokens.get(j)) && touching(tokens, j)) {
            j++;
        }
        if (j >= tokens.size() || covered[j] || !tokens.get(j).isCapitalised() || (j > i && !touching(tokens, j))) {
            return null;
        }
        String head = tokens.get(j).lower();
        boolean compound = germanCompound(head);
        // "die staatliche Nachrichtenagentur KCNA": a compound after a lower-case adjective or before a
        // name is a description of a kind of body, not its name
        if (compound
                && j == i
                && (describedBefore(tokens, i)
                        || (j + 1 < tokens.size() && tokens.get(j + 1).isCapitalised()))) {
            return null;
        }
        if (compound || (j > i && GERMAN_HEADS.contains(head))) {
            return new TokenRange(i, j + 1);
        }
        return null;
    }

    /** A lower-case adjective right before token {@code i} ("staatliche", "neuen"). */
    private static boolean describedBefore(List<Token> tokens, int i) {
        if (i == 0) {
            return false;
        }
        Token p = tokens.get(i - 1);
        String l = p.lower();
        return p.isWord()
                && !p.isCapitalised()
                && !GERMAN_ARTICLES.contains(l)
                && (l.endsWith("e") || l.endsWith("en") || l.endsWith("er") || l.endsWith("es") || l.endsWith("em"));
    }

    /** Whether token {@code j} follows the previous one after a single space, on the same sentence. */
    private static boolean touching(List<Token> tokens, int j) {
        return j == 0
                || (tokens.get(j).start() - tokens.get(j - 1).end() <= 1
                        && !tokens.get(j).lineStart());
    }

    private static boolean germanAdjective(Token t) {
        String l = t.lower();
        return t.isWord()
                && t.isCapitalised()
                && !t.isAllCaps()
                && !GERMAN_ARTICLES.contains(l)
                && l.length() >= 4
                && (l.endsWith("e") || l.endsWith("en") || l.endsWith("er") || l.endsWith("es") || l.endsWith("em"))
                && !germanCompound(l);
    }

    /** "Bundesnachrichtendienstes", "Wahlkommission": a long word ending in a head and a case ending. */
    static boolean germanCompound(String lower) {
        int n = lower.length();
        if (n < SHORTEST_COMPOUND) {
            return false;
        }
        String[] suffixes = COMPOUND_SUFFIXES[bucket(lower.charAt(n - 1), lower.charAt(n - 2))];
        if (suffixes == null) {
            return false;
        }
        for (String suffix : suffixes) {
            if (lower.length() - suffix.length() >= 4 && lower.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** The slot of a word's last two letters; suffixes in one slot may end differently (compared in full). */
    private static int bucket(char last, char beforeLast) {
        return (last * 31 + beforeLast) & (BUCKETS - 1);
    }

    private static String[][] compoundSuffixes() {
        Map<Integer, List<String>> byEnd = new HashMap<>();
        for (String head : GERMAN_COMPOUND_HEADS) {
            for (String ending : GERMAN_ENDINGS) {
                String suffix = head + ending;
                int n = suffix.length();
                byEnd.computeIfAbsent(bucket(suffix.charAt(n - 1), suffix.charAt(n - 2)), b -> new ArrayList<>())
                        .add(suffix);
            }
        }
        String[][] out = new String[BUCKETS][];
        byEnd.forEach((b, l) -> out[b] = l.toArray(String[]::new));
        return out;
    }

    private static int shortestCompound() {
        int head = GERMAN_COMPOUND_HEADS.stream().mapToInt(String::length).min().orElseThrow();
        int ending = GERMAN_ENDINGS.stream().mapToInt(String::length).min().orElseThrow();
        return head + ending + 4;
    }

    private static TokenRange russian(List<Token> tokens, int i, boolean[] covered) {
        if (!russianAdjective(tokens.get(i).lower())) {
            return null;
        }
        int j = i + 1;
        while (j < tokens.size()
                && j - i <= 3
                && !covered[j]
                && cyrillicWord(tokens.get(j), false)
                && russianAdjective(tokens.get(j).lower())) {
            j++;
        }
        if (j >= tokens.size()
                || covered[j]
                || !cyrillicWord(tokens.get(j), false)
                || !russianHead(tokens.get(j).lower())) {
            return null;
        }
        int end = j + 1;
        // complements: plural genitives ("начальников штабов"), then a capitalised place ("Южной Кореи")
        while (end < tokens.size()
                && end - j <= 3
                && cyrillicWord(tokens.get(end), false)
                && (tokens.get(end).lower().endsWith("ов")
                        || tokens.get(end).lower().endsWith("ей"))) {
            end++;
        }
        int place = end;
        while (place < tokens.size() && place - end < 2 && !covered[place] && cyrillicWord(tokens.get(place), true)) {
            place++;
        }
        end = place;
        // a name in guillemets after the head: "Правозащитный центр «Весна»"
        if (end + 2 < tokens.size()
                && tokens.get(end).isPunct('«')
                && tokens.get(end + 2).isPunct('»')) {
            end += 3;
        }
        return new TokenRange(i, end);
    }

    private static boolean cyrillicWord(Token t, boolean capitalised) {
        return t.isWord() && isCyrillic(t.text()) && t.isCapitalised() == capitalised && !t.isAllCaps();
    }

    private static boolean russianAdjective(String lower) {
        for (String e : RUSSIAN_ADJECTIVE_ENDINGS) {
            if (lower.length() > e.length() + 2 && lower.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean russianHead(String lower) {
        for (String h : RUSSIAN_HEADS) {
            if (lower.startsWith(h) && lower.length() - h.length() <= 3) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCyrillic(String w) {
        return !w.isEmpty() && Words.cyrillic(w.charAt(0));
    }
}
