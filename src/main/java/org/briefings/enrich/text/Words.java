package org.briefings.enrich.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Small helpers for the word lists taggers keep in code. */
public final class Words {

    private Words() {}

    /** An immutable set of lower-case words; unlike {@code Set.of}, duplicates are tolerated. */
    public static Set<String> set(String... words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(w.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    /** True when most letters of the text are capitals: a Reuters-style headline. */
    public static boolean mostlyUpperCase(String text) {
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        return upper > 3 * lower && upper > 3;
    }
}
