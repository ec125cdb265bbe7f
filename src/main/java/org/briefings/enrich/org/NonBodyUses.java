package org.briefings.enrich.org;

import java.util.List;
import java.util.Set;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.WordSet;
import org.briefings.enrich.text.Words;

/**
 * Uses of a known organisation's name that do not name the organisation (docs/annotation.md):
 * the name opening the name of a document, place or event ("United Nations Charter", "United
 * Nations Headquarters", "NATO Summit"; not "Security Council Resolution 435", which the gold
 * reads as naming the Council that adopted it), a portfolio in a title ("Treasury Secretary James Baker") and an office that is a person's title before the
 * person's name ("U.S. Trade Representative Clayton Yeutter"), the name opening a law's
 * ("Department of Defense Appropriations Act").
 */
final class NonBodyUses {

    /** Capitalised words after a name that make it the name of something else. */
    private static final Set<String> THINGS = Words.set(
            "charter",
            "headquarters",
            "convention",
            "declaration",
            "day",
            "decade",
            "summit",
            "agenda",
            "treaty",
            "building",
            "plaza",
            "compound",
            "protocol",
            "agreement",
            "framework",
            "award",
            "prize");

    /** Titles after a portfolio: "Treasury Secretary", "Commerce Secretary", "Finance Minister". */
    private static final Set<String> PORTFOLIO_TITLES = Words.set("secretary", "minister", "undersecretary");

    /**
     * One-word bodies that are also a portfolio ("Treasury Secretary"); another known name before
     * a title is the body the holder belongs to ("a Fidesz minister", "Likud minister"), so it counts.
     */
    private static final Set<String> PORTFOLIOS = Words.set(
            "treasury",
            "commerce",
            "state",
            "defense",
            "defence",
            "pentagon",
            "interior",
            "justice",
            "finance",
            "energy",
            "labor",
            "agriculture",
            "transportation",
            "education",
            "health",
            "trade",
            "foreign",
            "home",
            "mof",
            "miti",
            "meti");

    /** Last words of offices that are also a person's title: "U.S. Trade Representative Clayton Yeutter". */
    private static final Set<String> TITLE_OFFICES = Words.set("representative", "ombudsman", "commissioner");

    /** Capitalised words a law's name puts between a body's name and "Act". */
    private static final int MAX_LAW_WORDS = 3;

    private NonBodyUses() {}

    /**
     * Whether capitalised words from {@code at} end in "Act" within a few words: the body's name
     * opens a law's ("Department of Homeland Security Appropriations Act").
     */
    private static boolean namesALaw(List<Token> tokens, int at) {
        for (int k = at; k < tokens.size() && k <= at + MAX_LAW_WORDS; k++) {
            Token t = tokens.get(k);
            if (!t.isWord()
                    || !t.isCapitalised()
                    || (k > at && t.start() - tokens.get(k - 1).end() > 1)) {
                return false;
            }
            if (t.lower().equals("act")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the known name at tokens [from, to) is used for something other than the body. */
    static boolean at(List<Token> tokens, int from, int to) {
        if (to >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(to);
        if (!next.isWord() || next.start() - tokens.get(to - 1).end() > 1) {
            return false;
        }
        String n = next.lower();
        if (next.isCapitalised() && (THINGS.contains(n) || namesALaw(tokens, to))) {
            return true;
        }
        if (to - from == 1 && PORTFOLIO_TITLES.contains(n) && WordSet.holds(PORTFOLIOS, tokens.get(from))) {
            return true;
        }
        return WordSet.holds(TITLE_OFFICES, tokens.get(to - 1))
                && next.isCapitalised()
                && !next.isAllCaps()
                && !next.sentenceStart();
    }
}
