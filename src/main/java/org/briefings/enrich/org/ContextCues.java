package org.briefings.enrich.org;

import java.util.List;
import java.util.Set;
import org.briefings.enrich.org.CuedNames.Cued;
import org.briefings.enrich.org.OrganisationPatterns.TokenRange;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.WordSet;
import org.briefings.enrich.text.Words;

/**
 * Names no list knows, marked as a body by the words a text puts around them rather than by a
 * body noun right beside them: a list after "such as" or "including" that follows a plural body
 * noun ("exporters such as Embraer", "rights groups such as Cristosal"); a party's political
 * stance before its name ("the far-right ELAM", "the opposition Pheu Thai"); a market's words
 * ("shares of Kelloran", "Kelloran's chief executive", "Kelloran shares fell"); a party named
 * after its noun and a comma ("the main opposition party, Progressive Slovakia (PS),"); and a gang or a
 * band named with a Spanish article in running text ("Los Choneros", "Los Chapitos"), which
 * is a place only when the gazetteer says so ("Los Angeles").
 */
final class ContextCues {

    /** Plural nouns for kinds of bodies that a "such as" list names: "companies such as ...". */
    private static final Set<String> PLURAL_BODIES = Words.set(
            "companies",
            "firms",
            "groups",
            "parties",
            "banks",
            "lenders",
            "insurers",
            "exporters",
            "importers",
            "manufacturers",
            "producers",
            "militias",
            "gangs",
            "cartels",
            "organisations",
            "organizations",
            "ngos",
            "charities",
            "universities",
            "airlines",
            "carriers",
            "miners",
            "broadcasters",
            "newspapers",
            "outlets",
            "agencies",
            "institutions",
            "movements",
            "unions",
            "retailers",
            "conglomerates",
            "automakers",
            "carmakers",
            "platforms");

    /** Nouns a name follows after a comma: "the main opposition party, Progressive Slovakia (PS),". */
    private static final Set<String> NAMING_NOUNS = WordSet.of("party", "movement", "coalition", "alliance", "militia");

    /** A party's stance before its name: "the far-right ELAM", "the ruling Georgian Dream". */
    private static final Set<String> STANCES = Words.set(
            "far-right",
            "far-left",
            "right-wing",
            "left-wing",
            "centre-right",
            "center-right",
            "centre-left",
            "center-left",
            "opposition",
            "ruling");

    /** After a company's possessive: "Kelloran's chief executive", "Kelloran's shareholders". */
    private static final Set<String> AFTER_OWNER = Words.set("shareholders", "shares", "stock", "subsidiary", "ceo");

    /** Verbs after "X shares": "Kelloran shares fell". */
    private static final Set<String> SHARE_MOVES = Words.set(
            "rose", "fell", "jumped", "climbed", "slid", "dropped", "gained", "slumped", "surged", "tumbled", "closed");

    /** Two-word phrases before a company's name: "shares of", "a stake in", "a subsidiary of". */
    private static final Set<String> BEFORE_COMPANY =
            Set.of("shares of", "stake in", "subsidiary of", "shareholders of", "shareholders in", "takeover of");

    /**
     * The first words of {@link #BEFORE_COMPANY} ("shares", "stake", ...): asked first, by the
     * token's hash, so that the two words before a run are joined into one string only where they
     * may be a phrase of it (JFR, 2026-12-07: the join was 2% of enrichment on report-style text).
     */
    private static final WordSet BEFORE_COMPANY_STARTS = WordSet.copyOf(BEFORE_COMPANY.stream()
            .map(phrase -> phrase.substring(0, phrase.indexOf(' ')))
            .toList());

    private ContextCues() {}

    /** The name at token {@code i} that its context marks as a body, or null. */
    static Cued at(List<Token> tokens, int i, boolean[] covered) {
        Token t = tokens.get(i);
        if (!t.isWord() || !t.isCapitalised()) {
            return null;
        }
        if (article(tokens, i)) {
            int end = i + 1;
            while (end < tokens.size()
                    && end - i <= 3
                    && !covered[end]
                    && tokens.get(end).isWord()
                    && tokens.get(end).isCapitalised()
                    && tokens.get(end).start() - tokens.get(end - 1).end() == 1
                    && !WordSet.holds(HeadWords.HEADS, tokens.get(end))) {
                end++;
            }
            return place(tokens, i, end) ? null : new Cued(new TokenRange(i, end), null, -1); // "Los Choneros"
        }
        // the cues are read first: reading the run's words (runEnd) costs lookups, and nearly
        // every run has no cue; runEnd answers the shape's end or -1
        int end = CuedNames.rawRunEnd(tokens, i, covered);
        if (end < 0 || (end - i == 1 && t.sentenceStart() && !t.isAllCaps())) {
            return null;
        }
        if ((listedAfterSuchAs(tokens, i)
                        || stanceBefore(tokens, i)
                        || market(tokens, i, end)
                        || namedAfterNoun(tokens, i, end))
                && CuedNames.runEnd(tokens, i, covered) >= 0) {
            return new Cued(new TokenRange(i, end), null, -1);
        }
        return null;
    }

