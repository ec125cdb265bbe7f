package org.briefings.enrich.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Small helpers for the word lists taggers keep in code. */
public final class Words {

    private Words() {
    }

    /** An immutable set of lower-case words; unlike {@code Set.of}, duplicates are tolerated. */
    public static Set<String> set(String... words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(w.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }
}
