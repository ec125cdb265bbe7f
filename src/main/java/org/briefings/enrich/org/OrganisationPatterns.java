package org.briefings.enrich.org;

import static org.briefings.enrich.org.AcronymNames.HEADS_FIRST;
import static org.briefings.enrich.org.CapitalisedRuns.placeAfter;
import static org.briefings.enrich.org.HeadWords.HEADS;
import static org.briefings.enrich.org.HeadWords.OF_HEADS;
import static org.briefings.enrich.org.HeadWords.OF_WORDS;
import static org.briefings.enrich.org.HeadWords.PARTY_HEADS;
import static org.briefings.enrich.org.HeadWords.TRADE_HEADS;
import static org.briefings.enrich.org.PatternWords.ARTICLES;
import static org.briefings.enrich.org.PatternWords.CONNECTORS;
import static org.briefings.enrich.org.PatternWords.COUNTRY_NAMES;
import static org.briefings.enrich.org.PatternWords.GENERIC;
import static org.briefings.enrich.org.PatternWords.NOT_JOINED;
import static org.briefings.enrich.org.PatternWords.OPENERS;
import static org.briefings.enrich.org.PatternWords.ROLE_STOPS;
import static org.briefings.enrich.org.PatternWords.STANDING;

import java.util.List;
import java.util.Set;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.WordSet;
import org.briefings.enrich.text.Words;

/**
 * Organisations nobody listed: a run of capitalised words ending in an organisational head word
 * ({@code Inc}, {@code Corp}, {@code Bank}, {@code Ministry}, {@code Party}, ...) or a head word
 * followed by {@code of} ("Ministry of Finance"). Runs made only of generic words ("Central
 * Bank", "Finance Ministry") are dropped: without their country they name nothing searchable.
 * Where the run ends is {@link CapitalisedRuns}'s; which words are heads is {@link HeadWords}'s.
 */
final class OrganisationPatterns {

    /** Tokens {@code [from, to)} of a field. */
    record TokenRange(int from, int to) {}

    /** Last words of laws, which a name may open with a body's ("... Appropriations Act"). */
    private static final Set<String> LAWS = Words.set(
            "act", "agreement", "treaty", "convention", "protocol", "accord", "accords", "charter", "law", "code");

    private OrganisationPatterns() {}