    /** "Los Choneros" in running text: "Los" or "Las" that opens no sentence, before a capitalised word. */
    private static boolean article(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return (t.text().equals("Los") || t.text().equals("Las"))
                && !t.sentenceStart()
                && i + 1 < tokens.size()
                && tokens.get(i + 1).isWord()
                && tokens.get(i + 1).isCapitalised()
                && tokens.get(i + 1).start() - t.end() == 1;
    }

    /** Whether the run's first words, with its article, are a place ("Los Angeles", "Las Vegas Sands"). */
    private static boolean place(List<Token> tokens, int from, int end) {
        StringBuilder run = new StringBuilder(tokens.get(from).lower());
        for (int k = from + 1; k < end; k++) {
            run.append(' ').append(tokens.get(k).lower());
            if (CuedNames.majorPlace(run.toString())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "exporters such as Embraer and the meatpacker JBS", "groups such as Cristosal, which": the
     * run is in a list (names, commas, "and") that opens after "such as" or "including" and a
     * plural body noun.
     */
    private static boolean listedAfterSuchAs(List<Token> tokens, int i) {
        int k = i - 1;
        int steps = 0;
        while (k >= 1 && steps < 16) {
            Token t = tokens.get(k);
            if (t.isWord() && t.lower().equals("including")) {
                return WordSet.holds(PLURAL_BODIES, tokens.get(k - 1));
            }
            if (t.isWord()
                    && t.lower().equals("as")
                    && tokens.get(k - 1).lower().equals("such")) {
                return k >= 2 && WordSet.holds(PLURAL_BODIES, tokens.get(k - 2));
            }
            boolean inList = t.isPunct(',') || t.lower().equals("and") || (t.isWord() && t.isCapitalised());
            if (!inList || t.sentenceStart()) {
                return false;
            }
            k--;
            steps++;
        }
        return false;
    }

    /**
     * "The main opposition party, Progressive Slovakia (PS), leads", "BUKELE's party, Nuevas Ideas,
     * holds": a body noun, a comma, and the run closed by a comma or its acronym in brackets.
     */
    private static boolean namedAfterNoun(List<Token> tokens, int from, int end) {
        if (from < 2 || end >= tokens.size() || !tokens.get(from - 1).isPunct(',')) {
            return false;
        }
        Token noun = tokens.get(from - 2);
        Token after = tokens.get(end);
        return noun.isWord()
                && !noun.isCapitalised()
                && NAMING_NOUNS.contains(noun.text())
                && (after.isPunct(',') || after.isPunct('('));
    }

    /** "the far-right ELAM", "the ruling Georgian Dream": "the", a stance, then the run. */
    private static boolean stanceBefore(List<Token> tokens, int i) {
        return i >= 2
                && !tokens.get(i).sentenceStart()
                && tokens.get(i - 1).isWord()
                && !tokens.get(i - 1).isCapitalised()
                && WordSet.holds(STANCES, tokens.get(i - 1))
                && tokens.get(i - 2).lower().equals("the");
    }

    /** "shares of Kelloran", "Kelloran's chief executive", "Kelloran shares fell". */
    private static boolean market(List<Token> tokens, int from, int end) {
        if (from >= 2 && WordSet.holds(BEFORE_COMPANY_STARTS, tokens.get(from - 2))) {
            // in lower case but for a sentence's first word: "Shares of Taxpayers Benefiting" is a caption
            Token first = tokens.get(from - 2);
            String before = (first.sentenceStart() ? first.lower() : first.text()) + " "
                    + tokens.get(from - 1).text();
            if (BEFORE_COMPANY.contains(before)) {
                return true;
            }
        }
        if (end + 2 < tokens.size()) {
            // the words after the run are read only after "'s" or "shares"
            String next = tokens.get(end).lower();
            if (next.equals("'s")) {
                String w1 = tokens.get(end + 1).lower();
                return AFTER_OWNER.contains(w1)
                        || (w1.equals("chief") && tokens.get(end + 2).lower().equals("executive"));
            }
            return next.equals("shares")
                    && SHARE_MOVES.contains(tokens.get(end + 1).lower());
        }
        return false;
    }
}
