package org.briefings.enrich.org;

import static org.briefings.enrich.org.HeadWords.HEADS;
import static org.briefings.enrich.org.PatternWords.ROLE_STOPS;

import java.util.List;
import java.util.Set;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.WordSet;
import org.briefings.enrich.text.Words;

/**
 * Offices named after their holder: "Office of the President of Ukraine", "Office of the Prime
 * Minister", "Office of the Inspector General". Elsewhere a title ends a name; here it is the
 * name's last words. But the holder's own name may follow the title ("the Office of the Deputy
 * Attorney General Todd Blanche"): two or three capitalised words with no common word in them
 * that end the run are a person, and the office ends before them.
 */
final class NamedOffices {

    /** Words written in lower case most of the time (the people tagger's list): "Medical", "Trade". */
    private static final Set<String> COMMON =
            Words.load(NamedOffices.class, "/org/briefings/enrich/person/common-words.txt");

    private NamedOffices() {}

    /**
     * Whether the title at token j is the holder an office is named after: "Office of the
     * President of Ukraine", "Office of the Prime Minister".
     */
    static boolean officeOf(List<Token> tokens, int j) {
        // up to two title words before this one: "Office of the Prime Minister", "... Deputy Attorney General"
        for (int k = j - 1; k >= Math.max(3, j - 3); k--) {
            if (tokens.get(k).lower().equals("the")) {
                return tokens.get(k - 1).lower().equals("of")
                        && tokens.get(k - 2).text().equals("Office");
            }
            if (!tokens.get(k).isCapitalised()) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the words from token {@code from} are the holder's name after an office's title:
     * two or three capitalised words, none a title, a head or a common word, and nothing
     * capitalised or linked after them ("... General Todd Blanche said", not "... Chief Medical
     * Examiner" or "... President of Ukraine").
     */
    static boolean holderNamed(List<Token> tokens, int from) {
        int k = from;
        while (k < tokens.size() && k - from < 4) {
            Token t = tokens.get(k);
            if (!t.isWord() || !t.isCapitalised() || t.sentenceStart()) {
                break;
            }
            String lw = t.lower();
            if (ROLE_STOPS.contains(lw) || HEADS.contains(lw) || COMMON.contains(lw)) {
                return false;
            }
            k++;
        }
        int words = k - from;
        if (words < 2 || words > 3) {
            return false;
        }
        if (k < tokens.size()) {
            Token next = tokens.get(k);
            return !(next.isWord() && (next.isCapitalised() || WordSet.holds(PatternWords.CONNECTORS, next)));
        }
        return true;
    }
}