    /**
     * "Best, Inc.", "Mills, Inc." (of "General Mills, Inc.", whose first word a title list took):
     * one word before a suffix after a comma is as often a common word as a company's name.
     */
    private static boolean oneWordBeforeComma(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).isPunct(',')) {
                return words(tokens, from, k) < 2;
            }
        }
        return false;
    }

    /**
     * Whether one word before "of" may open a name: only after an article ("the Gulf of Guinea
     * Commission"). Elsewhere it is a person's surname, whether the run was read again from it
     * ("Luis Lacalle Pou of the National Party" from "Pou") or a particle came before it ("Lula da
     * Silva of the Workers' Party").
     */
    private static boolean oneWordNamed(List<Token> tokens, int s) {
        return s > 0 && WordSet.holds(ARTICLES, tokens.get(s - 1));
    }

    /** The words of tokens [from, to), lower case, one space apart. */
    private static String key(List<Token> tokens, int from, int to) {
        StringBuilder key = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (tokens.get(k).isWord()) {
                key.append(key.isEmpty() ? "" : " ").append(tokens.get(k).lower());
            }
        }
        return key.toString();
    }

    private static int words(List<Token> tokens, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (tokens.get(k).isWord()) {
                n++;
            }
        }
        return n;
    }

    /**
     * A bank named in one word, as banks in Russia, Belarus, Germany and the Netherlands are:
     * "Belgazprombank", "Sberbank", "Commerzbank", "Rabobank", and inflected in Russian
     * ("Белгазпромбанка"). The word is its name as written.
     */
    static boolean bankCompound(Token t) {
        String l = t.lower();
        if (!t.isWord() || t.isAllCaps() || !t.isCapitalised() || l.length() < 8) {
            return false;
        }
        int at = l.lastIndexOf("bank");
        if (at >= 3 && (l.endsWith("bank") || l.endsWith("banken"))) {
            return true;
        }
        int ru = l.lastIndexOf("банк");
        return ru >= 3 && l.length() - ru <= 6;
    }

    /** Whether tokens [from, to) hold a head word. */
    private static boolean headIn(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String lw = tokens.get(k).lower();
            if (HEADS.contains(lw) || OF_HEADS.contains(lw) || CompanySuffixes.at(tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens [from, to) before an "and" hold a head word or a country's name. */
    private static boolean listed(List<Token> tokens, int from, int to) {
        StringBuilder key = new StringBuilder();
        for (int k = from; k < to; k++) {
            String lw = tokens.get(k).lower();
            // a place or people lists only as the last word before "and" ("the United States and
            // Soviet Union"); inside a name it is one of its words ("U.S. Fish and Wildlife Service")
            if (HEADS.contains(lw)
                    || OF_HEADS.contains(lw)
                    || CompanySuffixes.at(tokens, k)
                    || (NOT_JOINED.contains(lw) && k == to - 1)) {
                return true;
            }
            key.append(key.isEmpty() ? "" : " ").append(lw);
        }
        return COUNTRY_NAMES.contains(key.toString());
    }

    /**
     * The name an "and" lists right before {@code found}, the name {@link #find} returned for a run
     * starting at {@code i}, or null: "University of Cape Town and Makerere University" name two
     * organisations, and the first is a name of its own ("Justice and Development Party" has none:
     * "Justice" names nothing).
     */
    static TokenRange listedBefore(List<Token> tokens, int i, TokenRange found) {
        int and = found == null ? -1 : found.from() - 1;
        if (and < i + 2 || !tokens.get(and).text().equals("and")) {
            return null;
        }
        for (int k = i; k < and; k++) {
            if (tokens.get(k).text().equals("and")) {
                return null; // "Reorganize and Relocate the Economic Research Service": a title's words
            }
        }
        TokenRange first = find(tokens, i, and);
        // "House Energy and Commerce Committee": a trade before "and" is a portfolio in the name
        boolean trade = first != null && WordSet.holds(TRADE_HEADS, tokens.get(and - 1));
        return first != null && first.to() == and && !trade ? first : null;
    }

    /** The organisation inside the run [i, runEnd), or null. */
    static TokenRange find(List<Token> tokens, int i, int runEnd) {
        return find(tokens, i, runEnd, true);
    }

    /**
     * As {@link #find(List, int, int)}; with {@code specificOnly} false a name of generic words
     * ("Supreme National Security Council") is kept too, for a caller that knows from elsewhere
     * that the run names a body.
     */
    static TokenRange find(List<Token> tokens, int i, int runEnd, boolean specificOnly) {
        int s = i;
        while (s < runEnd
                && (WordSet.holds(OPENERS, tokens.get(s))
                        || CapitalisedRuns.capsFunctionWord(tokens.get(s))
                        || !tokens.get(s).isWord()
                        || RunOnNames.attributive(tokens.get(s)))) {
            s++;
        }
        int end = -1;
        for (int k = runEnd - 1; k > s; k--) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                continue;
            }
            String lw = t.lower();
            // "Labor Party of Australia", "Illinois Department of Transportation": a head followed
            // by "of" takes what follows, before the head alone could end the name
            if ((OF_HEADS.contains(lw) && k + 1 < runEnd && WordSet.holds(OF_WORDS, tokens.get(k + 1)))
                    || (k + 1 < runEnd && placeAfter(tokens, k + 1))) {
                // "the Colorado Party of Andrés Ojeda": the party, then who leads it
                end = RunOnNames.personAfterOf(tokens, k, runEnd) ? k + 1 : runEnd;
                break;
            }
            if (lw.equals("press") && k + 1 < runEnd && tokens.get(k + 1).isCapitalised()) {
                continue; // "Press Release", "Press Briefing": a publisher's head only at the end
            }
            if ((HEADS.contains(lw) && t.isCapitalised()) || CompanySuffixes.at(tokens, k)) {
                end = k + 1;
                if (end < runEnd && tokens.get(end).isPunct('.')) {
                    end++;
                }
                break;
            }
        }
        if (end < 0) {
            // "Ministry of Finance" with the head first; "Consejo Nacional Electoral"
            Token first = tokens.get(s < runEnd ? s : i);
            if (s + 2 < runEnd && WordSet.holds(OF_HEADS, first) && WordSet.holds(OF_WORDS, tokens.get(s + 1))) {
                end = runEnd;
            } else if (s + 1 < runEnd && WordSet.holds(HEADS_FIRST, first)) {
                end = runEnd;
            } else if (s + 2 < runEnd && tokens.get(s + 1).isWord() && WordSet.holds(HEADS_FIRST, tokens.get(s + 1))) {
                end = runEnd; // an adjective before the head: "Suprema Corte de Justicia de la Nación"
            } else {
                return null;
            }
        }
        // "Alan Rose of First Interstate Bank": what precedes "of" must itself be organisational;
        // a person's name has two words or more; one word inside a sentence is part of the name
        // ("the Gulf of Guinea Commission"), at its start it is as often a noun ("Shares of Exxon")
        for (int k = s; k < end; k++) {
            String lw = tokens.get(k).lower();
            if (HEADS.contains(lw) || OF_HEADS.contains(lw)) {
                break;
            }
            if ((lw.equals("of") || lw.equals("for"))
                    && tokens.get(k).isWord()
                    && (words(tokens, s, k) >= 2 || tokens.get(s).sentenceStart() || !oneWordNamed(tokens, s))) {
                s = k + 1;
            }
        }
        // "Justice and Development Party", "Adams and Porter Inc": "and" joins the words of one
        // name; after a complete name of its own ("Ministry of Finance and Central Bank") or a
        // head it lists two, and the name starts after it
        for (int k = s + 1; k < end; k++) {
            // ... but not inside the complement of a name, where nothing after "and" is a name of its
            // own: "African Party for the Independence of Guinea and Cape Verde"
            if (tokens.get(k).text().equals("and")
                    && ((listed(tokens, s, k) && headIn(tokens, k + 1, end)) || k + 1 >= end)) {
                s = k + 1;
            }
        }
        // "Rebels of the People's Defense Force": an article left after the cut is not part of the name
        while (s < end - 1 && (WordSet.holds(ARTICLES, tokens.get(s)) || RunOnNames.attributive(tokens.get(s)))) {
            s++;
        }
        while (end > s && !tokens.get(end - 1).isWord() && !tokens.get(end - 1).isPunct('.')) {
            end--;
        }
        while (end > s && WordSet.holds(CONNECTORS, tokens.get(end - 1))) {
            end--;
        }
        int words = 0;
        boolean specific = false;
        boolean owned = false;
        for (int k = s; k < end; k++) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                continue;
            }
            words++;
            String lw = t.lower();
            owned |= lw.equals("'s") || lw.equals("'");
            // a head inside the name is one of its words ("State Administration Council")
            boolean head =
                    (HEADS.contains(lw) && (k == end - 1 || !tokens.get(k + 1).isCapitalised()))
                            || CompanySuffixes.at(tokens, k);
            if (!head && !GENERIC.contains(lw) && !CONNECTORS.contains(lw) && !lw.equals("'s")) {
                specific = true;
            }
        }
        // "People's Defense Force", "Workers' Revolutionary Party": an owner and two more words name one
        // body, where "People's Bank" or "Central Bank" alone name a kind of body
        specific |= owned && words >= 4;
        // "National Party", "Democratic Party", "People's Alliance": a party's name, not a kind of body
        String lastWord = tokens.get(end - 1).lower();
        specific |= words >= 2
                && PARTY_HEADS.contains(lastWord)
                && tokens.get(end - 1).isCapitalised()
                && !WordSet.holds(STANDING, tokens.get(s))
                && !GenericBodies.isPhrase(key(tokens, s, end)); // "Labor Party": the country's, when known
        if (words < 2 || (specificOnly && !specific)) {
            return null;
        }
        String last = tokens.get(end - 1).lower();
        // "the Trump Administration" is a presidency; "Saudi Energy Minister" a portfolio; "Department
        // of Homeland Security Appropriations Act" a law named after a body
        if ((words == 2 && last.equals("administration"))
                || LAWS.contains(last)
                || (TRADE_HEADS.contains(last) && end < tokens.size() && WordSet.holds(ROLE_STOPS, tokens.get(end)))) {
            return null;
        }
        if (COUNTRY_NAMES.contains(key(tokens, s, end)) || oneWordBeforeComma(tokens, s, end)) {
            return null;
        }
        return new TokenRange(s, end);
    }
}
