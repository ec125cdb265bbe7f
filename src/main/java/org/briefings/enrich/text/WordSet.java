package org.briefings.enrich.text;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An immutable set of words built for the one thing the taggers do with their word lists: ask,
 * for nearly every token, whether it is in them, and mostly hear no.
 *
 * <p>Why not {@code Set.copyOf}: the JDK's immutable set probes with {@code equals} on every
 * occupied slot it meets, after a division to find the first; a JFR profile of enrichment put a
 * sixth of its CPU there (2026-12-03). This table keeps each word's hash beside it, so a miss
 * costs a mask, an int comparison or two and no string comparison, and it is at most a quarter
 * full. Membership is all that differs: the same words, the same answers.
 *
 * <p>A token is asked of some thirty lists, each a table of its own, so each ask is a cache miss
 * more than a computation: a JFR profile (2026-12-04) put 10-13% of enrichment's CPU on the line
 * that reads a slot's hash. So a set small enough also keeps a filter of at most 2 KB (two bits of
 * the word's hash per member, a Bloom filter): thirty of them stay in the core's cache, and a word
 * whose two bits are not both set is not a member, with no read of the table. A word the filter
 * lets through is looked up as before, so a false positive costs the old price, never a wrong
 * answer.
 */
public final class WordSet extends AbstractSet<String> {

    private static final WordSet EMPTY = new WordSet(new String[0]);

    private final String[] members;
    private final String[] slots;
    private final int[] hashes;
    private final int mask;
    /** Two bits per member's hash; null where the set is too large for a filter that rejects much. */
    private final HashFilter filter;

    /** The largest filter, in bits (2 KB): small enough that thirty stay in a core's cache. */
    static final int MAX_FILTER_BITS = 1 << 14;

    private WordSet(String[] members) {
        this.members = members;
        int capacity = Integer.highestOneBit(Math.max(4, members.length * 4 - 1)) << 1;
        this.slots = new String[capacity];
        this.hashes = new int[capacity];
        this.mask = capacity - 1;
        for (String w : members) {
            int h = w.hashCode();
            int i = spread(h) & mask;
            while (slots[i] != null) {
                i = (i + 1) & mask;
            }
            slots[i] = w;
            hashes[i] = h;
        }
        this.filter = HashFilter.of(Arrays.asList(members), MAX_FILTER_BITS);
    }

    /** Whether this set keeps a filter (for tests: large sets do without). */
    boolean filtered() {
        return filter != null;
    }

    /** The words of {@code words}, duplicates once; null words are refused as {@code Set.copyOf} refuses them. */
    public static WordSet copyOf(Collection<String> words) {
        if (words instanceof WordSet w) {
            return w;
        }
        if (words.isEmpty()) {
            return EMPTY;
        }
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (String w : words) {
            if (w == null) {
                throw new NullPointerException("a word list holds null");
            }
            distinct.add(w);
        }
        return new WordSet(distinct.toArray(String[]::new));
    }

    /** The words given, which must be distinct and not null, as {@code Set.of} requires. */
    public static WordSet of(String... words) {
        Set<String> distinct = new LinkedHashSet<>(Arrays.asList(words));
        if (distinct.size() != words.length) {
            throw new IllegalArgumentException("a word listed twice in " + Arrays.toString(words));
        }
        return copyOf(distinct);
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof String s && containsWord(s);
    }

    /** Whether {@code word} is in the set (false for null). */
    public boolean containsWord(String word) {
        return word != null && holds(word.hashCode(), word, null);
    }

    /**
     * Whether the token's {@link Token#lower()} form is in the set: the answer of {@code
     * containsWord(t.lower())}, from the hash the token keeps ({@link Token#lowerHash()}), so that
     * the token's string is read only when a member has the same hash.
     */
    public boolean containsLower(Token t) {
        return holds(t.lowerHash(), null, t);
    }

    /**
     * False when no member's hash is {@code h}, so that no word whose {@link Token#lowerHash()} is
     * {@code h} is in the set: asked from a token list's arrays ({@link TokenList#lowerHash}) it
     * turns a word away without reading its token. True does not say the word is a member.
     */
    public boolean mayHoldHash(int h) {
        if (filter != null && !filter.mayHold(h)) {
            return false;
        }
        int i = spread(h) & mask;
        while (slots[i] != null) {
            if (hashes[i] == h) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    /**
     * Whether a member with hash {@code h} equals {@code word}, or when that is null the lower-case
     * form of {@code token}, which is read only then.
     */
    private boolean holds(int h, String word, Token token) {
        if (filter != null && !filter.mayHold(h)) {
            return false;
        }
        int i = spread(h) & mask;
        String s;
        while ((s = slots[i]) != null) {
            if (hashes[i] == h && s.equals(word != null ? word : token.lower())) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    /**
     * Whether {@code t}'s {@link Token#lower()} form is in {@code words}: {@link #containsLower} for
     * a word set, {@code contains(t.lower())} for any other set.
     */
    public static boolean holds(Set<String> words, Token t) {
        return words instanceof WordSet w ? w.containsLower(t) : words.contains(t.lower());
    }

    @Override
    public Iterator<String> iterator() {
        return Collections.unmodifiableList(Arrays.asList(members)).iterator();
    }

    @Override
    public int size() {
        return members.length;
    }
}
