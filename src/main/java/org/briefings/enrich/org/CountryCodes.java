package org.briefings.enrich.org;

import java.util.List;
import org.briefings.enrich.country.Gazetteer;
import org.briefings.enrich.text.Token;

/**
 * A code in brackets right after a country's name is the country's code, not an organisation's
 * acronym: "Georgien (GE)" is Georgia, not General Electric; "Deutschland (DE)", "Côte d'Ivoire
 * (CI)", "United Kingdom (UK)". Lists of states, election observers' tables and forms write
 * countries this way in every language, and two- and three-letter acronyms of the gazetteer
 * collide with the codes.
 */
final class CountryCodes {

    /** Longest country name read before the bracket, in tokens ("République démocratique du Congo"). */
    private static final int MAX_NAME_TOKENS = 5;

    private CountryCodes() {}

    /**
     * Whether the one token at {@code i} is a code of two or three capitals in brackets, "(GE)",
     * right after a country's name in any language the country gazetteer knows.
     */
    static boolean afterCountry(List<Token> tokens, int i) {
        if (i < 2 || i + 1 >= tokens.size()) {
            return false;
        }
        Token code = tokens.get(i);
        int letters = code.length();
        if (!tokens.get(i - 1).isPunct('(')
                || !tokens.get(i + 1).isPunct(')')
                || !code.isAllCaps()
                || letters < 2
                || letters > 3) {
            return false;
        }
        Gazetteer countries = Gazetteer.load();
        String name = "";
        for (int k = i - 2; k >= 0 && k > i - 2 - MAX_NAME_TOKENS; k--) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                return false;
            }
            name = name.isEmpty() ? t.text() : t.text() + " " + name;
            // a name longer than a code: codeFor also reads codes, and "(GE)" after "GE" is no country
            if (name.length() > 3 && countries.codeFor(name).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
