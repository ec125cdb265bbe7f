package org.briefings.enrich.person;

import static org.briefings.enrich.person.PersonWords.AMBIGUOUS_FAMILY;
import static org.briefings.enrich.person.PersonWords.PARTICLES;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.WordSet;

/**
 * Shapes that tell a name from other capitalised words, for {@link NameCandidates}: a surname in
 * capitals, an East Asian family name first, adverbs and party-state tags that are never names,
 * a group after an article, a presidency ("the Trump administration"), a name that runs into an
 * organisation.
 */
final class NameShapes {

    private final NameLists lists;

    NameShapes(NameLists lists) {
        this.lists = lists;
    }

    /** Lower-case articles before a lone capitalised word that make it a group or a thing. */
    static final Set<String> ARTICLES = WordSet.of("the", "les", "los", "las", "die");

    /** "the Trump administration", "the first Trump Administration": the word before it. */
    static boolean administration(List<Token> toks, int wordIndex, int afterIdx) {
        int next = wordIndex + 1;
        return (afterIdx < toks.size() && toks.get(afterIdx).lower().equals("administration"))
                || (next < toks.size() && toks.get(next).lower().equals("administration"));
    }

    /** The words of a name that end before an organisation starting at {@code orgStart}. */
    static List<Token> beforeOrganisation(List<Token> name, int orgStart) {
        List<Token> kept = new ArrayList<>();
        for (Token t : name) {
            if (t.end() > orgStart) {
                break;
            }
            kept.add(t);
        }
        while (!kept.isEmpty()
                && (!kept.get(kept.size() - 1).isWord()
                        || PARTICLES.contains(kept.get(kept.size() - 1).text()))) {
            kept.remove(kept.size() - 1);
        }
        return kept;
    }

    /**
     * A name in the house style of government reports, given names in normal case and the surname
     * in capitals ("Sam NUJOMA", "Rosario MURILLO", "Domingos SIMOES PEREIRA"): the style is itself
     * the cue, whatever the given name. A word in capitals that names an organisation of the
     * briefing ("SWAPO") or is a word the briefing writes in lower case is not a surname.
     */
    boolean capitalsStyle(List<Token> name, PersonDocument doc) {
        if (name.get(0).isAllCaps()) {
            return false; // family name first in capitals is the family-first pattern's ("KIM Jong Un"), not "МИД
            // Японии"
        }
        boolean capitals = false;
        boolean normal = false;
        for (Token t : name) {
            if (!t.isWord()) {
                continue;
            }
            String l = t.lower();
            if (t.isAllCaps()) {
                if (t.length() < 3
                        || NameRuns.roman(t.text())
                        || doc.orgWords.contains(t.text())
                        || doc.lowerVocabulary.contains(l)) {
                    return false;
                }
                capitals = true;
            } else {
                if (doc.lowerVocabulary.contains(l)
                        || lists.notNames().contains(l)
                        || lists.placeWords().contains(l)) {
                    return false;
                }
                normal = true;
            }
        }
        return capitals && normal;
    }

    /** Word shapes that are never part of a name: adverbs, participles, "D-Pa." party-state tags. */
    static boolean notNameWord(String w) {
        int n = w.length();
        if (n > 6
                && (w.endsWith("ally")
                        || w.endsWith("ously")
                        || w.endsWith("ively")
                        || w.endsWith("ately")
                        || w.endsWith("edly")
                        || w.endsWith("ingly"))) {
            return true;
        }
        return n >= 3 && w.charAt(1) == '-' && "DRI".indexOf(w.charAt(0)) >= 0 && Character.isUpperCase(w.charAt(2));
    }

    /** "Kim Jong Un", "Moon Jae-in", "Xi Jinping": family name, then one or two given-name parts. */
    boolean familyFirstPattern(List<Token> name, PersonDocument doc) {
        List<Token> words = name.stream().filter(Token::isWord).toList();
        if (words.size() < 2 || words.size() > 3) {
            return false;
        }
        for (int k = 1; k < words.size(); k++) {
            String l = words.get(k).lower();
            // a short syllable of a three-part name may be a word of the text's language ("Un" in French)
            boolean syllable = words.size() == 3 && l.length() <= 3;
            // in a three-part name the given names are the parts after the family name, whatever
            // else they spell: "Vo Van Thuong", "Truong My Lan", "Le Hong Hiep"
            boolean threeParts = words.size() == 3;
            if ((lists.notNames().contains(l) && !(threeParts && l.length() <= 4))
                    || lists.placeWords().contains(l)
                    || (doc.lowerVocabulary.contains(l) && !syllable)
                    || (lists.given(l) && !threeParts)) {
                return false;
            }
        }
        if (words.size() == 3) {
            return true;
        }
        String second = words.get(1).text();
        int dash = second.indexOf('-');
        boolean hyphenatedGiven =
                dash > 0 && dash + 1 < second.length() && Character.isLowerCase(second.charAt(dash + 1));
        return hyphenatedGiven || !WordSet.holds(AMBIGUOUS_FAMILY, words.get(0));
    }
}
