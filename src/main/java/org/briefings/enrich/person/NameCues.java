package org.briefings.enrich.person;

import static org.briefings.enrich.person.PersonWords.AUXILIARIES;
import static org.briefings.enrich.person.PersonWords.ROLES;
import static org.briefings.enrich.person.PersonWords.SPEECH;

import java.util.List;
import org.briefings.enrich.text.Token;

/** The context that makes a capitalised run a person: a speech verb after it, a role around it. */
final class NameCues {

    private NameCues() {}

    /** A speech verb at i, after up to two auxiliaries or after a comma ("Dauster, said"). */
    static boolean speechFollows(List<Token> toks, int i) {
        for (int k = i; k < Math.min(toks.size(), i + 3); k++) {
            Token t = toks.get(k);
            if (t.isWord() && SPEECH.contains(t.lower())) {
                return true;
            }
            if (!(t.isWord() && AUXILIARIES.contains(t.lower())) && !(k == i && t.isPunct(','))) {
                return false;
            }
        }
        return false;
    }

    /** ", the finance minister," / ", chairman of ..." right after a name. */
    static boolean apposition(List<Token> toks, int i) {
        if (i >= toks.size() || !toks.get(i).isPunct(',')) {
            return false;
        }
        for (int k = i + 1; k < Math.min(toks.size(), i + 8); k++) {
            Token t = toks.get(k);
            if (t.isPunct(',') || t.isPunct('.') || t.isPunct(';')) {
                return false;
            }
            if (t.isWord() && ROLES.contains(t.lower()) && !t.lower().equals("head")) {
                return true;
            }
        }
        return false;
    }

    /** Words in a name, its dots after initials left out. */
    static int words(List<Token> name) {
        return (int) name.stream().filter(Token::isWord).count();
    }

    /** "Minister of Trade and Industry, Hajime Tamura, ...": a role earlier in the same clause. */
    static boolean roleBefore(List<Token> toks, int runStart) {
        if (runStart == 0 || !toks.get(runStart - 1).isPunct(',')) {
            return false;
        }
        for (int k = runStart - 2; k >= Math.max(0, runStart - 10); k--) {
            Token t = toks.get(k);
            if (t.isPunct(',') || t.isPunct('.') || t.isPunct(';')) {
                return false;
            }
            if (t.isWord() && ROLES.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** The word before token i, over one dot ("Mr. Kim"), or null. */
    static Token previousWord(List<Token> toks, int i) {
        int k = i - 1;
        if (k >= 0 && toks.get(k).isPunct('.')) {
            k--;
        }
        return k >= 0 && toks.get(k).isWord() ? toks.get(k) : null;
    }
}
