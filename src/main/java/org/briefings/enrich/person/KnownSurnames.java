package org.briefings.enrich.person;

import static org.briefings.enrich.person.PersonWords.PARTICLES;

import java.util.ArrayList;
import java.util.List;
import org.briefings.enrich.text.Token;

/**
 * Names recognised by their family name ({@code surnames-<region>.txt}) when the given name is one
 * no list knows: "Tendai Mnangagwa", "Oyelaran Okafor", and the family name first in capitals, as
 * many reports write Japanese, Hungarian and other names ("KISHIDA Fumio"). The given-name lists
 * can never hold every given name of every region; a listed family name after a word that is no
 * word of the language is as good a cue. Every other word of the name must look like a name
 * ({@link UnlistedGivenNames#nameLike}), be a listed given name, a particle or an initial, and the
 * name must sit on one line (a heading above a name is not its given name).
 */
final class KnownSurnames {

    private KnownSurnames() {}

    /** The words of a name, its dots after initials left out. */
    private static List<Token> words(List<Token> name) {
        List<Token> words = new ArrayList<>(name.size());
        for (int k = 0; k < name.size(); k++) {
            if (name.get(k).isWord()) {
                words.add(name.get(k));
            }
        }
        return words;
    }

    /** "Tendai Mnangagwa": name-like words, then a listed family name last. */
    static boolean last(List<Token> name, PersonDocument doc, NameLists lists) {
        List<Token> words = words(name);
        if (words.size() < 2 || words.size() > 4) {
            return false;
        }
        Token last = words.get(words.size() - 1);
        if (!lists.surname(last.lower()) || doc.orgWords.contains(last.text())) {
            return false;
        }
        for (int k = 0; k < words.size() - 1; k++) {
            Token t = words.get(k);
            if (k > 0 && (PARTICLES.contains(t.text()) || initial(t))) {
                continue;
            }
            boolean nameWord = lists.given(t.lower())
                    || (k == 0 && PlaceGivenNames.contains(t.lower()))
                    || (UnlistedGivenNames.nameLike(t, doc, lists)
                            && !lists.capitals().contains(t.lower()));
            if (!nameWord) {
                return false;
            }
        }
        return oneLine(words);
    }

    /**
     * "KISHIDA Fumio", "ORBAN Viktor": a listed family name in capitals, then one or two given
     * names in normal case (listed or name-like), family name first.
     */
    static boolean firstInCapitals(List<Token> name, PersonDocument doc, NameLists lists) {
        List<Token> words = words(name);
        if (words.size() < 2 || words.size() > 3) {
            return false;
        }
        Token family = words.get(0);
        if (!family.isAllCaps()
                || family.length() < 3
                || !(lists.surname(family.lower()) || lists.familyFirst().contains(family.lower()))
                || doc.orgWords.contains(family.text())) {
            return false;
        }
        for (int k = 1; k < words.size(); k++) {
            Token t = words.get(k);
            if (t.isAllCaps() || !(lists.given(t.lower()) || UnlistedGivenNames.nameLike(t, doc, lists))) {
                return false;
            }
        }
        return oneLine(words);
    }

    private static boolean initial(Token t) {
        return t.length() == 1 && Character.isUpperCase(t.text().charAt(0));
    }

    private static boolean oneLine(List<Token> words) {
        for (int k = 1; k < words.size(); k++) {
            if (words.get(k).lineStart()) {
                return false;
            }
        }
        return true;
    }
}
