package org.briefings.enrich.person;

import static org.briefings.enrich.person.PersonWords.ACRONYMS;
import static org.briefings.enrich.person.PersonWords.PARTICLES;
import static org.briefings.enrich.person.PersonWords.ROLES;
import static org.briefings.enrich.person.PersonWords.SUFFIXES;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.WordSet;
import org.briefings.enrich.text.Words;

/**
 * Where a run of name words starts and ends: capitalised words, particles ("von", "al-"),
 * initials ("J.B."), surnames in capitals beside a name word ("KIM Il Sung", "Domingos SIMOES
 * PEREIRA"), names in capitals after a title ("President WIN MYINT"), a hyphenated name wrapped
 * at a line end ("Muhammad- Bande"), and a regnal number closing it ("Mohammed VI").
 */
final class NameRuns {

    /** Roman numerals: regnal numbers, never surnames. {@link #roman} is the same test without a matcher. */
    static final Pattern ROMAN = Pattern.compile("[IVXLC]+");

    /** Whether every character of {@code w} is a letter, a hyphen or an apostrophe ("O'NEILL", "AL-ASSAD"). */
    private static boolean lettersHyphensApostrophes(String w) {
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (!Character.isLetter(c) && c != '-' && c != '\'') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code w} is a Roman numeral as {@link #ROMAN} reads one: one or more of I, V, X, L,
     * C. A loop, because it runs on most capitalised words of a document and a matcher per word
     * (or {@code String.matches}, which compiles the expression each time) cost more than the rule.
     */
    static boolean roman(String w) {
        if (w.isEmpty()) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (c != 'I' && c != 'V' && c != 'X' && c != 'L' && c != 'C') {
                return false;
            }
        }
        return true;
    }

    private NameRuns() {}

    /** A capitalised word, or a particle prefix glued to one ("al-Assad"); not an acronym. */
    static boolean isNameWord(Token t) {
        char c = t.firstChar();
        if (!t.isWord() || c == '\'' || c == '\u2019') {
            return false;
        }
        if (t.isCapitalised()) {
            return !t.isAllCaps();
        }
        if (!t.hasHyphen()) {
            return false; // "al-Assad", "bin-Salman": only a particle and a hyphen open a name in lower case
        }
        String l = t.lower();
        int dash = l.indexOf('-');
        return dash > 0
                && PARTICLES.contains(l.substring(0, dash))
                && dash + 1 < t.length()
                && Character.isUpperCase(t.text().charAt(dash + 1));
    }

    /** Dotted abbreviations of places and bodies, never a person's initials. */
    private static final Set<String> DOTTED = Words.set(
            "u.s.", "u.n.", "u.k.", "e.u.", "d.c.", "u.a.e.", "u.s.a.", "u.s.s.r.", "p.m.", "a.m.", "n.y.", "l.a.");

    /** Initials opening a name, "J.B. Pritzker", "F.W. de Klerk": one token, right before a name word. */
    static boolean initials(List<Token> toks, int i) {
        Token t = toks.get(i);
        String x = t.text();
        // the shape before the list: nearly every word of four to six letters fails at its first
        // two characters, a capital and a dot, and DOTTED was asked of each (1.3% of enrichment)
        if (!t.isWord()
                || !t.isCapitalised()
                || x.length() < 4
                || x.length() > 6
                || x.charAt(1) != '.'
                || i + 1 >= toks.size()) {
            return false;
        }
        for (int k = 0; k < x.length(); k++) {
            if (k % 2 == 0 ? !Character.isUpperCase(x.charAt(k)) : x.charAt(k) != '.') {
                return false;
            }
        }
        if (WordSet.holds(DOTTED, t)) {
            return false;
        }
        Token next = toks.get(i + 1);
        return x.endsWith(".") && isNameWord(next) && adjacent(t, next) && !next.sentenceStart();
    }

    /**
     * Single initials with their dots opening a name: "R. Eric Petersen", "V. R. Krishna Iyer", "K.
     * Rajasekar" (one letter, an adjacent dot, and after any more such initials a name word).
     */
    static boolean leadingInitial(List<Token> toks, int i) {
        int k = i;
        while (singleInitial(toks, k)) {
            k += 2;
        }
        return k > i
                && k < toks.size()
                && isNameWord(toks.get(k))
                && !toks.get(k).sentenceStart();
    }

    /** One capital letter and the dot right after it: "R." of "R. Eric Petersen". */
    private static boolean singleInitial(List<Token> toks, int k) {
        if (k + 1 >= toks.size()) {
            return false;
        }
        Token t = toks.get(k);
        Token dot = toks.get(k + 1);
        return t.isWord() && t.length() == 1 && t.isCapitalised() && dot.isPunct('.') && dot.start() == t.end();
    }

