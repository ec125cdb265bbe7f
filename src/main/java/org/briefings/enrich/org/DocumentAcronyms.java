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
     * The first characters of the acronyms introduced so far (ASCII as bits, anything else as one
     * flag): {@link #linked} is asked of every token of the document, nearly all of them lower
     * case words no acronym starts with, and answers those without hashing the token's text.
     */
    private final long[] asciiFirst = new long[2];

    private boolean otherFirst;

    /**
     * Reads "(ABC)" at token {@code i}, right after a name: records ABC as an alias of
     * {@code canonical} and returns the index after ")", or {@code i} when no acronym is there.
     */
    int introducedAt(List<Token> tokens, int i, String canonical) {
        if (i + 2 < tokens.size()
                && tokens.get(i).isPunct('(')
                && tokens.get(i + 2).isPunct(')')) {
            Token a = tokens.get(i + 1);
            if (a.isAllCaps() && a.length() <= 8) {
                if (names.putIfAbsent(a.text(), canonical) == null) {
                    char c = a.text().charAt(0);
                    if (c < 128) {
                        asciiFirst[c >> 6] |= 1L << c;
                    } else {
                        otherFirst = true;
                    }
                }
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
        // a compound's acronym ("PKK" of "PKK-led") starts where the token does
        char c = t.firstChar();
        if (c < 128 ? (asciiFirst[c >> 6] & (1L << c)) == 0 : !otherFirst) {
            return null;
        }
        String name = names.get(t.text());
        String compound = name == null ? HyphenatedBodies.compoundBody(t) : null;
        return compound == null ? name : names.get(compound);
    }

    /** The name an acronym introduced so far stands for, or null. */
    String nameOf(String acronym) {
        return names.get(acronym);
    }
}
