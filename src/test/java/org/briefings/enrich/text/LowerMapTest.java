package org.briefings.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The taggers' maps looked up from a token must answer as the {@code HashMap}s they replaced
 * (issue 16), for every token of a text, with or without a filter, where keys share a hash.
 */
class LowerMapTest {

    /** "aÿ" and "bà" have equal hashes (97·31+255 = 98·31+224), and so do words built from them. */
    private static final List<String> SAME_HASH = List.of("aÿ", "bà", "aÿaÿ", "bàbà", "aÿbà");

    @Test
    void answersAsTheMapForEveryTokenAndWord() {
        for (int keys : new int[] {3, 40, 600, 6_000}) {
            Random random = new Random(keys);
            Map<String, Integer> map = new HashMap<>();
            for (int k = 0; k < keys; k++) {
                map.put(word(random), k);
            }
            map.put("bà", -1); // "aÿ" is asked without being a key: its hash is
            map.remove("aÿ");
            LowerMap<Integer> lower = LowerMap.copyOf(map, 1 << 12);
            assertEquals(map.size(), lower.size());
            assertEquals(map.size() * 3 <= 1 << 12, lower.filtered(), "filter for " + map.size() + " keys");
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < 5_000; k++) {
                String w = word(random);
                text.append(random.nextBoolean() ? w : w.toUpperCase(java.util.Locale.ROOT))
                        .append(random.nextInt(9) == 0 ? ", " : " ");
            }
            int found = 0;
            for (Token t : Tokenizer.tokenize(text.toString())) {
                assertEquals(map.get(t.lower()), lower.get(t), t.text());
                found += lower.get(t) != null ? 1 : 0;
            }
            assertTrue(found > 0, "some tokens are keys");
            for (String w : SAME_HASH) {
                assertEquals(map.get(w), lower.get(w), w);
            }
            assertNull(lower.get((String) null));
        }
    }

    @Test
    void refusesNullKeysAndValuesAsAnEmptyMapFindsNothing() {
        Map<String, Integer> withNull = new HashMap<>();
        withNull.put("x", null);
        assertThrows(NullPointerException.class, () -> LowerMap.copyOf(withNull, 1 << 10));
        LowerMap<Integer> empty = LowerMap.copyOf(Map.of(), 1 << 10);
        assertTrue(empty.isEmpty());
        assertNull(empty.get(Tokenizer.tokenize("March").get(0)));
        assertFalse(LowerMap.copyOf(Map.of("march", 3), 1 << 10).isEmpty());
    }

    private static String word(Random random) {
        return random.nextInt(12) == 0
                ? SAME_HASH.get(random.nextInt(SAME_HASH.size()))
                : Integer.toString(random.nextInt(20_000), 36);
    }
}
