package org.briefings.enrich.person;

import static org.briefings.enrich.person.PersonWords.ACRONYMS;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.WordSet;

/**
 * Family names written first in capitals that no list knows, before given names in normal case:
 * "TRUONG My Lan", "LUONG Cuong", "DOAN Van Hieu". Reports that write surnames in capitals write
 * Vietnamese, Chinese and Korean names family name first; the family-first list knows the common
 * family names ("NGUYEN Phu Trong") but not the rest. In a briefing that has already shown the
 * style, a word in capitals followed by one or two given-name-shaped words on the same line is a
 * name, unless the capitals word is an organisation's word, an acronym the briefing defines or a
 * known acronym, or a word of the language, and unless a word after it is a word of the language,
 * a role, a place or a word never in a name ("NATO Secretary", "UNDP Administrator", "EU Council").
 */
final class CapitalsFamilyFirst {

    private CapitalsFamilyFirst() {}

    /** Adds the family-first names in capitals of {@code f} when the briefing writes surnames in capitals. */
    static void find(PersonDocument doc, Field f, NameLists lists) {
        if (!CapitalsNames.capitalsStyle(doc)) {
            return;
        }
        List<Token> toks = f.tokens();
        Set<String> defined = CapitalsNames.defined(doc);
        for (int i = 0; i + 1 < toks.size(); i++) {
            Token family = toks.get(i);
            if (!family(family, doc, lists)
                    || defined.contains(family.text())
                    || (i > 0 && toks.get(i - 1).isCapitalised() && adjacent(toks.get(i - 1), family))) {
                continue;
            }
            int end = i + 1;
            while (end < toks.size()
                    && end - i < 4
                    && (given(toks.get(end), doc, lists) || shortPart(toks, end, doc, lists))
                    && adjacent(toks.get(end - 1), toks.get(end))) {
                end++;
            }
            boolean closed = end >= toks.size()
                    || !(toks.get(end).isWord() && toks.get(end).isCapitalised());
            int from = family.start();
            int to = toks.get(end - 1).end();
            if (end - i < 2 || !closed || doc.inOrganisation(f, from, to) || CapitalsNames.known(doc, f, from)) {
                continue;
            }
            List<String> name = new ArrayList<>();
            name.add(ShortReferences.titleCase(family.text()));
            for (int k = i + 1; k < end; k++) {
                name.add(toks.get(k).text());
            }
            Person p = new Person(name, true);
            p.mentions.add(new Mention(f, from, to));
            doc.people.add(p);
            // "TRUONG" alone was a cued one-word reference cut from this name: the name replaces it
            doc.singles.removeIf(c -> c.mention().field() == f && c.mention().start() == from);
            i = end - 1;
        }
    }

    private static boolean family(Token t, PersonDocument doc, NameLists lists) {
        if (CapitalsNames.familyWord(t, doc, lists)) {
            return true; // "TO Lam": a listed family name, even when it is also a word
        }
        return CapitalsNames.word(t, doc, lists)
                && !WordSet.holds(ACRONYMS, t)
                && !doc.lowerVocabulary.contains(t.lower());
    }

    /** A given-name part: a name-shaped word ({@link UnlistedGivenNames#nameLike}) inside a sentence. */
    private static boolean given(Token t, PersonDocument doc, NameLists lists) {
        return t.isWord() && !t.lineStart() && !t.sentenceStart() && UnlistedGivenNames.nameLike(t, doc, lists);
    }

    /**
     * A short given-name part that is also a word ("My" in "TRUONG My Lan"): capitalised in the
     * middle of a sentence and followed by a given-name part, so not the word itself.
     */
    private static boolean shortPart(List<Token> toks, int k, PersonDocument doc, NameLists lists) {
        Token t = toks.get(k);
        return t.isWord()
                && t.length() <= 3
                && t.isCapitalised()
                && !t.isAllCaps()
                && !t.sentenceStart()
                && !t.lineStart()
                && k + 1 < toks.size()
                && adjacent(t, toks.get(k + 1))
                && given(toks.get(k + 1), doc, lists);
    }

    private static boolean adjacent(Token a, Token b) {
        return b.start() - a.end() == 1;
    }
}
