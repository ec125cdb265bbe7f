package org.briefings.enrich.person;

import java.util.List;
import java.util.Set;
import org.briefings.enrich.text.Token;

/**
 * Given names that are also places: "Santiago Peña", "Israel Katz", "Georgia Lomidze", "Victoria
 * Nuland" ({@code place-given-names.txt}). The place filters drop such a word from the front of a
 * name, which is right for "Georgia Power" or "in Santiago Friday" and cut the given name from
 * the people above. The word stays the given name when the name around it says person: a listed
 * family name after it, a family name in capitals ("Sofia GONZALEZ"), or a title before it
 * ("Defence Minister Israel Katz").
 */
final class PlaceGivenNames {

    private static final Set<String> WORDS = NameLists.load("place-given-names.txt");

    private PlaceGivenNames() {}

    /** Whether a lower-case word is a place that is also a given name. */
    static boolean contains(String lower) {
        return WORDS.contains(lower);
    }

    /**
     * Whether the word at {@code s} of the run {@code [s, runEnd)} is a place-named given name
     * that the name after it, or the title before it ({@code titled}), shows to be a person's.
     */
    static boolean givenHere(List<Token> toks, int s, int runEnd, boolean titled, NameLists lists) {
        Token t = toks.get(s);
        if (!contains(t.lower()) || s + 1 >= runEnd) {
            return false;
        }
        Token next = toks.get(s + 1);
        if (!NameRuns.isNameWord(next) && !next.isAllCaps() || next.lineStart()) {
            return false;
        }
        int last = s + 1;
        while (last + 1 < runEnd && toks.get(last + 1).isWord()) {
            last++;
        }
        if (last - s > 3) {
            return false;
        }
        Token family = toks.get(last);
        boolean capitals = family.isAllCaps() && family.length() > 2;
        return titled || capitals || lists.surname(family.lower());
    }
}
