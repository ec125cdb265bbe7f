package org.briefings.enrich.text;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The taggers' word lists answer membership exactly as the JDK's sets did (issue 16's faster look-up). */
class WordSetTest {

    @Test
    void answersEveryLookUpAsAHashSetDoes() {
        Random random = new Random(7);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            words.add(word(random));
        }
        Set<String> expected = new HashSet<>(words);
        WordSet set = WordSet.copyOf(words);
        assertEquals(expected.size(), set.size());
        assertEquals(expected, set);
        assertEquals(expected, new HashSet<>(set), "iteration gives every word once");
        for (int i = 0; i < 50_000; i++) {
            String probe = i % 2 == 0 ? words.get(random.nextInt(words.size())) : word(random);
            assertEquals(expected.contains(probe), set.contains(probe), probe);
        }
        // words that collide in String.hashCode are told apart by equals
        WordSet colliding = WordSet.of("Aa", "BB");
        assertTrue(colliding.contains("Aa") && colliding.contains("BB"));
        assertFalse(colliding.contains("AaAa"));
    }

    /**
     * Sets of every size the taggers use, filtered and not: the filter in front of the table never
     * turns a member away, and what it lets through is still looked up.
     */
    @Test
    void theFilterNeverTurnsAMemberAway() {
        Random random = new Random(11);
        for (int size : new int[] {1, 2, 3, 30, 200, 1_000, 5_000, 12_000}) {
            List<String> words = new ArrayList<>();
            while (words.size() < size) {
                words.add(word(random) + "#" + words.size()); // distinct whatever the random words
            }
            WordSet set = WordSet.copyOf(words);
            Set<String> expected = new HashSet<>(words);
            for (String w : words) {
                assertTrue(set.contains(new String(w.toCharArray())), w + " in a set of " + size);
            }
            for (int i = 0; i < 20_000; i++) {
                String probe = word(random) + "#" + random.nextInt(size * 2);
                assertEquals(expected.contains(probe), set.contains(probe), probe + " in a set of " + size);
            }
            // sets up to a few thousand words keep a filter; the largest lists do without it
            assertEquals(size * 3 <= WordSet.MAX_FILTER_BITS, set.filtered(), "filter for a set of " + size);
        }
    }

    /**
     * {@link WordSet#mayHoldHash} answers no exactly when no member has the hash: never for a
     * member's hash, always for a hash no member has, with and without a filter in front.
     */
    @Test
    void mayHoldHashIsNoExactlyWhenNoMemberHasTheHash() {
        Random random = new Random(13);
        for (int size : new int[] {0, 1, 7, 300, 12_000}) {
            List<String> words = new ArrayList<>();
            while (words.size() < size) {
                words.add(word(random) + "#" + words.size());
            }
            WordSet set = WordSet.copyOf(words);
            Set<Integer> hashes = new HashSet<>();
            for (String w : words) {
                hashes.add(w.hashCode());
                assertTrue(set.mayHoldHash(w.hashCode()), w);
            }
            for (int i = 0; i < 20_000; i++) {
                int h = i % 2 == 0 ? random.nextInt() : (word(random) + "#" + random.nextInt(size * 2 + 1)).hashCode();
                assertEquals(hashes.contains(h), set.mayHoldHash(h), "hash " + h + " in a set of " + size);
            }
        }
        // "Aa" and "BB" share a hash: a word with it may be a member, which only its string can tell
        assertTrue(WordSet.of("Aa").mayHoldHash("BB".hashCode()));
    }

    @Test
    void smallAndEmptySetsAndOddProbes() {
        WordSet empty = WordSet.copyOf(List.of());
        assertFalse(empty.contains("the"));
        WordSet one = WordSet.of("the");
        assertTrue(one.contains("the"));
        assertFalse(one.contains("The"), "case matters, as in the JDK's sets");
        assertFalse(one.contains(null));
        assertThrows(IllegalArgumentException.class, () -> WordSet.of("of", "of"));
        assertThrows(NullPointerException.class, () -> WordSet.copyOf(java.util.Arrays.asList("a", null)));
    }

    @Test
    void aTokenIsAnsweredAsItsLowerCaseFormIs() {
        // members of many kinds: other scripts, long words, forms whose lower case differs in
        // length or first letter from the word as written
        List<String> members = List.of(
                "the",
                "of",
                "ministère",
                "état",
                "'s",
                "москва",
                "i\u0307stanbul",
                "k",
                "kelvin",
                "zz",
                "internationalisationsgesellschaften",
                "2019",
                "u.s.",
                "al-assad",
                "x",
                "ångström");
        WordSet set = WordSet.copyOf(members);
        StringBuilder text = new StringBuilder(
                "The STATE of État, L’État and \u212Aelvin met İstanbul’s ÅNGSTRÖM in Москва on 2019 ");
        for (String m : members) {
            text.append(m)
                    .append(' ')
                    .append(m.toUpperCase(java.util.Locale.ROOT))
                    .append(' ');
            text.append(Character.toUpperCase(m.charAt(0)))
                    .append(m.substring(1))
                    .append(". ");
        }
        Random random = new Random(13);
        for (int i = 0; i < 3_000; i++) {
            text.append(word(random)).append(i % 7 == 0 ? ". " : " ");
        }
        int members_found = 0;
        for (Token t : Tokenizer.tokenize(text.toString())) {
            boolean expected = set.containsWord(t.lower());
            assertEquals(expected, set.containsLower(t), t.text());
            assertEquals(expected, WordSet.holds(set, t), t.text());
            assertEquals(expected, WordSet.holds(new java.util.HashSet<>(members), t), t.text());
            members_found += expected ? 1 : 0;
        }
        assertTrue(members_found >= 2 * members.size(), "the text names each member, in several cases");
    }

    @Test
    void everyTokenCarriesTheHashOfItsOwnLowerCaseFormWhateverItWasGiven() {
        Token t = new Token(
                "Kim", 0, 3, Token.Kind.WORD, false, false, "kim", Token.shapeOf("Kim", Token.Kind.WORD), 42, 3);
        assertEquals("kim".hashCode(), t.lowerHash());
        assertTrue(WordSet.of("kim").containsLower(t));
        assertEquals(new Token("Kim", 0, 3, Token.Kind.WORD, false, false), t);
    }

    @Test
    void cannotBeChanged() {
        WordSet set = WordSet.of("of", "for", "on");
        assertThrows(UnsupportedOperationException.class, () -> set.add("in"));
        assertThrows(UnsupportedOperationException.class, () -> set.remove("of"));
        assertThrows(UnsupportedOperationException.class, set::clear);
        assertTrue(set.containsAll(List.of("of", "on")));
    }

    private static String word(Random random) {
        int n = 1 + random.nextInt(9);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append((char) ('a' + random.nextInt(random.nextBoolean() ? 26 : 4)));
        }
        return sb.toString();
    }
}
