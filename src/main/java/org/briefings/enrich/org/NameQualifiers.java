package org.briefings.enrich.org;

import java.util.List;
import java.util.Set;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.Words;

/**
 * A bracketed qualifier that is part of a party's or movement's name: "Communist Party of Nepal
 * (Unified Marxist-Leninist)" and "Communist Party of Nepal (Unified Socialist)" are two parties,
 * and cutting the bracket off merges them. Only names of political formations take one, only
 * when the bracket holds two capitalised words or more (a single word in capitals is an acronym,
 * read by {@link DocumentAcronyms}; a place in brackets is rarely two capitalised words).
 */
final class NameQualifiers {

    private static final Set<String> FORMATIONS =
            Words.set("party", "front", "movement", "alliance", "league", "coalition", "congress");

    private static final int MAX_WORDS = 5;

    private NameQualifiers() {}

    /** The index after ")" when a qualifier follows {@code name} at token {@code i}, else i. */
    static int qualifierEnd(List<Token> tokens, int i, String name) {
        if (i >= tokens.size() || !tokens.get(i).isPunct('(') || !formation(name)) {
            return i;
        }
        int words = 0;
        for (int k = i + 1; k < tokens.size() && k <= i + MAX_WORDS * 2; k++) {
            Token t = tokens.get(k);
            if (t.isPunct(')')) {
                return words >= 2 ? k + 1 : i;
            }
            if (t.isWord() && t.isCapitalised() && !t.isAllCaps()) {
                words++;
            } else if (!t.isPunct('-')) {
                return i;
            }
        }
        return i;
    }

    private static boolean formation(String name) {
        for (String w : name.toLowerCase(java.util.Locale.ROOT).split(" ")) {
            if (FORMATIONS.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
