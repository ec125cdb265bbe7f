package org.briefings.enrich.text;

/**
 * One token of a text with its character offsets, so that every tagger can report exact spans
 * without searching the text again.
 *
 * @param text          the token as written ({@code "Jae-in"}, {@code "U.S."}, {@code "2018"}, {@code ","})
 * @param start         offset of the first char
 * @param end           offset after the last char
 * @param kind          word, number or punctuation
 * @param sentenceStart true for the first word of a sentence or paragraph, where capitalisation says nothing
 * @param lineStart     true when only whitespace precedes it on its line
 * @param lower         the form for dictionary lookups: lower case, typographic apostrophes folded to ASCII
 * @param shape         the first character, and what {@link #isCapitalised()}, {@link #isAllCaps()},
 *                      {@link #hasHyphen()} and {@link #isPunct(char)} answer, as bits
 * @param lowerHash     {@code lower.hashCode()}, kept in the token so that the word lists ({@link
 *                      WordSet#containsLower}) turn most words away without following the token to
 *                      its lower-case string (see the constructor)
 * @param length        {@code text.length()}, kept for the same reason: the taggers test a word's
 *                      length before anything else (an initial, a short acronym, a gazetteer word of
 *                      the same length), and the test need not read the text
 */
public record Token(
        String text,
        int start,
        int end,
        Kind kind,
        boolean sentenceStart,
        boolean lineStart,
        String lower,
        int shape,
        int lowerHash,
        int length) {

    /** {@link #shape()}'s bits holding the token's first character. */
    static final int FIRST_CHAR = 0xFFFF;
    /** {@link #shape()}'s bit for a word whose first letter is upper case. */
    static final int CAPITALISED = 1 << 16;
    /** {@link #shape()}'s bit for a word of at least two letters, all upper case. */
    static final int ALL_CAPS = 1 << 17;
    /** {@link #shape()}'s bit for a token of one character. */
    static final int ONE_CHAR = 1 << 18;
    /** {@link #shape()}'s bit for a word with a hyphen ({@code -}, U+2010 or U+2011). */
    static final int HYPHEN = 1 << 19;

    /**
     * Every token, however made, carries the hash of its own {@link #lower()} form and the length of
     * its own text: the values given are not trusted. They are made here, while the strings are new
     * and in the cache: a long text's tokens do not stay in the cache from one tagger's pass to the
     * next, so following each token to its string was one more read from memory for each word and
     * each list, most of the date tagger's time and a sixth of the look-ups' (JFR, 2026-12-06);
     * reading a word's length from its text was a tenth of the organisation gazetteer's.
     */
    public Token {
        lowerHash = lower.hashCode();
        length = text.length();
    }

    /**
     * A token with its shape already read (the tokenizer knows it from its scan).
     */
    public Token(
            String text,
            int start,
            int end,
            Kind kind,
            boolean sentenceStart,
            boolean lineStart,
            String lower,
            int shape) {
        this(text, start, end, kind, sentenceStart, lineStart, lower, shape, 0, 0);
    }

    /**
     * A token; its {@link #lower()} form (for dictionary lookups, typographic apostrophes folded to
     * ASCII) is computed once here, because every tagger asks for it, often several times.
     */
    public Token(String text, int start, int end, Kind kind, boolean sentenceStart, boolean lineStart) {
        this(text, start, end, kind, sentenceStart, lineStart, Tokenizer.lower(text));
    }

    /**
     * A token with its {@link #lower()} form already made. Its shape (first character, capitalised,
     * all capitals, one character long) is read here, once: the taggers ask it of nearly every
     * token, several times each, and JFR profiles of enrichment (2026-12-04) put 4-5% of its CPU in
     * reading the letters of the same tokens again and again, and 2-3% more in following each
     * token to its text only to compare one punctuation mark.
     */
    public Token(String text, int start, int end, Kind kind, boolean sentenceStart, boolean lineStart, String lower) {
        this(text, start, end, kind, sentenceStart, lineStart, lower, shapeOf(text, kind));
    }

    /** What a token is made of. */
    public enum Kind {
        WORD,
        NUMBER,
        PUNCT
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    /** Whether this is the punctuation mark {@code c} alone. */
    public boolean isPunct(char c) {
        return kind == Kind.PUNCT && (shape & (ONE_CHAR | FIRST_CHAR)) == (ONE_CHAR | c);
    }

    /** The first character of {@link #text()}, without reading the text. */
    public char firstChar() {
        return (char) (shape & FIRST_CHAR);
    }

    /** First letter upper case ("Kim", "McDonald", "U.S.", "IMF"). */
    public boolean isCapitalised() {
        return (shape & CAPITALISED) != 0;
    }

    /** Every letter upper case and at least two letters ("IMF", "OPEC"; not "I" or "Kim"). */
    public boolean isAllCaps() {
        return (shape & ALL_CAPS) != 0;
    }

    /** The {@link #shape()} bits of a token's text. */
    static int shapeOf(String text, Kind kind) {
        boolean word = kind == Kind.WORD;
        return shape(text.charAt(0), text.length() == 1, kind, word && allCaps(text), word && hyphen(text));
    }

    /**
     * The {@link #shape()} bits from what is known of a token's text: its first character, whether
     * it is one character long, and for a word whether it is all capitals and has a hyphen (the
     * tokenizer knows these of an ASCII word from its scan, {@link #shapeOf} reads them).
     */
    static int shape(char first, boolean oneChar, Kind kind, boolean allCaps, boolean hyphen) {
        int shape = first | (oneChar ? ONE_CHAR : 0);
        if (kind != Kind.WORD) {
            return shape;
        }
        return shape | (upperCase(first) ? CAPITALISED : 0) | (allCaps ? ALL_CAPS : 0) | (hyphen ? HYPHEN : 0);
    }

    /**
     * Whether this word has a hyphen ("Kurdish-led", "al-Assad", "Jae‑in" with U+2011), that is,
     * whether its {@link #lower()} form has a {@code -}: most words have none, and the taggers that
     * look for compounds ask first.
     */
    public boolean hasHyphen() {
        return (shape & HYPHEN) != 0;
    }

    private static boolean hyphen(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-' || c == '\u2010' || c == '\u2011') {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link Character#isUpperCase(char)}, answered for ASCII without the JDK's property tables
     * (in ASCII only A-Z are upper case): the taggers ask it of nearly every token, several times.
     */
    private static boolean upperCase(char c) {
        return c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    private static boolean allCaps(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                // ASCII: letters are A-Z and a-z, the same answer as the tables below
                if (c >= 'a' && c <= 'z') {
                    return false;
                }
                if (c >= 'A' && c <= 'Z') {
                    letters++;
                }
            } else if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }
}
