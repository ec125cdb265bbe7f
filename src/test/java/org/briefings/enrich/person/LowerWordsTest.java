package org.briefings.enrich.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.TokenList;
import org.briefings.enrich.text.Tokenizer;
import org.junit.jupiter.api.Test;

/**
 * The person tagger's lower-case vocabulary must answer as a set of the text's lower-case words
 * (the {@code HashSet} it replaced, issue 16), although it keeps only their hashes and positions.
 */
class LowerWordsTest {

    /** Words whose hashes are equal: "aÿ" and "bà" (97·31+255 = 98·31+224), and so their pairs. */
    private static final List<String> SAME_HASH = List.of("aÿ", "bà", "aÿaÿ", "aÿbà", "bàaÿ", "bàbà");

    @Test
    void answersAsASetOfTheWordsThroughGrowthAndEqualHashes() {
        for (int seed = 0; seed < 40; seed++) {
            Random random = new Random(seed);
            List<TokenList> fields = new ArrayList<>();
            for (int f = 0; f < 1 + random.nextInt(2); f++) {
                fields.add(Tokenizer.tokenize(text(random, 200 + random.nextInt(3_000))));
            }
            LowerWords words = new LowerWords(4); // far too small: it must grow many times
            Set<String> reference = new HashSet<>();
            for (TokenList tokens : fields) {
                words.addLowerWords(tokens);
                for (Token t : tokens) {
                    if (t.isWord() && Character.isLowerCase(t.firstChar())) {
                        reference.add(t.lower());
                    }
                }
            }
            for (String w : reference) {
                assertTrue(words.contains(new String(w.toCharArray())), w); // a copy, as a tagger's word is
            }
            for (int k = 0; k < 3_000; k++) {
                String asked = word(random);
                assertEquals(reference.contains(asked), words.contains(asked), asked + " (seed " + seed + ")");
            }
            for (String asked : SAME_HASH) {
                assertEquals(reference.contains(asked), words.contains(asked), asked + " (seed " + seed + ")");
            }
            assertFalse(words.contains(null));
        }
    }

    @Test
    void aWordSharingAHashWithAnEarlierWordIsFoundAndAnAbsentOneIsNot() {
        LowerWords words = new LowerWords(16);
        words.addLowerWords(Tokenizer.tokenize("Aÿ aÿ then bàbà and Bà, BÀ"));
        assertTrue(words.contains("aÿ"));
        assertTrue(words.contains("bàbà"));
        assertFalse(words.contains("bà")); // its hash is there (aÿ's), the word only capitalised
        assertFalse(words.contains("aÿaÿ")); // bàbà's hash, never written
        assertTrue(words.contains("then"));
        assertFalse(words.contains("Then"));
    }

    private static String text(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < words; k++) {
            String w = word(random);
            if (random.nextInt(5) == 0) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            }
            s.append(w).append(random.nextInt(12) == 0 ? ". " : " ");
        }
        return s.toString();
    }

    private static String word(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> SAME_HASH.get(random.nextInt(SAME_HASH.size()));
            case 1 -> "d'" + Integer.toString(random.nextInt(500), 36);
            default -> Integer.toString(10 + random.nextInt(5_000), 36);
        };
    }
}
