package org.briefings.enrich.org;

import java.util.List;
import org.briefings.enrich.org.OrganisationGazetteer.Match;
import org.briefings.enrich.org.OrganisationPatterns.TokenRange;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.Tokenizer;

/**
 * A known body written into a compound with a participle: "UN-backed talks", "the Senate-passed
 * version", "a NATO-led mission", and with a name of several words whose last word carries the
 * participle, "a United Nations-brokered truce", "a World Bank-funded study". The tokenizer keeps
 * "Nations-brokered" as one word, so the gazetteer sees neither "United Nations" nor "Nations";
 * writers build such compounds from the bodies they name most, so a text is as much about them as
 * when it writes the name alone.
 */
final class HyphenatedBodies {

    /** Most words before the compound read as the start of the name ("International Monetary Fund-led"). */
    private static final int MAX_BEFORE = 4;

    private HyphenatedBodies() {}

    /**
     * The known body whose name ends in the compound at token {@code i} ("Nations-brokered" after
     * "United"), with the tokens it covers, or null. Words before the compound count only when
     * nothing claimed them and they are capitalised and written right before it.
     */
    static Found at(List<Token> tokens, int i, boolean[] covered, OrganisationGazetteer gazetteer) {
        String body = compoundBody(tokens.get(i));
        if (body == null) {
            return null;
        }
        int first = i;
        while (first > 0
                && i - first < MAX_BEFORE
                && !covered[first - 1]
                && tokens.get(first - 1).isWord()
                && tokens.get(first - 1).isCapitalised()
                && tokens.get(first).start() - tokens.get(first - 1).end() == 1) {
            first--;
        }
        // the longest name first: "United Nations-led" before "Nations-led"
        for (int from = first; from <= i; from++) {
            StringBuilder words = new StringBuilder();
            for (int k = from; k < i; k++) {
                words.append(tokens.get(k).text()).append(' ');
            }
            List<Token> name = Tokenizer.tokenize(words.append(body).toString());
            Match m = gazetteer.longestAt(name, 0, false);
            if (m != null && m.length() == name.size()) {
                return new Found(new TokenRange(from, i + 1), m.canonical());
            }
        }
        return null;
    }

    /** A known body's name at {@code range}: the compound is its last token. */
    record Found(TokenRange range, String canonical) {}

    /**
     * The capitalised word before a hyphen and a participle ("UN" of "UN-backed", "Nations" of
     * "Nations-brokered"), or null.
     */
    static String compoundBody(Token t) {
        if (!t.hasHyphen()) {
            return null;
        }
        String w = t.text();
        int dash = w.indexOf('-');
        if (!t.isWord() || dash < 2 || !Character.isUpperCase(w.charAt(0)) || w.indexOf('-', dash + 1) >= 0) {
            return null;
        }
        String verb = w.substring(dash + 1);
        boolean participle = verb.length() >= 3
                && Character.isLowerCase(verb.charAt(0))
                && (verb.endsWith("ed") || verb.equals("led") || verb.equals("run") || verb.equals("brokered"));
        return participle ? w.substring(0, dash) : null;
    }
}
