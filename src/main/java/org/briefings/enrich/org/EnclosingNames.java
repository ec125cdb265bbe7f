package org.briefings.enrich.org;

import java.util.List;
import java.util.Set;
import org.briefings.enrich.country.Gazetteer;
import org.briefings.enrich.org.OrganisationPatterns.TokenRange;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.WordSet;
import org.briefings.enrich.text.Words;

/**
 * A known name inside a longer one: "the Supreme National Security Council" holds the gazetteer's
 * "National Security Council", "a UN Group of Experts" holds "UN". The longer name, read by {@link
 * OrganisationPatterns}, is the organisation the text talks about, and the inner one is not
 * emitted on its own. Two guards keep a known name whole where the longer run is not one name:
 * an "and" outside the known name lists two bodies ("IMF and World Bank"), and words that only
 * add a country ("U.S. Federal Reserve Board", "Iranian Foreign Ministry") say whose body it is,
 * so the gazetteer's canonical name stands.
 */
final class EnclosingNames {

    /** Articles that open a sentence or a name but are no word of it ("Die Europäische Union"). */
    private static final Set<String> ARTICLES = Words.set(
            "the", "a", "an", "die", "der", "das", "den", "dem", "des", "el", "la", "le", "les", "los", "las");

    /** "and" in the languages of the gazetteer's names: "l'ONU et l'Union africaine" lists two. */
    private static final Set<String> AND = Words.set("and", "et", "y", "e", "und", "и");

    /** Last words of the parties and movements that many countries have one of by the same name. */
    private static final Set<String> MOVEMENTS =
            Words.set("party", "front", "movement", "alliance", "league", "coalition", "congress");

    /** Words that qualify a national body named in one word: "National Parliament", "Federal Senate". */
    private static final Set<String> QUALIFIERS = Words.set(
            "national", "federal", "high", "supreme", "legislative", "constitutional", "provincial", "plurinational");

    /** Capitalised words read before a known name. */
    private static final int MAX_BEFORE = 3;

    private EnclosingNames() {}

    /** "of" or "for" after a national body named bare: the start of its complement. */
    private static boolean complement(Token t) {
        return t.text().equals("of") || t.text().equals("for");
    }

    /**
     * The pattern organisation that strictly contains the known name at tokens [from, to), or
     * null when there is none or it fails a guard.
     */
    static TokenRange around(List<Token> tokens, int from, int to, boolean[] covered) {
        int start = from;
        // one known word is often a head of the run before it ("What Congress", "Foreign Leaders
        // Addressing Congress"): only a known name of two words or more takes words before it
        boolean bare = NationalBodies.isBare(words(tokens, from, to));
        // ... but a qualifier before a national body is part of its name ("the National Parliament",
        // "the High Constitutional Court")
        while ((to - from >= 2
                        || (bare && start == from && start > 0 && WordSet.holds(QUALIFIERS, tokens.get(start - 1))))
                && start > 0
                && from - start < MAX_BEFORE
                && !tokens.get(start).sentenceStart()
                && !tokens.get(start - 1).sentenceStart()
                && !covered[start - 1]
                && tokens.get(start - 1).isCapitalised()
                && !WordSet.holds(ARTICLES, tokens.get(start - 1))
                && tokens.get(start - 1).end() + 2 >= tokens.get(start).start()) {
            start--;
        }
        for (int s = start; s <= from; s++) {
            // the known name inside says the run names a body, so generic words may make it up
            TokenRange p = OrganisationPatterns.find(tokens, s, CapitalisedRuns.runEnd(tokens, s, covered), false);
            if (p == null
                    || p.from() > from
                    || p.to() < to
                    || (p.from() == from && p.to() == to)
                    || listsTwo(tokens, p, from, to)
                    // a national body's complement names it ("Supreme Court of Justice", "Senate of the
                    // Republic", "Congress for Democratic Renewal"); another known name's needs a head of its own
                    || (p.to() > to && !(bare && complement(tokens.get(to))) && !headIn(tokens, to, p.to()))
                    || (p.to() > to && nameGoesOn(tokens, p.to()))) {
                continue;
            }
            // "United States Department of the Treasury": a country in front says whose body it is,
            // and a later start inside the country's name ("States Department ...") is no better
            return onlyCountries(tokens, p.from(), from) && onlyCountries(tokens, to, p.to()) ? null : p;
        }
        return null;
    }

