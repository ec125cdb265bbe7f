package org.briefings.enrich.text;

import java.util.Locale;
import java.util.Set;

/**
 * Splits text into words, numbers and punctuation in one pass, keeping offsets. The people,
 * organisation and date taggers all work on these tokens with dictionary lookups instead of
 * running one regular expression per entity over the text, which keeps enrichment linear in the
 * length of the document.
 *
 * <p>Rules, chosen for news and briefing prose:
 * <ul>
 *   <li>Words may contain inner hyphens and apostrophes ({@code Jae-in}, {@code al-Assad},
 *       {@code O'Neill}); a trailing possessive {@code 's} / {@code ’s} becomes its own token so
 *       that {@code Korea's} yields {@code Korea}.</li>
 *   <li>Dotted abbreviations stay one token ({@code U.S.}, {@code U.N.}); a dot after a word is
 *       punctuation ({@code Mr} {@code .}) so honorifics are recognised with or without it.</li>
 *   <li>Numbers keep inner separators ({@code 2,018}, {@code 3.5}, {@code 2019-04-11}).</li>
 *   <li>A token starts a sentence after {@code . ! ?} (unless the word before is a known
 *       abbreviation such as {@code Mr} or an initial), after a blank line, at a colon or quote
 *       opening a clause, and at the start of the text.</li>
 * </ul>
 */
public final class Tokenizer {

