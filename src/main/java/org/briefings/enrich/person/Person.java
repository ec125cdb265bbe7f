package org.briefings.enrich.person;

import static org.briefings.enrich.person.PersonWords.SUFFIXES;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A person being assembled from the mentions in one document. */
final class Person {
    final List<String> words;
    final boolean familyFirst;
    final List<Mention> mentions = new ArrayList<>();
    /** The family name, worked out once: every capitalised word of the document is compared with it. */
    private final String key;

    Person(List<String> words, boolean familyFirst) {
        this.words = List.copyOf(words);
        this.familyFirst = familyFirst;
        this.key = keyOf(this.words, familyFirst);
    }

    /** The word a short reference uses: the family name. */
    String key() {
        return key;
    }

    private static String keyOf(List<String> words, boolean familyFirst) {
        if (familyFirst) {
            return words.get(0);
        }
        for (int k = words.size() - 1; k >= 0; k--) {
            String w = words.get(k);
            // "John Roberts Jr.": the suffix's dot is a word of the name, never its key
            if (!w.equals(".")
                    && !SUFFIXES.contains(w.toLowerCase(Locale.ROOT).replace(".", ""))
                    && !NameRuns.roman(w)) {
                return words.get(k);
            }
        }
        return words.get(words.size() - 1);
    }

    String name() {
        return join(words);
    }

    /**
     * The name the facet shows: as written, or in Latin script when the text wrote it in Cyrillic
     * ({@link CyrillicNames}), so that it is one value with the same person in English briefings.
     */
    String canonicalName(NameLists lists) {
        return CyrillicNames.cyrillic(name()) ? join(CyrillicNames.canonical(words, familyFirst, lists)) : name();
    }

    private static String join(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (!sb.isEmpty() && !w.equals(".")) {
                sb.append(' ');
            }
            sb.append(w);
        }
        return sb.toString();
    }

    int firstOrder() {
        int first = Integer.MAX_VALUE;
        for (Mention m : mentions) {
            first = Math.min(first, m.order());
        }
        return first;
    }
}
