package org.briefings.enrich.org;

import java.util.List;
import java.util.Set;
import org.briefings.enrich.org.OrganisationPatterns.TokenRange;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.WordSet;
import org.briefings.enrich.text.Words;

/**
 * A company named by the stock ticker written right after it: "Brenmark (BRMK.N)", "Sorvella
 * (NYSE: SRV)", "Tanaka Kogyo (7203.T)", a wire's "Texaco &lt;TX&gt;". Business news gives a
 * listed company's ticker the first time it names it, and only companies have tickers, so the
 * capitalised words before one are a company's name even with no head word and in no list. An
 * acronym in brackets ("Kurdistan Workers' Party (PKK)") is no ticker: a round-bracket ticker
 * needs its exchange, as a suffix after a full stop (".N", ".PA") or a prefix before a colon
 * ("NYSE:"); only a wire's angle brackets hold a bare one.
 */
final class TickerNames {

    /** Longest name read before a ticker, in words. */
    private static final int MAX_WORDS = 5;

    /** Longest exchange suffix after the full stop: ".N", ".PA", ".HK". */
    private static final int MAX_SUFFIX = 3;

    /** Exchanges written before a colon in a ticker ("NYSE: BRMK"), lower case. */
    private static final Set<String> EXCHANGES = Words.set(
            "nyse",
            "nasdaq",
            "amex",
            "otc",
            "otcqx",
            "tsx",
            "tsxv",
            "cse",
            "lse",
            "aim",
            "asx",
            "nzx",
            "hkex",
            "sehk",
            "sgx",
            "jse",
            "nse",
            "bse",
            "adx",
            "dfm",
            "tadawul",
            "egx",
            "bmv",
            "bvl",
            "bcba",
            "b3",
            "bovespa",
            "krx",
            "kospi",
            "tyo",
            "tse",
            "sse",
            "szse",
            "xetra",
            "fwb",
            "euronext",
            "epa",
            "ams",
            "six",
            "idx",
            "set",
            "pse",
            "klse",
            "bursa",
            "omx",
            "nasdaqgs",
            "nasdaqgm");

    /** Words that open a sentence or a clause before a name, not part of it ("The", "Shares"). */
    private static final Set<String> OPENERS = PatternWords.OPENERS;

    private TickerNames() {}

    /** The company name from token {@code i} that a ticker right after it marks, or null. */
    static TokenRange at(List<Token> tokens, int i, boolean[] covered) {
        if (i > 0 && nameWord(tokens.get(i - 1))) {
            return null; // not the run's first word, or the suffix of a known name ("General Electric Co")
        }
        int end = i;
        int words = 0;
        while (end < tokens.size() && !covered[end] && words <= MAX_WORDS) {
            Token t = tokens.get(end);
            if (end > i && (t.sentenceStart() || t.start() - tokens.get(end - 1).end() > 1)) {
                break;
            }
            if (nameWord(t)) {
                words++;
            } else if (!(t.isPunct('&') && end > i)) {
                break;
            }
            end++;
        }
        int from = i;
        while (from < end && WordSet.holds(OPENERS, tokens.get(from))) {
            from++;
        }
        if (from == end || words > MAX_WORDS || tokens.get(end - 1).isPunct('&') || !tickerAt(tokens, end)) {
            return null;
        }
        return new TokenRange(from, end);
    }

    /**
     * Whether token {@code i} is the symbol inside a ticker ("BRMK" of "(BRMK.N)", "DPT" of "(Nasdaq:
     * DPT)"): a symbol is no acronym of a body, whatever body a list knows by those letters.
     */
    static boolean symbolAt(List<Token> tokens, int i) {
        return (i >= 1 && tickerAt(tokens, i - 1))
                || (i >= 3 && tokens.get(i - 1).isPunct(':') && tickerAt(tokens, i - 3));
    }

    /** A capitalised word or a dotted abbreviation of a name ("U.S. Steel"), never a ticker itself. */
    private static boolean nameWord(Token t) {
        return t.isWord() && t.isCapitalised() && !t.lower().equals("'s");
    }

    /**
     * Whether a ticker in brackets opens at token {@code k}: "(BRMK.N)", "(7203.T)", "(NYSE: BRMK)",
     * "(NYSE:BRMK)", "&lt;TX&gt;", "&lt;BRMK.N&gt;".
     */
    static boolean tickerAt(List<Token> tokens, int k) {
        if (k >= tokens.size()) {
            return false;
        }
        Token open = tokens.get(k);
        boolean angle = open.isPunct('<');
        if (!angle && !open.isPunct('(')) {
            return false;
        }
        char close = angle ? '>' : ')';
        // "(NYSE: BRMK)": an exchange, a colon, the symbol
        if (!angle
                && k + 4 < tokens.size()
                && WordSet.holds(EXCHANGES, tokens.get(k + 1))
                && tokens.get(k + 2).isPunct(':')
                && symbol(tokens.get(k + 3))
                && tokens.get(k + 3).start() - tokens.get(k + 2).end() <= 1) {
            return tokens.get(k + 4).isPunct(close)
                    || (tokens.get(k + 4).isPunct('.') && k + 6 < tokens.size() && suffixThen(tokens, k + 5, close));
        }
        if (k + 2 >= tokens.size() || !symbol(tokens.get(k + 1))) {
            return false;
        }
        // "(BRMK.N)": the symbol, a full stop, the exchange's suffix; a bare symbol only in angle brackets
        Token after = tokens.get(k + 2);
        if (after.isPunct('.') && after.start() == tokens.get(k + 1).end()) {
            return suffixThen(tokens, k + 3, close);
        }
        return angle && after.isPunct(close) && tokens.get(k + 1).isAllCaps();
    }

    /** An exchange suffix at {@code k} glued to the full stop before it, then the closing bracket. */
    private static boolean suffixThen(List<Token> tokens, int k, char close) {
        if (k + 1 >= tokens.size()) {
            return false;
        }
        Token s = tokens.get(k);
        return s.isWord()
                && s.length() <= MAX_SUFFIX
                && s.text().chars().allMatch(c -> c >= 'A' && c <= 'Z')
                && s.start() == tokens.get(k - 1).end()
                && tokens.get(k + 1).isPunct(close);
    }

    /** A ticker symbol: capitals and digits only, one to six of them ("BRMK", "X", "7203", "0700"). */
    private static boolean symbol(Token t) {
        String s = t.text();
        return (t.isWord() || t.isNumber())
                && !s.isEmpty()
                && s.length() <= 6
                && s.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
    }
}
