package org.briefings.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The countries a query typed as prose names, read with the gazetteer's names ({@link
 * CountryCodes}): "what did sri lanka say about its new president?" names LK. Analysts type
 * questions in lower case, which the document tagger (built for edited text, where "Chad" and
 * "chad" differ) does not read, so this looks up runs of up to four words, longest first. A word of
 * one or two letters counts only in capitals ("US", never "us"), and a word that frames a question
 * ({@link QuestionWords}) never starts a name. The operators of an OR of a question's words are
 * skipped.
 */
final class NamedCountries {

    private static final int LONGEST = 4;
    /** Operators of the syntax, skipped so that "sri OR lanka" still reads "sri lanka". */
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");

    private final CountryCodes countries;

    NamedCountries(CountryCodes countries) {
        this.countries = countries;
    }

    /** The codes of the countries {@code text} names, in order of first mention. */
    Set<String> in(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.split("[^\\p{L}\\p{N}'\\-.]+")) {
            String bare = QuestionWords.bare(w).replaceAll("'s$", "");
            if (!bare.isEmpty() && !OPERATORS.contains(bare)) {
                words.add(bare);
            }
        }
        Set<String> codes = new LinkedHashSet<>();
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            for (int n = Math.min(LONGEST, words.size() - i); n >= 1 && matched == 0; n--) {
                Optional<String> code = code(words.subList(i, i + n));
                if (code.isPresent()) {
                    codes.add(code.get());
                    matched = n;
                }
            }
            i += Math.max(1, matched);
        }
        return codes;
    }

    private Optional<String> code(List<String> run) {
        String first = run.get(0);
        if (QuestionWords.frames(first)) {
            return Optional.empty();
        }
        if (run.size() == 1 && first.length() <= 2 && !first.equals(first.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return countries.code(String.join(" ", run));
    }
}
