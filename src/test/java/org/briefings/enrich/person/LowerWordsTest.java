package org.briefings.enrich.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The person tagger's lower-case vocabulary must answer as the {@code HashSet} it replaced (issue 16). */
class LowerWordsTest {

    @Test
    void answersAsAHashSetThroughGrowthAndEqualHashCodes() {
        Random random = new Random(16);
        LowerWords words = new LowerWords(4); // far too small: it must grow many times
        Set<String> reference = new HashSet<>();
        for (int k = 0; k < 20_000; k++) {
            // a small alphabet repeats words often; "Aa" and "BB" have equal hash codes
            String w = switch (random.nextInt(8)) {
                case 0 -> "Aa".repeat(1 + random.nextInt(3));
                case 1 -> "BB".repeat(1 + random.nextInt(3));
                default -> Integer.toString(random.nextInt(5_000), 36);
            };
            // a copy, so that equal words are different strings, as tokens' are
            String copy = new String(w.toCharArray());
            words.add(copy);
            reference.add(copy);
            String asked = Integer.toString(random.nextInt(6_000), 36);
            assertEquals(reference.contains(asked), words.contains(asked), asked);
        }
        assertEquals(reference.size(), words.size());
        for (String w : reference) {
            assertTrue(words.contains(new String(w.toCharArray())), w);
        }
        assertFalse(words.contains(null));
        assertFalse(words.contains("AaBBAa")); // the hash of "AaAaAa", never added
    }
}
