package org.briefings.enrich.org;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.WordSet;
import org.briefings.enrich.text.Words;

/**
 * The legal forms that end a company's name in many countries ("Vale S.A.", "Shell Petroleum
 * N.V.", "Kessler Maschinenbau GmbH", "Sorvella plc", "Ferrante Costruzioni S.p.A."): after a
 * capitalised word they make the run a company, as "Inc" and "Corp" do, whichever way the form is
 * dotted or cased. Kept apart from the head words because they are matched on their letters.
 */
final class CompanySuffixes {

    /** Legal forms by their letters, lower case, full stops removed. */
    private static final Set<String> FORMS = Words.set(
            "inc", "corp", "co", "ltd", "limited", "plc", "llc", "llp", "lp", "ag", "sa", "nv", "bv", "gmbh", "spa",
            "sarl", "sas", "ab", "asa", "oyj", "se", "pty", "bhd", "tbk", "kgaa", "pjsc", "ojsc", "jsc", "srl");

    /** Forms written in lower case ("Sorvella plc"), which a run of capitalised words may end with. */
    static final Set<String> LOWER_CASE = Set.of("plc");

    private CompanySuffixes() {}

    /** Verbs that make "Limited" an adjective in a title written in capitals ("Transit Is Limited"). */
    private static final Set<String> COPULAS = Words.set("is", "are", "was", "were", "be", "been", "remains");

    /** Whether token {@code k} is a company's legal form ("S.A.", "GmbH", "plc", "Limited"). */
    static boolean at(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (!t.isWord() || (k > 0 && WordSet.holds(COPULAS, tokens.get(k - 1)))) {
            return false;
        }
        return legalForm(t);
    }

    /**
     * Whether a word is a legal form written as one ends a name: its letters (full stops ignored)
     * a form, its first letter a capital or the form one written in lower case ("plc").
     */
    static boolean legalForm(Token t) {
        String text = t.text();
        if (text.indexOf('.') < 0) {
            // no full stop to remove: the letters are the text and their lower-case form the
            // token's, asked by its hash (the forms are letters only, so the typographic marks the
            // token's form folds match in neither), without a lower-cased copy per capitalised word
            return (t.isCapitalised() || LOWER_CASE.contains(text)) && WordSet.holds(FORMS, t);
        }
        String letters = text.replace(".", "");
        if (letters.isEmpty()) {
            return false;
        }
        boolean cased = Character.isUpperCase(letters.charAt(0)) || LOWER_CASE.contains(letters);
        return cased && form(letters);
    }

    /** Whether a word, full stops ignored, is a legal form ("n.v", "S.A.", "gmbh"). */
    static boolean form(String word) {
        return FORMS.contains(word.replace(".", "").toLowerCase(Locale.ROOT));
    }

    /** Whether the token is a legal form written in lower case, which still ends a name. */
    static boolean lowerCase(Token t) {
        return t.isWord() && LOWER_CASE.contains(t.text());
    }
}
