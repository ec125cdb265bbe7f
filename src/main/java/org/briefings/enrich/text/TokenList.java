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

    TokenList(Token[] tokens, int size) {
        this.tokens = tokens;
        this.size = size;
    }

    /** The tokens of {@code list} as a token list (the list itself when it is one). */
    public static TokenList copyOf(List<Token> list) {
        if (list instanceof TokenList t) {
            return t;
        }
        return new TokenList(list.toArray(new Token[0]), list.size());
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
        private int size;

        Builder(int capacity) {
            tokens = new Token[Math.max(16, capacity)];
        }

        void add(Token t) {
            if (size == tokens.length) {
                tokens = Arrays.copyOf(tokens, size * 2);
            }
            tokens[size++] = t;
        }

        /** The token {@code back} places before the end (1: the last one), or null. */
        Token fromEnd(int back) {
            return size >= back ? tokens[size - back] : null;
        }

        TokenList build() {
            return new TokenList(tokens, size);
        }
    }
}
