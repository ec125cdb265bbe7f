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
 */
public record Token(
        String text, int start, int end, Kind kind, boolean sentenceStart, boolean lineStart, String lower) {

    /**
     * A token; its {@link #lower()} form (for dictionary lookups, typographic apostrophes folded to
     * ASCII) is computed once here, because every tagger asks for it, often several times.
     */
    public Token(String text, int start, int end, Kind kind, boolean sentenceStart, boolean lineStart) {
        this(text, start, end, kind, sentenceStart, lineStart, Tokenizer.lower(text));
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

    public boolean isPunct(char c) {
        return kind == Kind.PUNCT && text.length() == 1 && text.charAt(0) == c;
    }

    /** First letter upper case ("Kim", "McDonald", "U.S.", "IMF"). */
    public boolean isCapitalised() {
        return kind == Kind.WORD && upperCase(text.charAt(0));
    }

    /**
     * {@link Character#isUpperCase(char)}, answered for ASCII without the JDK's property tables
     * (in ASCII only A-Z are upper case): the taggers ask it of nearly every token, several times.
     */
    private static boolean upperCase(char c) {
        return c < 0x80 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    /** Every letter upper case and at least two letters ("IMF", "OPEC"; not "I" or "Kim"). */
    public boolean isAllCaps() {
        if (kind != Kind.WORD) {
            return false;
        }
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
