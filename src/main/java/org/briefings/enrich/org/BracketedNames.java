package org.briefings.enrich.org;

import java.util.List;
import org.briefings.enrich.org.OrganisationPatterns.TokenRange;
import org.briefings.enrich.text.Token;

/**
 * Company names in angle brackets, the wire's own mark for a company ("&lt;Societe Generale&gt;",
 * "&lt;BHP Petroleum (Americas) Inc&gt;", "&lt;Saloman Brothers&gt;"): Reuters brackets the name of
 * every company it does not give a ticker for, so the brackets bound a name that has no head word
 * and is in no list. A ticker ("&lt;GE.N&gt;", "&lt;KDD&gt;") is capitals only and is not a name.
 */
final class BracketedNames {

    /** Longest name read inside the brackets, in tokens. */
    private static final int MAX_TOKENS = 12;

    private BracketedNames() {}

    /** The name from token {@code i}, right after "&lt;", up to the closing "&gt;", or null. */
    static TokenRange at(List<Token> tokens, int i, boolean[] covered) {
        if (i == 0 || !tokens.get(i - 1).isPunct('<') || !tokens.get(i).isCapitalised()) {
            return null;
        }
        boolean mixedCase = false;
        for (int j = i; j < tokens.size() && j < i + MAX_TOKENS; j++) {
            Token t = tokens.get(j);
            if (covered[j]) {
                return null;
            }
            if (t.isPunct('>')) {
                return j > i && mixedCase ? new TokenRange(i, j) : null;
            }
            boolean inName = t.isWord()
                    || t.isPunct('(')
                    || t.isPunct(')')
                    || t.isPunct('&')
                    || t.isPunct('.')
                    || t.isPunct(',')
                    || t.isPunct('-')
                    || t.isPunct('/');
            if (!inName) {
                return null;
            }
            mixedCase |= t.isWord() && !t.isAllCaps() && t.text().chars().anyMatch(Character::isLowerCase);
        }
        return null;
    }
}