    /** Words after which a full stop does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Words.set(
            "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "maj", "adm", "sen", "rep",
            "gov", "pres", "prof", "rev", "hon", "co", "corp", "inc", "ltd", "no", "vs", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "fig", "vol", "pp", "cf", "e.g", "i.e",
            "etc", "approx", "dept", "univ");

    private Tokenizer() {}

    /** Folds typographic apostrophes and dashes to ASCII for lookups (offsets are unaffected). */
    public static String fold(String s) {
        if (s.indexOf('\u2019') < 0 && s.indexOf('\u2018') < 0 && s.indexOf('\u2010') < 0 && s.indexOf('\u2011') < 0) {
            return s;
        }
        return s.replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .replace('\u2010', '-')
                .replace('\u2011', '-');
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /**
     * The tokens of {@code text}. The enricher tokenises each field once ({@link TextField}) and
     * hands the tokens to every tagger, so nothing here needs to remember earlier answers.
     */
    public static TokenList tokenize(String text) {
        TokenList.Builder out = new TokenList.Builder(text.length() / 5);
        // the characters read from an array: a loop over String.charAt checks each index, and the JIT
        // removes fewer of those checks (a speech with one typographic quote is a UTF-16 string)
        char[] cs = text.toCharArray();
        int n = cs.length;
        // the country tagger's finer cut of the same characters, made in this scan (see Pieces)
        Pieces.Builder pieces = new Pieces.Builder(cs, n / 5);
        int i = 0;
        boolean sentenceStart = true;
        boolean lineStart = true;
        int newlines = 0;
        while (i < n) {
            char c = cs[i];
            if (Character.isWhitespace(c)) {
                if (c == '\n') {
                    newlines++;
                    lineStart = true;
                    if (newlines >= 2) {
                        sentenceStart = true;
                    }
                }
                i++;
                continue;
            }
            newlines = 0;
            int start = i;
            if (Character.isLetterOrDigit(c)) {
                boolean digitsOnly = true;
                // what the word's characters are, read while scanning it, so that an ASCII word's
                // lower-case form and shape need no further pass over it (see asciiWord)
                boolean upper = false;
                boolean lowerLetter = false;
                boolean hyphen = false;
                boolean plain = true; // ASCII only, and no dotted abbreviation
                boolean numberMarks = true; // no mark but '-', ',' and '.' (see isNumberLike)
                boolean joined = false; // a mark inside: the word is more than one piece
                int letters = 0;
                int j = i;
                while (j < n) {
                    char d = cs[j];
                    if (Character.isLetterOrDigit(d)) {
                        if (!Character.isDigit(d)) {
                            digitsOnly = false;
                        }
                        if (d >= 'a' && d <= 'z') {
                            lowerLetter = true;
                            letters++;
                        } else if (d >= 'A' && d <= 'Z') {
                            upper = true;
                            letters++;
                        } else if (d >= 0x80) {
                            plain = false;
                        }
                        j++;
                    } else if ((isHyphen(d) || isApostrophe(d)) && j + 1 < n && Character.isLetterOrDigit(cs[j + 1])) {
                        hyphen |= d == '-';
                        plain &= d < 0x80;
                        numberMarks &= d == '-';
                        joined = true;
                        j++;
                    } else if ((d == ',' || d == '.') && digitsOnly && j + 1 < n && Character.isDigit(cs[j + 1])) {
                        joined = true;
                        j++; // 2,018 or 3.5
                    } else if (d == '.'
                            && j + 1 < n
                            && Character.isLetter(cs[j + 1])
                            && j - i == 1
                            && Character.isLetter(cs[i])
                            && j + 2 < n
                            && cs[j + 2] == '.') {
                        // U.S. / U.N. / U.K.: single letters separated by dots
                        plain = false;
                        while (j + 2 < n
                                && cs[j] == '.'
                                && Character.isLetter(cs[j + 1])
                                && (j + 2 >= n || !Character.isLetterOrDigit(cs[j + 2]))) {
                            j += 2;
                        }
                        if (j < n && cs[j] == '.') {
                            j++;
                        }
                        break;
                    } else {
                        break;
                    }
                }
                int end = j;
                if (plain && !joined) {
                    pieces.add(start, end); // ASCII letters and digits only: one piece
                } else {
                    pieces.split(start, end);
                }
                // possessive 's as its own token
                int poss = -1;
                if (end - start >= 3 && (cs[end - 1] == 's' || cs[end - 1] == 'S') && isApostrophe(cs[end - 2])) {
                    poss = end - 2;
                }
                int wordEnd = poss >= 0 ? poss : end;
                // from the array, which this scan has just read, rather than from the text's own
                // characters (a second copy of the text, not in the cache)
                String word = new String(cs, start, wordEnd - start);
                // a number: only digits and the marks '-', ',' and '.', known from the scan (every
                // letter or digit a digit, no apostrophe or typographic hyphen) unless a possessive
                // was cut off the word's end
                boolean number = poss < 0 ? digitsOnly && numberMarks : isNumberLike(word);
                Token.Kind kind = number ? Token.Kind.NUMBER : Token.Kind.WORD;
                if (plain && poss < 0) {
                    out.add(asciiWord(
                            word, start, wordEnd, kind, sentenceStart, lineStart, upper, lowerLetter, hyphen, letters));
                } else {
                    out.add(new Token(word, start, wordEnd, kind, sentenceStart, lineStart, lower(word)));
                }
                if (poss >= 0) {
                    String s = new String(cs, poss, end - poss);
                    out.add(new Token(s, poss, end, Token.Kind.WORD, false, false, lower(s)));
                }
                sentenceStart = false;
                lineStart = false;
                i = end;
            } else {
                pieces.mark(i);
                // an ASCII mark is its own lower-case form (only A-Z change)
                String p = c < ASCII.length ? ASCII[c] : String.valueOf(c);
                out.add(new Token(p, i, i + 1, Token.Kind.PUNCT, sentenceStart, lineStart, c < 0x80 ? p : lower(p)));
                lineStart = false;
                if (c == '.' || c == '!' || c == '?') {
                    Token prev = out.fromEnd(2);
                    boolean abbreviation = c == '.'
                            && prev != null
                            && prev.end() == i
                            && prev.isWord()
                            && (WordSet.holds(ABBREVIATIONS, prev)
                                    || (prev.length() == 1
                                            && Character.isUpperCase(prev.text().charAt(0))));
                    if (!abbreviation) {
                        sentenceStart = true;
                    }
                } else if (c == ':' || c == ';' || c == '"' || c == '\u201C' || c == '(' || c == '\u2014') {
                    // a clause opens; capitals after it are as uninformative as at a sentence start
                    sentenceStart = sentenceStart || c == ':' || c == '"' || c == '\u201C';
                }
                i++;
            }
        }
        return out.build(pieces.build());
    }

    /**
     * The token of an ASCII word or number from what the scan saw of its characters: the same token
     * as {@code new Token(word, ..., lower(word))} (TokenizerTest compares the two on every token),
     * without the two more passes over the word that its lower-case form and its {@link Token#shape()}
     * would take; most words of an English text are read this way.
     */
    private static Token asciiWord(
            String word,
            int start,
            int end,
            Token.Kind kind,
            boolean sentenceStart,
            boolean lineStart,
            boolean upper,
            boolean lowerLetter,
            boolean hyphen,
            int letters) {
        int shape = Token.shape(word.charAt(0), word.length() == 1, kind, !lowerLetter && letters >= 2, hyphen);
        String lower = upper ? asciiLower(word) : word;
        return new Token(word, start, end, kind, sentenceStart, lineStart, lower, shape);
    }

    /** One string per ASCII character, shared by every punctuation token ("," is most of them). */
    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < ASCII.length; c++) {
            ASCII[c] = String.valueOf(c);
        }
    }

    /**
     * What {@link Token} stores as {@link Token#lower()}: {@code fold(w).toLowerCase(Locale.ROOT)}.
     * An ASCII word, nearly every word of an English text, has nothing to fold, and lower-casing it
     * is A-Z to a-z: one pass over its characters instead of four searches for typographic marks and
     * the JDK's general lower-casing.
     */
    static String lower(String w) {
        boolean upper = false;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (c >= 0x80) {
                return fold(w).toLowerCase(Locale.ROOT);
            }
            upper |= c >= 'A' && c <= 'Z';
        }
        return upper ? asciiLower(w) : w;
    }

    /**
     * An ASCII word with A-Z made a-z. The JDK's lower-casing of a Latin-1 string, which is what an
     * ASCII word is, writes the result straight into the new string's bytes; a loop of our own
     * into a {@code char[]} made two arrays and a compressing copy for each capitalised word.
     */
    private static String asciiLower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }

    static boolean isNumberLike(String w) {
        if (!Character.isDigit(w.charAt(0))) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            char d = w.charAt(k);
            if (!(Character.isDigit(d) || d == ',' || d == '.' || d == '-')) {
                return false;
            }
        }
        return true;
    }
}