    /**
     * A known name followed by "of" and a country other than the one the gazetteer records for it:
     * "the Liberal Democratic Party of Russia" is not Japan's Liberal Democratic Party, and names a
     * body of its own ("Labor Party of Australia" is bounded the same way by the patterns). The known
     * name must be a party or movement (a UN organ "of St Vincent" is a member's seat on it); null when nothing follows or the country is its own ("Democratic
     * Alliance of South Africa" for a party the gazetteer places there stays the known name).
     */
    static TokenRange ofAnotherCountry(List<Token> tokens, int from, int to, String knownCountry) {
        String last = tokens.get(to - 1).lower();
        if (to + 1 >= tokens.size() || !tokens.get(to).text().equals("of") || !MOVEMENTS.contains(last)) {
            return null;
        }
        int start = to + 1;
        if (tokens.get(start).text().equals("the") && start + 1 < tokens.size()) {
            start++;
        }
        Gazetteer countries = Gazetteer.load();
        StringBuilder place = new StringBuilder();
        TokenRange longest = null;
        for (int k = start; k < Math.min(tokens.size(), start + 4); k++) {
            Token t = tokens.get(k);
            if (!t.isWord()
                    || !t.isCapitalised()
                    || t.isAllCaps()
                    || (k > start && t.start() - tokens.get(k - 1).end() > 1)) {
                break;
            }
            place.append(place.isEmpty() ? "" : " ").append(t.text());
            String code = countries.codeFor(place.toString()).orElse(null);
            if (code != null && !code.equals(knownCountry)) {
                longest = new TokenRange(from, k + 1);
            }
        }
        return longest;
    }

    /** The words of tokens [from, to), lower case, one space apart. */
    private static String words(List<Token> tokens, int from, int to) {
        StringBuilder key = new StringBuilder();
        for (int k = from; k < to; k++) {
            key.append(key.isEmpty() ? "" : " ").append(tokens.get(k).lower());
        }
        return key.toString();
    }

    /**
     * Whether a capitalised word right after the longer run carries it on, so that the run up to
     * the head is the front of the name of something else: "Marine Corps Force Design", "the
     * World Bank Group Report". A title there ("Committee Chairman Chuck Grassley") ends the name.
     */
    private static boolean nameGoesOn(List<Token> tokens, int at) {
        if (at >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(at);
        return t.isWord()
                && t.isCapitalised()
                && !t.sentenceStart()
                && !t.lineStart()
                && t.start() - tokens.get(at - 1).end() <= 1
                && !WordSet.holds(PatternWords.ROLE_STOPS, t)
                && !WordSet.holds(PatternWords.OPENERS, t);
    }

    /** An "and" (in any language) or "&" in the longer name outside the known one. */
    private static boolean listsTwo(List<Token> tokens, TokenRange p, int from, int to) {
        for (int k = p.from(); k < p.to(); k++) {
            if ((k < from || k >= to)
                    && (WordSet.holds(AND, tokens.get(k)) || tokens.get(k).isPunct('&'))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether words after a known name hold a head word of their own ("UN Group of Experts",
     * "World Bank Group"); a complement alone ("Contact Group on Libya", "House of Representatives
     * Mike Johnson") is not read as part of the name.
     */
    private static boolean headIn(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).isCapitalised()
                    && (WordSet.holds(HeadWords.HEADS, tokens.get(k))
                            || (k + 1 < to && CapitalisedRuns.placeAfter(tokens, k + 1)))) {
                return true; // "SADC Mission in Mozambique"
            }
        }
        return false;
    }

    /**
     * Whether tokens [from, to) only name places: nothing, a country's name, demonym or city as a
     * whole ("United States") or word by word.
     */
    private static boolean onlyCountries(List<Token> tokens, int from, int to) {
        if (from >= to) {
            return true;
        }
        Gazetteer countries = Gazetteer.load();
        StringBuilder whole = new StringBuilder();
        boolean eachWord = true;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            whole.append(whole.isEmpty() ? "" : " ").append(t.text());
            if (t.isWord()
                    && !WordSet.holds(ARTICLES, t)
                    && countries.datelinePlace(t.text()).isEmpty()) {
                eachWord = false;
            }
        }
        return eachWord || !countries.datelinePlace(whole.toString()).isEmpty();
    }

    /**
     * Start of a national body named with its country right before it ("the Argentine
     * Parliament", "a Peruvian Congress"): the token of the country's name or demonym, or {@code
     * from} when there is none. docs/annotation.md keeps that form, so the body is not renamed
     * after the country the briefing is about.
     */
    static int countryBefore(List<Token> tokens, int from, int to, boolean[] covered) {
        if (from == 0 || covered[from - 1]) {
            return from;
        }
        StringBuilder body = new StringBuilder();
        for (int k = from; k < to; k++) {
            body.append(body.isEmpty() ? "" : " ").append(tokens.get(k).lower());
        }
        Token before = tokens.get(from - 1);
        boolean country = before.isWord()
                && before.isCapitalised()
                && !WordSet.holds(PatternWords.OPENERS, before) // "In Congress": "IN" is India's code
                && before.end() + 1 >= tokens.get(from).start()
                && !Gazetteer.load().datelinePlace(before.text()).isEmpty();
        return country && NationalBodies.isBare(body.toString()) ? from - 1 : from;
    }
}
