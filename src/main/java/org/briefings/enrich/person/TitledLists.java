package org.briefings.enrich.person;

import java.util.List;
import java.util.Set;
import org.briefings.enrich.person.PersonDocument.Candidate;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.WordSet;
import org.briefings.enrich.text.Words;

/**
 * People listed after a plural title: "U.S. Representatives Grijalva, Case, Tlaib, ..., and
 * Jayapal", "Senators Dole and Byrd", "Ministers Sitharaman and Jaishankar". The title names
 * every item of the list, so each surname is a cued one-word reference, even a word that is
 * also a common one ("Case") or a given name ("Jackson"); a list of several words per item is
 * left to {@link NameCandidates}, which finds full names on their own.
 */
final class TitledLists {

    /** Plural titles that head a list of people's names. */
    static final Set<String> PLURAL_TITLES = Words.set(
            "representatives",
            "reps",
            "senators",
            "sens",
            "congressmen",
            "congresswomen",
            "ministers",
            "presidents",
            "governors",
            "ambassadors",
            "judges",
            "justices",
            "generals",
            "lawmakers",
            "messrs",
            "drs");

    private TitledLists() {}

    /** Adds every one-word item of a list after a plural title to {@code doc.singles}. */
    static void find(PersonDocument doc, Field f, NameLists lists) {
        List<Token> toks = f.tokens();
        for (int i = 0; i + 1 < toks.size(); i++) {
            Token title = toks.get(i);
            if (!title.isWord() || !title.isCapitalised() || !WordSet.holds(PLURAL_TITLES, title)) {
                continue;
            }
            int k = i + 1;
            if (k < toks.size() && toks.get(k).isPunct('.')) {
                k++; // "Reps."
            }
            while (k < toks.size()) {
                Token t = toks.get(k);
                boolean alone = NameRuns.isNameWord(t)
                        && !t.isAllCaps()
                        && (k + 1 >= toks.size() || !NameRuns.isNameWord(toks.get(k + 1)));
                if (!alone
                        || lists.notNames().contains(t.lower())
                        || lists.placeWords().contains(t.lower())) {
                    break;
                }
                add(doc, f, t);
                k++;
                // separators: ",", "and", ", and"
                boolean separated = false;
                if (k < toks.size() && toks.get(k).isPunct(',')) {
                    k++;
                    separated = true;
                }
                if (k < toks.size()
                        && toks.get(k).isWord()
                        && toks.get(k).lower().equals("and")) {
                    k++;
                    separated = true;
                }
                if (!separated) {
                    break;
                }
            }
            i = Math.max(i, k - 1);
        }
    }

    private static void add(PersonDocument doc, Field f, Token t) {
        for (Candidate c : doc.singles) {
            if (c.mention().field().name().equals(f.name()) && c.mention().start() == t.start()) {
                return;
            }
        }
        doc.singles.add(new Candidate(t.text(), new Mention(f, t.start(), t.end())));
    }
}
