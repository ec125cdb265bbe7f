package org.briefings.enrich.org;

import static org.briefings.enrich.org.InitialledNameWords.BODY_WORDS;
import static org.briefings.enrich.org.InitialledNameWords.DOCUMENTS;
import static org.briefings.enrich.org.InitialledNameWords.NOT_BODIES;
import static org.briefings.enrich.org.InitialledNameWords.NOUNS_AFTER;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.briefings.enrich.country.Gazetteer;
import org.briefings.enrich.org.OrganisationPatterns.TokenRange;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.WordSet;
import org.briefings.enrich.text.Words;

/**
 * A name defined by its acronym: "the National Unity Government (NUG)", "the Citizenship by
 * Investment Unit (CIU)". Writers bracket an acronym after the names of bodies they will refer to
 * again, and when the initials of the capitalised words before the bracket spell it, the words
 * are one bounded name even without a head word or a gazetteer entry. What the acronym stands
 * for must still look like a body: countries ("Democratic Republic of the Congo (DRC)") and
 * names ending in words for laws, plans, products, places and the like ("Exclusive Economic
 * Zone (EEZ)", "Seafood Import Monitoring Program (SIMP)") are not organisations.
 */
final class InitialledNames {

    /** Longest name read before a bracket, in tokens. */
    private static final int MAX_TOKENS = 14;

    /** Leading words the match may skip ("Opposition National Unity Government (NUG)"). */
    private static final int MAX_SKIPPED = 3;

    /** Small words inside a name that an acronym may or may not spell ("Special Jurisdiction for Peace"). */
    private static final Set<String> SMALL = Words.set(
            "of", "for", "and", "the", "on", "in", "by", "to", "at", "&", "de", "la", "du", "des", "del", "y", "et");

    /** Country prefixes kept in front of a name whose acronym leaves them out ("U.S. Customs and Border Protection (CBP)"). */
    /** Words that link an initialled body to what it is of ("the U.N. Commission on ..."). */
    private static final Set<String> LINKS = WordSet.of("of", "for", "on");

    private static final Set<String> COUNTRY_PREFIXES = WordSet.of("U.S.", "US", "U.K.", "UK");

    private InitialledNames() {}

    /**
     * The name starting at or shortly after token {@code i} and ending right before "(ACR)"
     * whose initials spell ACR, or null. Tokens already claimed ({@code covered}) end the search.
     */
    static TokenRange at(List<Token> tokens, int i, boolean[] covered) {
        int open = bracketAfterRun(tokens, i, covered);
        if (open < 0) {
            return null;
        }
        String acronym = tokens.get(open + 1).text();
        for (int s = i; s <= Math.min(i + MAX_SKIPPED, open - 2); s++) {
            Token first = tokens.get(s);
            if (!first.isCapitalised()
                    || WordSet.holds(SMALL, first)
                    || !(spells(tokens, s, open, acronym) || spellsReordered(tokens, s, open, acronym))) {
                continue;
            }
            int from = s > i && COUNTRY_PREFIXES.contains(tokens.get(s - 1).text()) ? s - 1 : s;
            boolean named = open + 3 < tokens.size() && WordSet.holds(NOUNS_AFTER, tokens.get(open + 3));
            return named || isBody(tokens, s, open) ? new TokenRange(from, open) : null;
        }
        return null;
    }

    /**
     * The name an acronym bounds around a known name at tokens {@code [from, to)} and longer than
     * it, or null: "National Congress for Timorese Reconstruction (CNRT)" around "Congress". The
     * name may start up to {@link #MAX_SKIPPED} unclaimed capitalised words before the known one.
     */
    static TokenRange around(List<Token> tokens, int from, int to, boolean[] covered) {
        int start = from;
        while (start > 0
                && from - start < MAX_SKIPPED
                && !covered[start - 1]
                && tokens.get(start - 1).isCapitalised()
                && !tokens.get(start).sentenceStart()) {
            start--;
        }
        TokenRange r = at(tokens, start, covered);
        return r != null && r.from() <= from && r.to() > to ? r : null;
    }

