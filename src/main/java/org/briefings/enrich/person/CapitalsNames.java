package org.briefings.enrich.person;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.Words;

/**
 * Whole names in capitals ("HUN SEN", "HUN MANET") in a text whose house style writes surnames in
 * capitals ("Paetongtarn SHINAWATRA", "Anwar IBRAHIM"). Alone, two words in capitals are as often
 * an acronym, a heading or a shouted phrase as a name; the style the text has already shown for
 * its other people is the cue; without it, a listed family name written first ("HUN SEN", "KEM
 * SOKHA", "CHEN ZHI") is. The run is two or three words in capitals, none of them an
 * organisation's word of the briefing, a place word, a common word or a word never in a name,
 * with no capitals word before or after it (not a heading), none an acronym the briefing defines
 * in brackets, and not over an organisation found.
 */
final class CapitalsNames {

    private CapitalsNames() {}

    /** Adds the whole-capitals names of {@code f} when the briefing writes surnames in capitals. */
    static void find(PersonDocument doc, Field f, NameLists lists) {
        boolean style = capitalsStyle(doc);
        List<Token> toks = f.tokens();
        Set<String> defined = defined(doc);
        for (int i = 0; i < toks.size(); i++) {
            if (!style && !listedFamily(toks.get(i), doc, lists)) {
                continue; // without the style, only a listed family name opens one: "HUN SEN", "CHEN ZHI"
            }
            // a capitalised word right before it: the run is the rest of a name ("Teodoro OBIANG NGUEMA")
            if (!(word(toks.get(i), doc, lists) || familyWord(toks.get(i), doc, lists))
                    || defined.contains(toks.get(i).text())
                    || (i > 0
                            && toks.get(i - 1).isWord()
                            && toks.get(i - 1).isCapitalised()
                            && toks.get(i).start() - toks.get(i - 1).end() == 1)) {
                continue;
            }
            int end = i + 1;
            while (end < toks.size()
                    && end - i < 4
                    && word(toks.get(end), doc, lists)
                    && !defined.contains(toks.get(end).text())
                    && toks.get(end).start() - toks.get(end - 1).end() == 1) {
                end++;
            }
            int words = end - i;
            boolean closed = end >= toks.size()
                    || !(toks.get(end).isAllCaps()
                            || (toks.get(end).isWord() && toks.get(end).isCapitalised()));
            int from = toks.get(i).start();
            int to = toks.get(end - 1).end();
            if (words < 2 || words > 3 || !closed || doc.inOrganisation(f, from, to) || known(doc, f, from)) {
                i = end - 1;
                continue;
            }
            List<String> name = new ArrayList<>();
            for (int k = i; k < end; k++) {
                name.add(ShortReferences.titleCase(toks.get(k).text()));
            }
            Person p = new Person(name, false);
            p.mentions.add(new Mention(f, from, to));
            doc.people.add(p);
            i = end - 1;
        }
    }

    /**
     * A word in capitals that is a listed family name written first and no word of the language
     * ("HUN", "KIM", "CHEN"; not "TO" or "TEA", which need the text's style).
     */
    private static boolean listedFamily(Token t, PersonDocument doc, NameLists lists) {
        String l = t.lower();
        return t.isAllCaps()
                && t.isWord()
                && lists.familyFirst().contains(l)
                && !lists.commonWords().contains(l)
                && !lists.notNames().contains(l)
                && !doc.lowerVocabulary.contains(l);
    }

    /** Whether a person already found is written with a surname in capitals beside a word that is not. */
    static boolean capitalsStyle(PersonDocument doc) {
        for (Person p : doc.people) {
            for (Mention m : p.mentions) {
                String text = m.span().text();
                boolean capitals = false;
                boolean normal = false;
                for (String w : Words.SPACE_RUNS.split(text)) {
                    if (w.length() >= 3 && w.chars().allMatch(c -> Character.isUpperCase(c) || c == '-')) {
                        capitals = true;
                    } else if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                        normal = true;
                    }
                }
                if (capitals && normal) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A word of a name in capitals: letters with a vowel, no roman numeral, organisation, place or common word. */
    static boolean word(Token t, PersonDocument doc, NameLists lists) {
        String l = t.lower();
        return t.isAllCaps()
                && t.length() >= 2
                && Words.allLetters(t.text())
                && hasVowel(l)
                && !NameRuns.roman(t.text())
                && !doc.orgWords.contains(t.text())
                && !lists.placeWords().contains(l)
                && !lists.commonWords().contains(l)
                && !lists.notNames().contains(l);
    }

    /** Whether a lower-case word has one of a, e, i, o, u or y. */
    private static boolean hasVowel(String lower) {
        for (int k = 0; k < lower.length(); k++) {
            if ("aeiouy".indexOf(lower.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A family name written first that is also a word ("TO" of "TO LAM", "HO" of "HO Chi Minh"):
     * allowed to open a name in capitals, where a word in lower case would not be.
     */
    static boolean familyWord(Token t, PersonDocument doc, NameLists lists) {
        return t.isAllCaps()
                && Words.allLetters(t.text())
                && lists.familyFirst().contains(t.lower())
                && !doc.orgWords.contains(t.text());
    }

    /** Acronyms the briefing defines in brackets ("(EAA)", "(NOFO)"): "EAA NOFO" is no name. */
    static Set<String> defined(PersonDocument doc) {
        Set<String> out = new HashSet<>();
        for (Field f : doc.fields) {
            List<Token> toks = f.tokens();
            for (int k = 1; k + 1 < toks.size(); k++) {
                if (toks.get(k - 1).isPunct('(')
                        && toks.get(k + 1).isPunct(')')
                        && toks.get(k).isAllCaps()) {
                    out.add(toks.get(k).text());
                }
            }
        }
        return out;
    }

    /** Whether a mention of a person found already covers this character. */
    static boolean known(PersonDocument doc, Field f, int start) {
        for (Person p : doc.people) {
            for (Mention m : p.mentions) {
                if (m.field() == f && m.start() <= start && start < m.end()) {
                    return true;
                }
            }
        }
        return false;
    }
}
