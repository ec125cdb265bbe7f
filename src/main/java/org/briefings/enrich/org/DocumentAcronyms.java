package org.briefings.enrich.org;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefings.enrich.text.Token;

/**
 * Acronyms a document introduces in brackets after a name ("Liberal Democratic Party (LDP)"):
 * the acronym means that name for the rest of the document, title and body alike. One instance
 * per document; the first introduction of an acronym wins.
 */
final class DocumentAcronyms {

    private final Map<String, String> names = new HashMap<>();

    /**
     * Reads "(ABC)" at token {@code i}, right after a name: records ABC as an alias of
     * {@code canonical} and returns the index after ")", or {@code i} when no acronym is there.
     */
    int introducedAt(List<Token> tokens, int i, String canonical) {
        if (i + 2 < tokens.size()
                && tokens.get(i).isPunct('(')
                && tokens.get(i + 2).isPunct(')')) {
            Token a = tokens.get(i + 1);
            if (a.isAllCaps() && a.text().length() <= 8) {
                names.putIfAbsent(a.text(), canonical);
                return i + 3;
            }
        }
        return i;
    }

    /**
     * The name a token stands for as an acronym introduced so far ("PKK"), or in a compound with a
     * participle that only describes ("PKK-led"), or null.
     */
    String linked(Token t) {
        String name = names.get(t.text());
        String compound = name == null ? HyphenatedBodies.compoundBody(t) : null;
        return compound == null ? name : names.get(compound);
    }

    /** The name an acronym introduced so far stands for, or null. */
    String nameOf(String acronym) {
        return names.get(acronym);
    }
}
