package org.briefings.enrich.org;

import java.util.ArrayList;
import java.util.List;
import org.briefings.enrich.text.TextField;
import org.briefings.enrich.text.Token;

/**
 * French elided articles cut from the words they open, so that the gazetteer and the patterns of
 * {@link OrganisationTagger} see the name behind "l'" or "d'".
 */
final class ElidedArticles {

    private ElidedArticles() {}

    /**
     * The field with French elided articles cut from the words they open ("l'ONU", "L'Africa
     * Corps", "l'Union africaine" read as "ONU", "Africa Corps", "Union africaine"), so that the
     * gazetteer and the patterns see the name; offsets stay those of the text.
     */
    static TextField cut(TextField f) {
        List<Token> tokens = f.tokens();
        List<Token> out = null;
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            char first = t.firstChar();
            if (first != 'l' && first != 'L' && first != 'd' && first != 'D') {
                continue; // nearly every token, answered without reading its text
            }
            String w = t.text();
            boolean elided = t.isWord()
                    && w.length() > 3
                    && (w.charAt(1) == '\'' || w.charAt(1) == '\u2019')
                    && Character.isUpperCase(w.charAt(2));
            if (elided) {
                if (out == null) {
                    out = new ArrayList<>(tokens);
                }
                out.set(
                        k,
                        new Token(w.substring(2), t.start() + 2, t.end(), t.kind(), t.sentenceStart(), t.lineStart()));
            }
        }
        return out == null ? f : new TextField(f.name(), f.text(), List.copyOf(out), f.headline());
    }
}
