package org.briefings.enrich.text;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HashFilterTest {

    private static List<String> words(String prefix, int n, long seed) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(prefix + Long.toString(random.nextLong() & Long.MAX_VALUE, 36));
        }
        return out;
    }

    @Test
    void every_key_passes_and_most_other_strings_do_not() {
        List<String> keys = words("k", 2_000, 1);
        HashFilter filter = HashFilter.of(keys, 1 << 15);
        assertNotNull(filter);
        for (String k : keys) {
            assertTrue(filter.mayHold(k.hashCode()), k); // never a false "no": that would be a wrong answer
        }
        int through = 0;
        List<String> others = words("o", 100_000, 2);
        for (String o : others) {
            through += filter.mayHold(o.hashCode()) ? 1 : 0;
        }
        // 2,000 keys in 32,768 bits, two bits each: about 1.3% get through; a filter that rejected
        // little would only add a check before the table's probe
        assertTrue(through < others.size() / 20, through + " of " + others.size() + " got through");
    }

    @Test
    void no_filter_where_it_would_be_too_full_to_reject_much() {
        assertNull(HashFilter.of(words("k", 12_000, 3), 1 << 15));
        assertNotNull(HashFilter.of(words("k", 10_000, 3), 1 << 15));
        assertNotNull(HashFilter.of(List.of(), 1 << 14));
    }
}
