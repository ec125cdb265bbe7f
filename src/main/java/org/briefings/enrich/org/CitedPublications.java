package org.briefings.enrich.org;

import java.util.List;
import java.util.Set;
import org.briefings.enrich.country.Gazetteer;
import org.briefings.enrich.date.Months;
import org.briefings.enrich.org.OrganisationPatterns.TokenRange;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.WordSet;
import org.briefings.enrich.text.Words;

/**
 * The publication of a cited work, read from where a note puts it rather than from its words:
 * after the quoted title and before the volume, the date or the publisher, {@code "Title,"
 * Mongabay, August 2, 2023}, {@code "Title," Marine Policy, vol. 138}, {@code "Title," Economic
 * Review, Federal Reserve Bank of Kansas City, vol. 108}, {@code "Title," Studies in Marine
 * Governance and Law, 2018}. Reports' notes cite newspapers, journals and magazines this way, and
 * their names often have no head word and lower-case words inside ("Current Opinion in
 * Environmental Sustainability"), so only the slot says they are names.
 */
final class CitedPublications {

    /** Longest publication name read, in tokens. */
    private static final int MAX_TOKENS = 10;

    /** Lower-case words inside a publication's name: "Studies in ...", "News and World Report". */
    private static final Set<String> INSIDE = WordSet.of("of", "in", "and", "for", "on", "the", "&");

    /** Words of a cited document's kind, its number or a pointer, where a publication stands in other notes. */
    private static final Set<String> NOT_PUBLICATIONS = Words.set(
            "see",
            "final",
            "number",
            "letter",
            "testimony",
            "memorandum",
            "memo",
            "order",
            "remarks",
            "speech",
            "statement",
            "fact",
            "sheet",
            "working",
            "paper",
            "hearing",
            "transcript",
            "release",
            "notice",
            "guidance");

    /** Parts of a citation after a publication's name: "vol. 138", "no. 4". */
    private static final Set<String> CITATION_PARTS = Words.set("vol", "volume", "no", "issue", "pp");

    private CitedPublications() {}

    /** The publication named from token {@code i} right after a quoted title, or null. */
    static TokenRange at(List<Token> tokens, int i, boolean[] covered) {
        if (i < 2 || !closingQuote(tokens.get(i - 1)) || !tokens.get(i - 2).isPunct(',')) {
            return null;
        }
        int end = nameEnd(tokens, i, covered);
        if (end < 0 || end + 1 >= tokens.size() || !tokens.get(end).isPunct(',')) {
            return null;
        }
        StringBuilder name = new StringBuilder();
        for (int k = i; k < end; k++) {
            Token t = tokens.get(k);
            if (WordSet.holds(NOT_PUBLICATIONS, t) || t.text().chars().anyMatch(Character::isDigit)) {
                return null; // "Final Report OIG-21-017-I", "See EPA": a document or a pointer
            }
            if (t.lower().equals("report") && (k == i || end - i <= 2)) {
                return null; // "Report to Congress", "Annual Report": a document; "U.S. News and World Report" a
                // magazine
            }
            name.append(name.isEmpty() ? "" : " ").append(t.text());
        }
        Gazetteer places = Gazetteer.load();
        if (places.codeFor(name.toString()).isPresent()
                || !places.datelinePlace(name.toString()).isEmpty()) {
            return null; // "(Geneva, 2019)": where it was published, not who
        }
        return citationGoesOn(tokens, end + 1, true) ? new TokenRange(i, end) : null;
    }

    /** End of the capitalised words from {@code i}, with lower-case words between two of them; -1 if none. */
    private static int nameEnd(List<Token> tokens, int i, boolean[] covered) {
        int j = i;
        while (j < tokens.size() && j - i < MAX_TOKENS && (covered == null || !covered[j])) {
            Token t = tokens.get(j);
            boolean inside = j > i
                    && (WordSet.holds(INSIDE, t) || t.isPunct('&'))
                    && j + 1 < tokens.size()
                    && tokens.get(j + 1).isCapitalised();
            if (!(t.isWord() && t.isCapitalised() && (j == i || !t.sentenceStart())) && !inside) {
                break;
            }
            j++;
        }
        return j == i ? -1 : j;
    }

    /**
     * Whether a citation goes on at {@code k} as after a publication: a volume, a date, a year, a
     * link, or (once) the publisher's name before one of these ("Federal Reserve Bank of Kansas
     * City, vol. 108", "BLS (April 2023)").
     */
    private static boolean citationGoesOn(List<Token> tokens, int k, boolean publisherMayFollow) {
        if (k >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(k);
        if (Months.month(t) > 0
                || WordSet.holds(CITATION_PARTS, t)
                || year(t)
                || t.lower().startsWith("http")) {
            return true;
        }
        if (!publisherMayFollow) {
            return false;
        }
        int end = nameEnd(tokens, k, null);
        if (end < 0 || end + 1 >= tokens.size()) {
            return false;
        }
        if (tokens.get(end).isPunct(',')) {
            return citationGoesOn(tokens, end + 1, false);
        }
        return tokens.get(end).isPunct('(') && citationGoesOn(tokens, end + 1, false);
    }

    private static boolean year(Token t) {
        return t.isNumber()
                && t.length() == 4
                && (t.text().startsWith("19") || t.text().startsWith("20"));
    }

    private static boolean closingQuote(Token t) {
        return t.text().equals("\"") || t.text().equals("\u201d");
    }
}