    /**
     * Index of "(" when tokens from {@code i} are capitalised words, small words and
     * possessives up to "(ACR)", else -1.
     */
    private static int bracketAfterRun(List<Token> tokens, int i, boolean[] covered) {
        for (int j = i; j < tokens.size() && j < i + MAX_TOKENS; j++) {
            Token t = tokens.get(j);
            if (covered[j] || (j > i && t.sentenceStart())) {
                return -1;
            }
            if (t.isPunct('(')) {
                return j > i && acronymInBrackets(tokens, j) ? j : -1;
            }
            boolean partOfName = (t.isWord() && (t.isCapitalised() || small(t)))
                    || t.isPunct('&')
                    || t.lower().equals("'s")
                    || t.lower().equals("'");
            if (!partOfName) {
                return -1;
            }
        }
        return -1;
    }

    /** "(NUG)" at {@code open}: two to eight capitals, no plural "s" ("SDGs" are goals). */
    private static boolean acronymInBrackets(List<Token> tokens, int open) {
        if (open + 2 >= tokens.size() || !tokens.get(open + 2).isPunct(')')) {
            return false;
        }
        Token a = tokens.get(open + 1);
        return a.isAllCaps() && a.length() <= 8 && Words.allLetters(a.text());
    }

    /**
     * Whether the words [from, to) spell {@code acronym}: each capitalised word gives its first
     * letter, each small word its first letter or nothing, possessives nothing.
     */
    static boolean spells(List<Token> tokens, int from, int to, String acronym) {
        // reachable[k]: the first k letters of the acronym are spelt by the words read so far
        boolean[] reachable = new boolean[acronym.length() + 1];
        reachable[0] = true;
        for (int j = from; j < to; j++) {
            Token t = tokens.get(j);
            if (!t.isWord() || t.lower().startsWith("'")) {
                continue;
            }
            boolean optional = small(t);
            char initial = Character.toUpperCase(t.text().charAt(0));
            boolean[] next = new boolean[reachable.length];
            for (int k = 0; k < reachable.length; k++) {
                if (!reachable[k]) {
                    continue;
                }
                if (optional) {
                    next[k] = true;
                }
                if (k < acronym.length() && acronym.charAt(k) == initial) {
                    next[k + 1] = true;
                }
            }
            reachable = next;
        }
        return reachable[acronym.length()];
    }

    /**
     * A small word inside a name that an acronym may skip: the listed ones, and any lower-case word
     * of up to three letters, the articles and particles of names in other languages ("Fa'atuatua
     * i le Atua Samoa ua Tasi (FAST)").
     */
    private static boolean small(Token t) {
        return (!t.isCapitalised() && t.length() <= 3) || WordSet.holds(SMALL, t);
    }

    /**
     * Whether the initials of the capitalised words [from, to) are the acronym's letters in
     * another order: an acronym of the name in its own language, whose words come in another
     * order than the English ("National Congress for Timorese Reconstruction (CNRT)", "Democratic
     * National Rally (RND)"). Every capitalised word must give one letter, the small words none.
     */
    static boolean spellsReordered(List<Token> tokens, int from, int to, String acronym) {
        StringBuilder initials = new StringBuilder();
        for (int j = from; j < to; j++) {
            Token t = tokens.get(j);
            if (t.isWord() && t.isCapitalised() && !WordSet.holds(SMALL, t)) {
                initials.append(Character.toUpperCase(t.text().charAt(0)));
            }
        }
        char[] a = acronym.toCharArray();
        char[] b = initials.toString().toCharArray();
        Arrays.sort(a);
        Arrays.sort(b);
        return a.length >= 3 && Arrays.equals(a, b);
    }

    /** Not a country, and not ending in a word for something other than a body. */
    private static boolean isBody(List<Token> tokens, int from, int to) {
        String last = tokens.get(to - 1).lower();
        boolean headFirst = to - from > 2
                && WordSet.holds(HeadWords.OF_HEADS, tokens.get(from))
                && WordSet.holds(LINKS, tokens.get(from + 1));
        if (DOCUMENTS.contains(last) || (!headFirst && NOT_BODIES.contains(last))) {
            return false;
        }
        boolean body = false;
        for (int k = from; k < to; k++) {
            String lw = tokens.get(k).lower();
            body |= HeadWords.HEADS.contains(lw) || HeadWords.OF_HEADS.contains(lw) || BODY_WORDS.contains(lw);
        }
        if (!body) {
            return false;
        }
        StringBuilder name = new StringBuilder();
        for (int k = from; k < to; k++) {
            name.append(name.isEmpty() ? "" : " ").append(tokens.get(k).text());
        }
        return Gazetteer.load().codeFor(name.toString()).isEmpty();
    }
}
