package org.briefings.enrich.person;

import java.util.ArrayList;
import java.util.List;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.TokenList;

/**
 * French writes "de" before a vowel as "d'", glued to the name: "le parti d'Emmanuel Macron", "le
 * Bloc d'Yves-François Blanchet". The tokeniser keeps "d'Emmanuel" as one word, which starts in
 * lower case and so never opens a name. For the person tagger the elided particle is dropped: the
 * token becomes "Emmanuel", at its own offsets, and the name reads as any other.
 */
final class ElidedNames {

    private ElidedNames() {}

    /** The tokens with each "d'Name" (or "d’Name") token cut to "Name"; the list itself when there is none. */
    static List<Token> split(List<Token> toks) {
        List<Token> out = null;
        TokenList list = TokenList.copyOf(toks);
        for (int i = 0; i < toks.size(); i++) {
            if (out == null && list.firstChar(i) != 'd') {
                continue; // not elided (see elided), known from the list's array without reading the token
            }
            Token t = toks.get(i);
            if (elided(t)) {
                if (out == null) {
                    out = new ArrayList<>(toks.subList(0, i));
                }
                out.add(new Token(t.text().substring(2), t.start() + 2, t.end(), t.kind(), false, false));
            } else if (out != null) {
                out.add(t);
            }
        }
        return out == null ? toks : TokenList.copyOf(out);
    }

    private static boolean elided(Token t) {
        if (t.firstChar() != 'd') {
            return false; // nearly every token, answered without reading its text
        }
        String x = t.text();
        return t.isWord()
                && x.length() > 3
                && (x.charAt(1) == '\'' || x.charAt(1) == '\u2019')
                && Character.isUpperCase(x.charAt(2))
                && Character.isLowerCase(x.charAt(3));
    }
}
