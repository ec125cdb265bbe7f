package org.briefings.enrich.person;

import static org.briefings.enrich.person.CueWords.NAMED_THINGS;
import static org.briefings.enrich.person.PersonWords.CALENDAR;
import static org.briefings.enrich.person.PersonWords.ORG_HEADS;
import static org.briefings.enrich.person.PersonWords.ROLES;

import java.util.List;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.Words;

/**
 * Given names the lists lack, before one they have: "Osman Ali TIRAB", "Abdirahman Mohamed
 * HUSSEIN", "Isam Abdul-Rahim Al-Chalaby". A run whose first word is no listed given name is cut
 * at its first listed given name, so that "Investor David F. Laroche" loses "Investor"; but a
 * first word that is not a word of the language at all (never in lower case in the briefing,
 * not a common word, no role, place, month or organisation word) is more often a given name the
 * list lacks, and cutting it loses half the person ("Ali Tirab" for "Osman Ali Tirab"), when
 * the rest has the shape of such names (a surname in capitals, a hyphenated part).
 */
final class UnlistedGivenNames {

    private UnlistedGivenNames() {}

    /**
     * Whether every word of {@code name} before index {@code given} (a listed given name) looks
     * like a name of its own rather than a word the run picked up before the name.
     */
    static boolean before(List<Token> name, int given, PersonDocument doc, NameLists lists) {
        if (!foreignShape(name, given) && !listedFamilyLast(name, given, lists)) {
            return false;
        }
        boolean any = false;
        for (int k = 0; k < given; k++) {
            Token t = name.get(k);
            if (!t.isWord()) {
                continue;
            }
            if (!nameLike(t, doc, lists)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * Whether the name is on one line and its rest has the shape of a name from a list of
     * foreign names: a surname in capitals ("Ali TIRAB") or a hyphenated part ("Abdul-Rahim").
     * Without either, the word before a listed given name is as often a title the lists lack
     * ("Taoiseach Micheál Martin", "Bundeskanzler Christian Stocker") or a heading on the line
     * before ("Contexte" above "Nicolás MADURO Moros").
     */
    private static boolean foreignShape(List<Token> name, int given) {
        boolean shape = false;
        for (int k = 1; k < name.size(); k++) {
            Token t = name.get(k);
            if (t.lineStart()) {
                return false;
            }
            if (k > given
                    && (t.isPunct('-')
                            || t.text().indexOf('-') > 0
                            || (t.isWord() && t.isAllCaps() && t.length() > 1))) {
                shape = true;
            }
        }
        return shape;
    }

    /**
     * "Abdrabuh Mansour Hadi": the name, on one line, ends in a listed family name after the
     * listed given name, so the words before that given name are more given names.
     */
    private static boolean listedFamilyLast(List<Token> name, int given, NameLists lists) {
        Token last = name.get(name.size() - 1);
        if (name.size() - 1 <= given || !last.isWord() || !lists.surname(last.lower())) {
            return false;
        }
        for (int k = 1; k < name.size(); k++) {
            if (name.get(k).lineStart()) {
                return false;
            }
        }
        return true;
    }

    /** A capitalised word of letters that is no word of the language, role, place, month or organisation word. */
    static boolean nameLike(Token t, PersonDocument doc, NameLists lists) {
        String w = t.text();
        String l = t.lower();
        return w.length() >= 3
                && Character.isUpperCase(w.charAt(0))
                && !t.isAllCaps()
                && Words.allLetters(w)
                && !doc.lowerVocabulary.contains(l)
                && !doc.orgWords.contains(w)
                && !lists.commonWords().contains(l)
                && !lists.notNames().contains(l)
                && !lists.placeWords().contains(l)
                && !ROLES.contains(l)
                && !Titles.compoundTitle(l)
                && !ORG_HEADS.contains(l)
                && !NAMED_THINGS.contains(l)
                && !CALENDAR.contains(l)
                && !NameShapes.notNameWord(w);
    }
}
