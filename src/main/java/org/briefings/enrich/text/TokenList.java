package org.briefings.enrich.text;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The tokens of one text, as an unmodifiable list over an array. The taggers read token lists
 * by index millions of times per megabyte; this one final class is what {@link Tokenizer} hands
 * them, so that those reads compile to an array load. A JDK wrapper (the unmodifiable view of an
 * {@code ArrayList}) cost a fifth of enrichment's time: its inner call is shared by every list in
 * the process, so the JIT could not inline it, and the immutable lists of {@code List.copyOf} come
 * in several classes by size, which spoils the taggers' call sites the same way.
 */
public final class TokenList extends AbstractList<Token> implements RandomAccess {

    private final Token[] tokens;
    private final int size;
    /**
     * Each token's {@link Token#shape()} with its kind above it ({@link #KIND_SHIFT}), and each
     * token's {@link Token#lowerHash()}: what a tagger asks of nearly every token before it turns
     * most of them away, read from two arrays instead of from each token (see {@link #isWord(int)}).
     */
    private final int[] marks;

    private final int[] lowerHashes;

    /** The text cut finer, for the country tagger; null for a list not made by the tokenizer. */
    private final Pieces pieces;

    /** {@link #marks}' bits above the shape's: the token's {@link Token.Kind} ordinal. */
    private static final int KIND_SHIFT = 20;

    private static final int KIND_MASK = 3 << KIND_SHIFT;
    private static final int WORD = Token.Kind.WORD.ordinal() << KIND_SHIFT;
    private static final int PUNCT = Token.Kind.PUNCT.ordinal() << KIND_SHIFT;

    TokenList(Token[] tokens, int[] marks, int[] lowerHashes, int size, Pieces pieces) {
        this.tokens = tokens;
        this.marks = marks;
        this.lowerHashes = lowerHashes;
        this.size = size;
        this.pieces = pieces;
    }

    /**
     * The text these tokens were read from, cut finer ({@link Pieces}), as the {@link Tokenizer}
     * made it in the same scan; null when this list was copied from another list ({@link #copyOf}).
     */
    public Pieces pieces() {
        return pieces;
    }

    /** The tokens of {@code list} as a token list (the list itself when it is one). */
    public static TokenList copyOf(List<Token> list) {
        if (list instanceof TokenList t) {
            return t;
        }
        Builder b = new Builder(list.size());
        for (Token t : list) {
            b.add(t);
        }
        return b.build();
    }

    private static int mark(Token t) {
        return t.shape() | t.kind().ordinal() << KIND_SHIFT;
    }

    /**
     * {@code get(i).isWord()}, read from an array of ints rather than from the token. Why: a
     * tagger's pass over a long text's tokens asks this, or the questions below, of every token and
     * goes no further for most; the tokens themselves (with their strings, some 100 bytes a token)
     * do not stay in the core's cache from one pass to the next, and reading each again cost each
     * pass some 3% of enrichment's CPU (JFR, 2026-12-07). The arrays are 8 bytes a token.
     */
    public boolean isWord(int i) {
        return (marks[Objects.checkIndex(i, size)] & KIND_MASK) == WORD;
    }

    /** Whether token i is punctuation ({@link Token.Kind#PUNCT}), from the array (see {@link #isWord(int)}). */
    public boolean isPunctuation(int i) {
        return (marks[Objects.checkIndex(i, size)] & KIND_MASK) == PUNCT;
    }

    /** {@code get(i).isCapitalised()}, from the array (see {@link #isWord(int)}). */
    public boolean isCapitalised(int i) {
        return (marks[Objects.checkIndex(i, size)] & Token.CAPITALISED) != 0;
    }

    /** {@code get(i).isAllCaps()}, from the array (see {@link #isWord(int)}). */
    public boolean isAllCaps(int i) {
        return (marks[Objects.checkIndex(i, size)] & Token.ALL_CAPS) != 0;
    }

    /** {@code get(i).firstChar()}, from the array (see {@link #isWord(int)}). */
    public char firstChar(int i) {
        return (char) (marks[Objects.checkIndex(i, size)] & Token.FIRST_CHAR);
    }

    /** {@code get(i).hasHyphen()}, from the array (see {@link #isWord(int)}). */
    public boolean hasHyphen(int i) {
        return (marks[Objects.checkIndex(i, size)] & Token.HYPHEN) != 0;
    }

    /** {@code get(i).isPunct(c)}, from the array (see {@link #isWord(int)}). */
    public boolean isPunct(int i, char c) {
        return (marks[Objects.checkIndex(i, size)] & (KIND_MASK | Token.ONE_CHAR | Token.FIRST_CHAR))
                == (PUNCT | Token.ONE_CHAR | c);
    }

    /** {@code get(i).lowerHash()}, from the array (see {@link #isWord(int)}). */
    public int lowerHash(int i) {
        return lowerHashes[Objects.checkIndex(i, size)];
    }

    @Override
    public Token get(int index) {
        return tokens[Objects.checkIndex(index, size)];
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Object[] toArray() {
        return Arrays.copyOf(tokens, size, Object[].class);
    }

    /** Appends tokens while {@link Tokenizer} reads a text; the list it builds is never changed. */
    static final class Builder {
        private Token[] tokens;
        private int[] marks;
        private int[] lowerHashes;
        private int size;

        Builder(int capacity) {
            tokens = new Token[Math.max(16, capacity)];
            marks = new int[tokens.length];
            lowerHashes = new int[tokens.length];
        }

        void add(Token t) {
            if (size == tokens.length) {
                tokens = Arrays.copyOf(tokens, size * 2);
                marks = Arrays.copyOf(marks, size * 2);
                lowerHashes = Arrays.copyOf(lowerHashes, size * 2);
            }
            marks[size] = mark(t);
            lowerHashes[size] = t.lowerHash();
            tokens[size++] = t;
        }

        /** The token {@code back} places before the end (1: the last one), or null. */
        Token fromEnd(int back) {
            return size >= back ? tokens[size - back] : null;
        }

        TokenList build() {
            return build(null);
        }

        /** The list, with the pieces of the text read in the same scan. */
        TokenList build(Pieces pieces) {
            return new TokenList(tokens, marks, lowerHashes, size, pieces);
        }
    }
}