    /**
     * A surname in capitals beside a name word, the house style of many government reports:
     * "KIM Il Sung", "Emmerson MNANGAGWA", "Nicolas MADURO Moros". An acronym stands alone or
     * beside other capitals ("UN", "the US Congress"), so the capitals word must touch a name word
     * written in normal case; common acronyms are excluded outright.
     */
    static boolean capitalsSurname(List<Token> toks, int i) {
        Token t = toks.get(i);
        if (!t.isAllCaps() || WordSet.holds(ACRONYMS, t) || roman(t.text()) || !lettersHyphensApostrophes(t.text())) {
            return false;
        }
        return (i > 0 && isNameWord(toks.get(i - 1)) && adjacent(toks.get(i - 1), t))
                || afterRole(toks, i)
                // the second word of a surname in capitals: "Domingos SIMOES PEREIRA"
                || (i > 1
                        && toks.get(i - 1).isAllCaps()
                        && adjacent(toks.get(i - 1), t)
                        && isNameWord(toks.get(i - 2))
                        && adjacent(toks.get(i - 2), toks.get(i - 1))
                        && capitalsSurname(toks, i - 1))
                || (i + 1 < toks.size()
                        && isNameWord(toks.get(i + 1))
                        && adjacent(t, toks.get(i + 1))
                        && !toks.get(i + 1).sentenceStart());
    }

    /** "President WIN MYINT", "Senior General MIN AUNG HLAING": a name all in capitals after a title. */
    private static boolean afterRole(List<Token> toks, int i) {
        int first = i;
        while (first > 0
                && first > i - 4
                && toks.get(first - 1).isAllCaps()
                && adjacent(toks.get(first - 1), toks.get(first))) {
            first--;
        }
        if (first == 0) {
            return false;
        }
        Token role = toks.get(first - 1);
        return role.isWord()
                && role.isCapitalised()
                && !role.isAllCaps()
                && WordSet.holds(ROLES, role)
                && adjacent(role, toks.get(first));
    }

    /** "Patriarch Bartholomew I", "King Abdullah I": a title before the run or inside it, so "I" is a number. */
    private static boolean titled(List<Token> toks, int runStart, int at) {
        if (at + 1 < toks.size()
                && toks.get(at + 1).isWord()
                && Character.isUpperCase(toks.get(at + 1).text().charAt(0))) {
            return false;
        }
        for (int k = Math.max(0, runStart - 1); k < at; k++) {
            if (toks.get(k).isWord()
                    && WordSet.holds(ROLES, toks.get(k))
                    && toks.get(k).isCapitalised()) {
                return true;
            }
        }
        return false;
    }

    private static boolean adjacent(Token a, Token b) {
        return b.start() - a.end() == 1;
    }

    /** End (exclusive) of the run of name words, initials' dots and particles from i. */
    static int runEnd(List<Token> toks, int i) {
        int j = i + 1;
        while (j < toks.size()) {
            Token t = toks.get(j);
            Token prev = toks.get(j - 1);
            if (t.sentenceStart() && !t.isPunct('.')) {
                break;
            }
            if (t.lineStart() && j + 1 < toks.size() && toks.get(j + 1).isPunct(':')) {
                break; // "To: Lena\nSubject: ...": a header's label opens its own line
            }
            if (isNameWord(t) || capitalsSurname(toks, j)) {
                j++;
            } else if (prev.isPunct('.') && leadingInitial(toks, j)) {
                j++; // the second of two initials: "V. R. Krishna Iyer"
            } else if (t.isPunct('-')
                    && t.start() == prev.end()
                    && isNameWord(prev)
                    && j + 1 < toks.size()
                    && isNameWord(toks.get(j + 1))
                    && toks.get(j + 1).start() > t.end()) {
                j++; // a hyphenated name wrapped at the line end: "Muhammad- Bande"
            } else if (roman(t.text()) && isNameWord(prev) && (t.length() > 1 || titled(toks, i, j))) {
                j++; // a regnal number ends the name: "Mohammed VI", "Pope Leo XIV"
                if (!ArabicNames.nasabAfter(toks, j)) {
                    break;
                } // but "Abdullah II Bin Al Hussein" goes on with the father's name
            } else if (t.isPunct('.')
                    && t.start() == prev.end()
                    && prev.isWord()
                    && (prev.length() == 1 || WordSet.holds(ROLES, prev) || WordSet.holds(SUFFIXES, prev))
                    && j + 1 < toks.size()
                    && (isNameWord(toks.get(j + 1)) || (prev.length() == 1 && leadingInitial(toks, j + 1)))) {
                j++;
            } else if (t.isPunct(',')
                    && t.start() == prev.end()
                    && isNameWord(prev)
                    && j + 1 < toks.size()
                    && WordSet.holds(SUFFIXES, toks.get(j + 1))
                    && Character.isUpperCase(toks.get(j + 1).text().charAt(0))) {
                j += 2; // "John G. Roberts, Jr.": the suffix after a comma ends the name
                break;
            } else if (t.isWord()
                    && PARTICLES.contains(t.text())
                    && j + 1 < toks.size()
                    && isNameWord(toks.get(j + 1))
                    && !toks.get(j + 1).sentenceStart()) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }
}
